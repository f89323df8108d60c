using AssetRegistry.Assets;
using AssetRegistry.Infrastructure;

namespace AssetRegistry.Cancelling;

/// <summary>注销登记: an application on a registered asset, through the procedure.</summary>
public sealed class CancellationCapability : IRegistryCapability
{
    public IEnumerable<StoredEvent> Events =>
    [
        StoredEvent.Of<CancellationApplied>("cancellation_applied"),
        StoredEvent.Of<AssetCancelled>("asset_cancelled", RegistrationKind.Cancellation),
        StoredEvent.Of<LicenseCancelled>("license_cancelled", RegistrationKind.LicenseCancellation),
    ];

    public IEnumerable<(Type Subject, string StoredAs)> ApplicationSubjects => [(typeof(CancellationSubject), "cancellation")];

    public void Map(RouteGroupBuilder api) => api.MapGroup("/applications").WithTags("Applications").MapApplyForCancellation();
}
