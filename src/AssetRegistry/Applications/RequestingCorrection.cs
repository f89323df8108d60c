using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Security;
using AssetRegistry.Timers;
using Marten;
using Wolverine;

namespace AssetRegistry.Applications;

/// <summary>The body of <c>/request-correction</c>; without a deadline the default number of working days applies.</summary>
[RequiredMembers("whatToCorrect")]
public sealed record CorrectionRequestBody(IReadOnlyList<string>? WhatToCorrect, DateOnly? Deadline);

public sealed record RequestCorrection(string ApplicationId, IReadOnlyList<string> WhatToCorrect, DateOnly? Deadline, long? ExpectedVersion, Actor RequestedBy);

public static class RequestCorrectionHandler
{
    public static async Task<ApplicationView> Handle(RequestCorrection command, IDocumentSession session, TimeProvider clock,
        ProcedureDeadlines deadlines, CancellationToken cancellation)
    {
        var stream = await session.LockApplicationAsync(command.ApplicationId, command.ExpectedVersion, cancellation);
        var now = clock.GetUtcNow();
        var deadline = command.Deadline is { } day ? ProcedureDeadlines.EndOfDay(day) : deadlines.CorrectionDue(now);
        var returned = stream.Record(stream.Aggregate!.RequestCorrection(command.WhatToCorrect, deadline, command.RequestedBy, now));
        session.Store(RegistryTimer.For(LapsingCorrection.TimerId(returned.Id), new LapseApplication(returned.Id), deadline));
        return ApplicationView.Of(returned, now);
    }
}

public static class RequestingCorrectionEndpoint
{
    public static void MapRequestCorrection(this RouteGroupBuilder applications) =>
        applications.MapPost("/{applicationId}/request-correction", (string applicationId, CorrectionRequestBody request, HttpContext http, IMessageBus bus) =>
                bus.DecideAsync(new RequestCorrection(applicationId, ApplicationEndpoints.RequireReasons(request.WhatToCorrect, "whatToCorrect"),
                    request.Deadline, http.Request.ExpectedVersion(), Actor.From(http.User)), http))
            .RequireAuthorization(policy => policy.RequireRole(RegistryRoles.Clerk))
            .WithName("requestCorrection")
            .WithSummary("Return the application for correction (补正): what to correct and by when — clerks only.")
            .WithDescription("`deadline` is a date (ending 24:00 China Standard Time); by default 15 working days. Unanswered, the application lapses by itself.")
            .Produces<ApplicationView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
