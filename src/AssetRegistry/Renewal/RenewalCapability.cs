using AssetRegistry.Assets;
using AssetRegistry.Infrastructure;

namespace AssetRegistry.Renewal;

/// <summary>续展: an application on a registered asset, through the procedure.</summary>
public sealed class RenewalCapability : IRegistryCapability
{
    public IEnumerable<StoredEvent> Events =>
    [
        StoredEvent.Of<RenewalApplied>("renewal_applied"),
        StoredEvent.Of<RegistrationRenewed>("registration_renewed", RegistrationKind.Renewal),
    ];

    public IEnumerable<(Type Subject, string StoredAs)> ApplicationSubjects => [(typeof(RenewalSubject), "renewal")];

    public void Map(RouteGroupBuilder api) => api.MapGroup("/applications").WithTags("Applications").MapApplyForRenewal();
}
