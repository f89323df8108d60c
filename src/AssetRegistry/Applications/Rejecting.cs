using AssetRegistry.Security;
using AssetRegistry.Infrastructure.Http;
using Marten;
using Wolverine;

namespace AssetRegistry.Applications;

[RequiredMembers("reasons")]
public sealed record ReasonsRequest(IReadOnlyList<string>? Reasons);

public sealed record RejectApplication(string ApplicationId, IReadOnlyList<string> Reasons, long? ExpectedVersion, Actor RejectedBy);

public static class RejectApplicationHandler
{
    public static async Task<ApplicationView> Handle(RejectApplication command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await session.LockApplicationAsync(command.ApplicationId, command.ExpectedVersion, cancellation);
        var now = clock.GetUtcNow();
        return ApplicationView.Of(stream.Record(stream.Aggregate!.Reject(command.Reasons, command.RejectedBy, now)), now);
    }
}

public static class RejectingEndpoint
{
    public static void MapRejectApplication(this RouteGroupBuilder applications) =>
        applications.MapPost("/{applicationId}/reject", (string applicationId, ReasonsRequest request, HttpContext http, IMessageBus bus) =>
                bus.DecideAsync(new RejectApplication(applicationId, ApplicationEndpoints.RequireReasons(request.Reasons, "reasons"),
                    http.Request.ExpectedVersion(), Actor.From(http.User)), http))
            .RequireAuthorization(policy => policy.RequireRole(RegistryRoles.Clerk))
            .WithName("rejectApplication")
            .WithSummary("Formal review refuses the application, with reasons — clerks only.")
            .Produces<ApplicationView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
