using AssetRegistry.Licensing;

namespace AssetRegistry.Applications
{
    public sealed partial record Application
    {
        public static Application Create(LicenseApplied applied) => Open(
            applied.ApplicationId, new LicenseSubject(applied.Licensee, applied.Terms), applied.Applicant, applied.AssetKind, applied.AssetName,
            applied.SubmittedAt, null, applied.RegistrationNumber);
    }
}

namespace AssetRegistry.Assets
{
    public sealed partial record Asset
    {
        public Asset Apply(LicenseRegistered registered) => this with
        {
            Licenses = [.. Licenses, new License(registered.LicenseId, registered.Licensee, registered.Terms, registered.ApplicationId, registered.RegisteredAt)],
        };
    }
}
