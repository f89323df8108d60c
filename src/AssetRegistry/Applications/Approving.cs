using AssetRegistry.Assets;
using AssetRegistry.InitialRegistration;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Security;
using AssetRegistry.Validity;
using Marten;
using Microsoft.Extensions.Options;
using Wolverine;

namespace AssetRegistry.Applications;

public sealed record ApproveApplication(string ApplicationId, long? ExpectedVersion, Actor ApprovedBy);

public static class ApproveApplicationHandler
{
    /// <summary>
    /// Approval (核准) and the registration it makes commit together: the application's stream and the
    /// asset's. Two clerks approving at once both append to the application's stream; its lock lets one
    /// decide at a time. What the registration records is the kind's own decision: an initial registration
    /// brings the asset into being; every other kind registers on the asset as it stands now.
    /// </summary>
    public static async Task<ApplicationView> Handle(ApproveApplication command, IDocumentSession session, TimeProvider clock,
        RegistrationNumbers numbers, IOptions<ProcedureSettings> settings, CancellationToken cancellation)
    {
        var stream = await session.LockApplicationAsync(command.ApplicationId, command.ExpectedVersion, cancellation);
        var application = stream.Aggregate!;
        application.EnsureApprovable(command.ApprovedBy);
        var now = clock.GetUtcNow();

        var registered = application.Subject switch
        {
            InitialSubject initial => await InitialRegistrationHandler.RegisterAsync(session, application, initial, command.ApprovedBy, now, numbers, settings.Value, cancellation),
            RegistrationOnAsset onAsset => await RegisterOnAssetAsync(session, application, onAsset, command.ApprovedBy, now, settings.Value, cancellation),
            var subject => throw new InvalidOperationException($"No registration is made by approving a {subject.GetType().Name}."),
        };

        return ApplicationView.Of(stream.Record(new ApplicationApproved(application.Id, registered, command.ApprovedBy, now)), now);
    }

    /// <summary>
    /// The asset's stream is appended at the version read here: of two registrations approved at the same moment
    /// on one asset, only the first to commit takes effect (the other is retried and decided on what it then finds).
    /// </summary>
    private static async Task<string> RegisterOnAssetAsync(IDocumentSession session, Application application, RegistrationOnAsset subject, Actor clerk,
        DateTimeOffset now, ProcedureSettings settings, CancellationToken cancellation)
    {
        var asset = await session.Events.FetchForWriting<Asset>(application.RegistrationNumber!, cancellation);
        var registration = subject.Register(asset.Aggregate!, application, clerk, now, settings);
        asset.AppendOne(registration);
        ValidityTimers.ArmFor(session, registration);
        return asset.Aggregate!.Id;
    }
}

public static class ApprovingEndpoint
{
    public static void MapApproveApplication(this RouteGroupBuilder applications) =>
        applications.MapPost("/{applicationId}/approve", (string applicationId, HttpContext http, IMessageBus bus) =>
                bus.DecideAsync(new ApproveApplication(applicationId, http.Request.ExpectedVersion(), Actor.From(http.User)), http))
            .RequireAuthorization(policy => policy.RequireRole(RegistryRoles.Clerk))
            .WithName("approveApplication")
            .WithSummary("Approve (核准) — a clerk other than the one who accepted it (four eyes). The asset is registered.")
            .Produces<ApplicationView>()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
