using AssetRegistry.Transferring;

namespace AssetRegistry.Applications
{
    public sealed partial record Application
    {
        public static Application Create(TransferApplied applied) => Open(
            applied.ApplicationId, new TransferSubject(applied.Transfer), applied.Applicant, applied.AssetKind, applied.AssetName,
            applied.SubmittedAt, null, applied.RegistrationNumber);
    }
}

namespace AssetRegistry.Assets
{
    public sealed partial record Asset
    {
        /// <summary>Licenses survive a transfer: they bind the asset, not its holder.</summary>
        public Asset Apply(TransferRegistered transferred) => this with { Holder = transferred.NewHolder };
    }
}
