using AssetRegistry.Assets;
using AssetRegistry.Cancelling;
using AssetRegistry.Changing;
using AssetRegistry.Licensing;
using AssetRegistry.Renewal;
using AssetRegistry.Transferring;
using AssetRegistry.Validity;
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

        string number;
        if (application.Initial is { } initial)
        {
            await Derivation.EnsureDerivableAsync(session, initial.DerivedFrom, now, cancellation);
            number = (await numbers.NextAsync(session, initial.AssetKind, now, cancellation)).ToString();
            var registered = new AssetRegistered(
                number, application.Id, application.Applicant, Asset.RightFor(initial.AssetKind), initial,
                now, Asset.ValidUntilFor(now, settings.Value.ValidityYears, initial.AuthorisationEndsOn), command.ApprovedBy, now);
            session.Events.StartStream<Asset>(number, registered);
            ValidityTimers.ArmFor(session, registered);
        }
        else
        {
            // The asset's stream is appended at the version read here: of two registrations approved at the
            // same moment on one asset, only the first to commit takes effect.
            number = application.RegistrationNumber!;
            var asset = await session.Events.FetchForWriting<Asset>(number, cancellation);
            var registration = RegistrationOnAsset(asset.Aggregate!, application, command.ApprovedBy, now, settings.Value);
            asset.AppendOne(registration);
            ValidityTimers.ArmFor(session, registration);
        }

        return ApplicationView.Of(stream.Record(new ApplicationApproved(application.Id, number, command.ApprovedBy, now)), now);
    }

    /// <summary>What the approved application records on the asset, each kind by its own rules.</summary>
    private static object RegistrationOnAsset(Asset asset, Application application, Actor clerk, DateTimeOffset now, ProcedureSettings settings) => application.Kind switch
    {
        ApplicationKind.License => LicenseRules.Register(asset, application, clerk, now),
        ApplicationKind.Transfer => TransferRules.Register(asset, application, clerk, now),
        ApplicationKind.Change => ChangeRules.Register(asset, application, clerk, now),
        ApplicationKind.Cancellation => CancellationRules.Register(asset, application, clerk, now),
        ApplicationKind.Renewal => RenewalRules.Register(asset, application, clerk, now, settings),
        _ => throw new InvalidOperationException($"{application.Kind} applications create their asset."),
    };
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
