using AssetRegistry.Assets;
using AssetRegistry.Infrastructure;
using AssetRegistry.Timers;
using JasperFx.Events.Projections;
using Marten;

namespace AssetRegistry.Applications;

/// <summary>The procedure every application goes through, whatever its kind: consent, formal review, public notice, approval.</summary>
public sealed class ProcedureCapability : IRegistryCapability
{
    public IEnumerable<StoredEvent> Events =>
    [
        StoredEvent.Of<CounterpartyConsented>("counterparty_consented"),
        StoredEvent.Of<ApplicationAccepted>("application_accepted"),
        StoredEvent.Of<ApplicationRejected>("application_rejected"),
        StoredEvent.Of<CorrectionRequested>("correction_requested"),
        StoredEvent.Of<ApplicationResubmitted>("application_resubmitted"),
        StoredEvent.Of<ApplicationWithdrawn>("application_withdrawn"),
        StoredEvent.Of<ApplicationLapsed>("application_lapsed"),
        StoredEvent.Of<PublicNoticeStarted>("public_notice_started"),
        StoredEvent.Of<PublicNoticeSuspended>("public_notice_suspended"),
        StoredEvent.Of<PublicNoticeResumed>("public_notice_resumed"),
        StoredEvent.Of<PublicNoticeEnded>("public_notice_ended"),
        StoredEvent.Of<ApplicationApproved>("application_approved"),
        StoredEvent.Of<ApplicationRefused>("application_refused"),
    ];

    public void Configure(StoreOptions options)
    {
        options.Projections.Snapshot<Application>(SnapshotLifecycle.Inline);
        options.Schema.For<Application>()
            .Index(a => a.State)
            .Index(a => a.ReplyDueAt);
        options.Projections.Snapshot<Asset>(SnapshotLifecycle.Inline);
        options.Schema.For<RegistryTimer>().Index(t => t.DueAt);
    }

    public void Map(RouteGroupBuilder api)
    {
        var applications = api.MapGroup("/applications").WithTags("Applications");
        applications.MapConsent();
        applications.MapClerksQueue();
        applications.MapGetApplication();
        applications.MapAcceptApplication();
        applications.MapRejectApplication();
        applications.MapRequestCorrection();
        applications.MapWithdrawApplication();
        applications.MapApproveApplication();
        applications.MapRefuseApplication();
        api.MapPublicNotices();

        var assets = api.MapGroup("/assets").WithTags("Assets");
        assets.MapGetAsset();
        api.MapAssetHistory();
    }
}
