using AssetRegistry.Changing;

namespace AssetRegistry.Applications
{
    public sealed partial record Application
    {
        public static Application Create(ChangeApplied applied) => Open(
            applied.ApplicationId, new ChangeSubject(applied.Change), applied.Applicant, applied.AssetKind, applied.AssetName,
            applied.SubmittedAt, applied.ReplyDueAt, applied.RegistrationNumber);
    }
}

namespace AssetRegistry.Assets
{
    public sealed partial record Asset
    {
        public Asset Apply(ChangeRegistered changed) => this with
        {
            Details = changed.DetailsAfter,
            Holder = Holder with { Name = changed.HolderNameAfter },
            Licenses = changed.LicenseId is null
                ? Licenses
                : [.. Licenses.Select(l => l.LicenseId == changed.LicenseId ? l with { Terms = changed.LicenseTermsAfter! } : l)],
        };
    }
}
