using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Security;
using AssetRegistry.Timers;
using Marten;
using Wolverine;

namespace AssetRegistry.Applications;

public sealed record AcceptApplication(string ApplicationId, long? ExpectedVersion, Actor AcceptedBy);

public static class AcceptApplicationHandler
{
    public static async Task<ApplicationView> Handle(AcceptApplication command, IDocumentSession session, TimeProvider clock,
        ProcedureDeadlines deadlines, CancellationToken cancellation)
    {
        var stream = await session.LockApplicationAsync(command.ApplicationId, command.ExpectedVersion, cancellation);
        var now = clock.GetUtcNow();
        var accepted = stream.Record(stream.Aggregate!.Accept(command.AcceptedBy, now, deadlines));
        if (accepted.Notice is { } notice)
        {
            session.Store(RegistryTimer.For(EndingPublicNotice.TimerId(accepted.Id), new EndPublicNotice(accepted.Id), notice.EndsAt));
        }

        return ApplicationView.Of(accepted, now);
    }
}

public static class AcceptingEndpoint
{
    public static void MapAcceptApplication(this RouteGroupBuilder applications) =>
        applications.MapPost("/{applicationId}/accept", (string applicationId, HttpContext http, IMessageBus bus) =>
                bus.DecideAsync(new AcceptApplication(applicationId, http.Request.ExpectedVersion(), Actor.From(http.User)), http))
            .RequireAuthorization(policy => policy.RequireRole(RegistryRoles.Clerk))
            .WithName("acceptApplication")
            .WithSummary("Formal review passed (形式审查): the application goes under public notice (公示) — clerks only.")
            .WithDescription("An initial application is accepted only once the institution its review report names has confirmed the report (`/confirm-review-report`); before that, 409 `review-report-not-confirmed`.")
            .Produces<ApplicationView>()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
