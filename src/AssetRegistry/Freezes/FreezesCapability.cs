using AssetRegistry.Assets;
using AssetRegistry.Infrastructure;

namespace AssetRegistry.Freezes;

/// <summary>查封: a court's freeze and its release.</summary>
public sealed class FreezesCapability : IRegistryCapability
{
    public IEnumerable<StoredEvent> Events =>
    [
        StoredEvent.Of<AssetFrozen>("asset_frozen", RegistrationKind.Freeze),
        StoredEvent.Of<AssetUnfrozen>("asset_unfrozen", RegistrationKind.FreezeRelease),
    ];

    public void Map(RouteGroupBuilder api) => api.MapGroup("/assets").WithTags("Assets").MapFreezes();
}
