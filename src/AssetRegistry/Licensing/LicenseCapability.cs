using AssetRegistry.Assets;
using AssetRegistry.Infrastructure;

namespace AssetRegistry.Licensing;

/// <summary>许可登记: an application on a registered asset, through the procedure.</summary>
public sealed class LicenseCapability : IRegistryCapability
{
    public IEnumerable<StoredEvent> Events =>
    [
        StoredEvent.Of<LicenseApplied>("license_applied"),
        StoredEvent.Of<LicenseRegistered>("license_registered", RegistrationKind.License),
    ];

    public IEnumerable<(Type Subject, string StoredAs)> ApplicationSubjects => [(typeof(LicenseSubject), "license")];

    public void Map(RouteGroupBuilder api) => api.MapGroup("/applications").WithTags("Applications").MapApplyForLicense();
}
