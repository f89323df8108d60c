using AssetRegistry.Assets;
using AssetRegistry.Cancelling;
using AssetRegistry.Changing;
using AssetRegistry.Consent;
using AssetRegistry.Freezes;
using AssetRegistry.Licensing;
using AssetRegistry.Renewal;
using AssetRegistry.Transferring;
using AssetRegistry.InitialRegistration;
using AssetRegistry.Timers;
using JasperFx.Events.Projections;
using Marten;

namespace AssetRegistry.Applications;

public static class ApplicationsSetup
{
    public static void ConfigureApplications(this StoreOptions options)
    {
        options.Projections.Snapshot<Application>(SnapshotLifecycle.Inline);
        options.Schema.For<Application>()
            .Index(a => a.State)
            .Index(a => a.ReplyDueAt);
        options.Projections.Snapshot<Asset>(SnapshotLifecycle.Inline);
        options.Schema.For<RegistryTimer>().Index(t => t.DueAt);
    }

    public static void MapApplications(this RouteGroupBuilder api)
    {
        var applications = api.MapGroup("/applications").WithTags("Applications");
        applications.MapSubmitInitialApplication();
        applications.MapApplyForLicense();
        applications.MapApplyForTransfer();
        applications.MapApplyForChange();
        applications.MapApplyForCancellation();
        applications.MapApplyForRenewal();
        applications.MapConsent();
        applications.MapClerksQueue();
        applications.MapGetApplication();
        applications.MapAcceptApplication();
        applications.MapRejectApplication();
        applications.MapRequestCorrection();
        applications.MapResubmitApplication();
        applications.MapWithdrawApplication();
        applications.MapApproveApplication();
        applications.MapRefuseApplication();
        api.MapPublicNotices();

        var assets = api.MapGroup("/assets").WithTags("Assets");
        assets.MapGetAsset();
        assets.MapFreezes();
    }
}
