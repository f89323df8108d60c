using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Security;
using Marten;
using Wolverine;

namespace AssetRegistry.Applications;

public sealed record RefuseApplication(string ApplicationId, IReadOnlyList<string> Reasons, long? ExpectedVersion, Actor RefusedBy);

public static class RefuseApplicationHandler
{
    public static async Task<ApplicationView> Handle(RefuseApplication command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await session.LockApplicationAsync(command.ApplicationId, command.ExpectedVersion, cancellation);
        var now = clock.GetUtcNow();
        return ApplicationView.Of(stream.Record(stream.Aggregate!.Refuse(command.Reasons, command.RefusedBy, now)), now);
    }
}

public static class RefusingEndpoint
{
    public static void MapRefuseApplication(this RouteGroupBuilder applications) =>
        applications.MapPost("/{applicationId}/refuse", (string applicationId, ReasonsRequest request, HttpContext http, IMessageBus bus) =>
                bus.DecideAsync(new RefuseApplication(applicationId, ApplicationEndpoints.RequireReasons(request.Reasons, "reasons"),
                    http.Request.ExpectedVersion(), Actor.From(http.User)), http))
            .RequireAuthorization(policy => policy.RequireRole(RegistryRoles.Clerk))
            .WithName("refuseApplication")
            .WithSummary("Refuse approval (不予核准), with reasons — clerks only.")
            .Produces<ApplicationView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
