using AssetRegistry.Infrastructure;

namespace AssetRegistry.Validity;

/// <summary>The registry's clocks on an asset: expiry, the end of a license's term. They record, but register nothing.</summary>
public sealed class ValidityCapability : IRegistryCapability
{
    public IEnumerable<StoredEvent> Events =>
    [
        StoredEvent.Of<RegistrationExpired>("registration_expired"),
        StoredEvent.Of<LicenseTermEnded>("license_term_ended"),
    ];
}
