using AssetRegistry.Renewal;

namespace AssetRegistry.Applications
{
    public sealed partial record Application
    {
        public static Application Create(RenewalApplied applied) => Open(
            applied.ApplicationId, new RenewalSubject(), applied.Applicant, applied.AssetKind, applied.AssetName,
            applied.SubmittedAt, applied.ReplyDueAt, applied.RegistrationNumber);
    }
}

namespace AssetRegistry.Assets
{
    public sealed partial record Asset
    {
        public Asset Apply(RegistrationRenewed renewed) => this with { ValidUntil = renewed.ValidUntil };
    }
}
