using AssetRegistry.Assets;
using AssetRegistry.InitialRegistration;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Security;
using Marten;
using Microsoft.Extensions.Options;
using Wolverine;

namespace AssetRegistry.Applications;

public sealed record ApproveApplication(string ApplicationId, long? ExpectedVersion, Actor ApprovedBy);

public static class ApproveApplicationHandler
{
    /// <summary>
    /// Approval (核准) and the registration it makes commit together: the application's stream and the
    /// asset's. Two clerks approving at once both append to the application's stream; optimistic
    /// concurrency lets exactly one commit.
    /// </summary>
    public static async Task<ApplicationView> Handle(ApproveApplication command, IDocumentSession session, TimeProvider clock,
        RegistrationNumbers numbers, IOptions<ProcedureSettings> settings, CancellationToken cancellation)
    {
        var stream = await session.FetchAsync(command.ApplicationId, command.ExpectedVersion, cancellation);
        var application = stream.Aggregate!;
        application.EnsureApprovable(command.ApprovedBy);
        var now = clock.GetUtcNow();
        await Derivation.EnsureDerivableAsync(session, application.Initial.DerivedFrom, now, cancellation);

        var number = (await numbers.NextAsync(session, application.Initial.AssetKind, now, cancellation)).ToString();
        var approved = stream.Record(new ApplicationApproved(application.Id, number, command.ApprovedBy, now));
        session.Events.StartStream<Asset>(number, new AssetRegistered(
            number, application.Id, application.Applicant, Asset.RightFor(application.Initial.AssetKind), application.Initial,
            now, Asset.ValidUntilFor(now, settings.Value.ValidityYears, application.Initial.AuthorisationEndsOn), command.ApprovedBy, now));
        return ApplicationView.Of(approved, now);
    }
}

public static class ApprovingEndpoint
{
    public static void MapApproveApplication(this RouteGroupBuilder applications) =>
        applications.MapPost("/{applicationId}/approve", (string applicationId, HttpContext http, IMessageBus bus) =>
                bus.DecideAsync(new ApproveApplication(applicationId, http.Request.ExpectedVersion(), Actor.From(http.User)), http))
            .RequireAuthorization(policy => policy.RequireRole(RegistryRoles.Clerk))
            .WithSummary("Approve (核准) — a clerk other than the one who accepted it (four eyes). The asset is registered.")
            .Produces<ApplicationView>()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
