using AssetRegistry.Assets;
using AssetRegistry.Infrastructure;

namespace AssetRegistry.InitialRegistration;

/// <summary>首次登记: how an asset comes to be.</summary>
public sealed class InitialRegistrationCapability : IRegistryCapability
{
    public IEnumerable<StoredEvent> Events =>
    [
        StoredEvent.Of<InitialRegistrationApplied>("initial_registration_applied"),
        StoredEvent.Of<AssetRegistered>("asset_registered", RegistrationKind.Initial),
        StoredEvent.Of<ReviewReportConfirmed>("review_report_confirmed"),
        StoredEvent.Of<ReviewReportDeclined>("review_report_declined"),
    ];

    public IEnumerable<(Type Subject, string StoredAs)> ApplicationSubjects => [(typeof(InitialSubject), "initial")];

    public void Map(RouteGroupBuilder api)
    {
        var applications = api.MapGroup("/applications").WithTags("Applications");
        applications.MapSubmitInitialApplication();
        // Any kind's application returned for correction is resubmitted here; only an initial one carries changed fields.
        applications.MapResubmitApplication();
        applications.MapConfirmReviewReport();
        applications.MapDeclineReviewReport();
    }
}
