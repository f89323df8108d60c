using AssetRegistry.InitialRegistration;

namespace AssetRegistry.Applications
{
    public sealed partial record Application
    {
        public static Application Create(InitialRegistrationApplied applied) => Open(
            applied.ApplicationId, new InitialSubject(applied.Details), applied.Applicant, applied.Details.AssetKind, applied.Details.Name,
            applied.SubmittedAt, applied.ReplyDueAt);

        public Application Apply(ReviewReportConfirmed confirmed) => this with
        {
            Subject = (InitialSubject)Subject with { Confirmation = ReviewReportConfirmation.Of(confirmed) },
        };

        /// <summary>Only the report's state: the <see cref="CorrectionRequested"/> recorded with it returns the application.</summary>
        public Application Apply(ReviewReportDeclined declined) => this with
        {
            Subject = (InitialSubject)Subject with { Confirmation = ReviewReportConfirmation.Of(declined) },
        };
    }
}

namespace AssetRegistry.Assets
{
    public sealed partial record Asset
    {
        /// <summary>The one way an asset comes to be: its initial registration approved.</summary>
        public static Asset Create(AssetRegistered registered) => new(
            registered.RegistrationNumber, registered.Details.AssetKind, registered.Holder, registered.Right, registered.Details,
            registered.RegisteredAt, registered.ValidFrom, registered.ValidUntil);
    }
}
