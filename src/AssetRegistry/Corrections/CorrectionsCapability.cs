using AssetRegistry.Assets;
using AssetRegistry.Infrastructure;

namespace AssetRegistry.Corrections;

/// <summary>更正登记: a clerk's correction of the register on an upheld objection.</summary>
public sealed class CorrectionsCapability : IRegistryCapability
{
    public IEnumerable<StoredEvent> Events => [StoredEvent.Of<CorrectionRegistered>("correction_registered", RegistrationKind.Correction)];

    public void Map(RouteGroupBuilder api) => api.MapCorrections();
}
