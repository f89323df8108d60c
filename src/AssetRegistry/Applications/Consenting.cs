using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Security;
using Marten;
using Wolverine;

namespace AssetRegistry.Applications;

public sealed record ConsentToApplication(string ApplicationId, long? ExpectedVersion, Actor ConsentedBy);

public static class ConsentToApplicationHandler
{
    public static async Task<ApplicationView> Handle(ConsentToApplication command, IDocumentSession session, TimeProvider clock,
        ProcedureDeadlines deadlines, CancellationToken cancellation)
    {
        var stream = await session.LockApplicationAsync(command.ApplicationId, command.ExpectedVersion, cancellation);
        var now = clock.GetUtcNow();
        return ApplicationView.Of(stream.Record(stream.Aggregate!.Consent(command.ConsentedBy, now, deadlines)), now);
    }
}

public static class ConsentingEndpoint
{
    public static void MapConsent(this RouteGroupBuilder applications) =>
        applications.MapPost("/{applicationId}/consent", (string applicationId, HttpContext http, IMessageBus bus) =>
                bus.DecideAsync(new ConsentToApplication(applicationId, http.Request.ExpectedVersion(), Actor.From(http.User)), http))
            .RequireAuthorization(policy => policy.RequireClaim(Actor.PartyClaim))
            .WithName("consentToApplication")
            .WithSummary("The counterparty — the licensee of a license, the new holder of a transfer — consents with its own token; review may then start.")
            .Produces<ApplicationView>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
