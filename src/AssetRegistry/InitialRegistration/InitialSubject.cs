using AssetRegistry.Applications;

namespace AssetRegistry.InitialRegistration;

/// <summary>What an application for an initial registration (首次登记) asks for: the asset, as it states it.</summary>
public sealed record InitialSubject(InitialRegistrationDetails Details) : ApplicationSubject
{
    public override ApplicationKind Kind => ApplicationKind.Initial;

    public override bool HasPublicNotice => true;

    /// <summary>The review report's confirmation by its institution; none recorded yet (or since the last resubmission) while null.</summary>
    public ReviewReportConfirmation? Confirmation { get; init; }

    /// <summary>
    /// The corrected application replaces the one returned for correction (补正), whole, and its report waits for a new
    /// confirmation: the report attests the application as it stands, and a correction changes what it attests.
    /// </summary>
    public override ApplicationSubject CorrectedBy(ApplicationResubmitted resubmitted) => new InitialSubject(resubmitted.Details ?? Details);

    /// <summary>Formal review accepts an initial application only once its review report is confirmed.</summary>
    public override void EnsureAcceptable()
    {
        if (Confirmation?.State != ReviewReportConfirmationState.Confirmed)
        {
            throw new Refusal(Refusals.ReviewReportNotConfirmed,
                ("report", Details.ReviewReport.ReportNumber), ("institution", Details.ReviewReport.InstitutionName));
        }
    }

    /// <summary>
    /// Awaiting until confirmed or declined, while the application is in review or correction; an application accepted
    /// before confirmations were recorded shows none.
    /// </summary>
    public override ReviewReportConfirmation? ReviewReportAt(ApplicationState state) =>
        Confirmation ?? (state is ApplicationState.Submitted or ApplicationState.AwaitingCorrection ? ReviewReportConfirmation.Awaiting : null);

    /// <summary>Never fingerprints, the review report, processing rules or the declaration.</summary>
    public override NoticeEntry Publish(NoticeEntry entry) => entry with
    {
        Initial = new InitialPublicFields(Details.Industry, Details.ApplicationScenarios, Details.DataSource, Details.StructureAndScale,
            Details.UpdateFrequency, Details.DerivedFrom),
    };

    public override ApplicationView Show(ApplicationView view) => view with { Details = Details, ReviewReportConfirmation = ReviewReportAt(view.State) };
}
