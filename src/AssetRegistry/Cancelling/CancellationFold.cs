using AssetRegistry.Cancelling;

namespace AssetRegistry.Applications
{
    public sealed partial record Application
    {
        public static Application Create(CancellationApplied applied) => Open(
            applied.ApplicationId, new CancellationSubject(applied.Cancellation), applied.Applicant, applied.AssetKind, applied.AssetName,
            applied.SubmittedAt, applied.ReplyDueAt, applied.RegistrationNumber);
    }
}

namespace AssetRegistry.Assets
{
    public sealed partial record Asset
    {
        public Asset Apply(AssetCancelled cancelled) => this with { Cancelled = true, CancelledAt = cancelled.CancelledAt };

        public Asset Apply(LicenseCancelled cancelled) => this with
        {
            Licenses = [.. Licenses.Select(l => l.LicenseId == cancelled.LicenseId ? l with { CancelledAt = cancelled.CancelledAt } : l)],
        };
    }
}
