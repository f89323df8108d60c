using AssetRegistry.Validity;

namespace AssetRegistry.Assets;

// Recorded by the registry's clock for the history and the ledger; status already follows from the dates.
public sealed partial record Asset
{
    public Asset Apply(RegistrationExpired expired) => this;

    public Asset Apply(LicenseTermEnded ended) => this;
}
