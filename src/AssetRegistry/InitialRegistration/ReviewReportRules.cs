using AssetRegistry.Applications;
using AssetRegistry.Security;

namespace AssetRegistry.InitialRegistration;

public enum ReviewReportConfirmationState
{
    /// <summary>The report waits for its institution's confirmation; formal review cannot accept the application yet.</summary>
    Awaiting,
    Confirmed,
    /// <summary>Declined with reasons: the application was returned for correction; a resubmission waits for a new confirmation.</summary>
    Declined,
}

/// <summary>Where the review report's confirmation stands: by whom and when it was confirmed or declined, and why declined.</summary>
public sealed record ReviewReportConfirmation(ReviewReportConfirmationState State, Actor? By = null, DateTimeOffset? At = null, IReadOnlyList<string>? Reasons = null)
{
    public static readonly ReviewReportConfirmation Awaiting = new(ReviewReportConfirmationState.Awaiting);

    public static ReviewReportConfirmation Of(ReviewReportConfirmed confirmed) =>
        new(ReviewReportConfirmationState.Confirmed, confirmed.ConfirmedBy, confirmed.ConfirmedAt);

    public static ReviewReportConfirmation Of(ReviewReportDeclined declined) =>
        new(ReviewReportConfirmationState.Declined, declined.DeclinedBy, declined.DeclinedAt, declined.Reasons);
}

/// <summary>
/// The third-party reviewer's decisions on the review report an initial application carries (第三方服务机构评估报告)
/// [source: Shenzhen: the report an initial registration must carry; ours: the institution confirms it before formal
/// review accepts], pure: the application, the reviewer and <c>now</c> in; the events out.
/// </summary>
public static class ReviewReportRules
{
    /// <summary>Only the institution the report names, by its credit code, and only while the application waits for formal review.</summary>
    public static ReviewReportConfirmed Confirm(Application application, Actor reviewer, DateTimeOffset now)
    {
        var report = AwaitingConfirmationBy(application, reviewer);
        return new ReviewReportConfirmed(application.Id, report.InstitutionCreditCode, report.ReportNumber, report.DocumentFingerprint, reviewer, now);
    }

    /// <summary>A declined report returns the application for correction (补正) on its reasons, as a clerk's return does.</summary>
    public static object[] Decline(Application application, IReadOnlyList<string> reasons, Actor reviewer, DateTimeOffset now, ProcedureDeadlines deadlines)
    {
        var report = AwaitingConfirmationBy(application, reviewer);
        return
        [
            new ReviewReportDeclined(application.Id, report.InstitutionCreditCode, report.ReportNumber, report.DocumentFingerprint, reasons, reviewer, now),
            new CorrectionRequested(application.Id, reasons, deadlines.CorrectionDue(now), reviewer, now),
        ];
    }

    /// <summary>Who asks is checked first: a reviewer the report does not name learns nothing of the application's state.</summary>
    private static ThirdPartyReviewReport AwaitingConfirmationBy(Application application, Actor reviewer)
    {
        if (application.Subject is not InitialSubject subject || !reviewer.Reviews(subject.Details.ReviewReport.InstitutionCreditCode))
        {
            throw new Refusal(Refusals.NotTheReviewer);
        }

        var report = subject.Details.ReviewReport;
        if (subject.Confirmation is { State: ReviewReportConfirmationState.Confirmed, At: var at })
        {
            throw new Refusal(Refusals.ReviewReportAlreadyConfirmed, ("report", report.ReportNumber), ("at", $"{at:u}"));
        }

        if (application.State != ApplicationState.Submitted)
        {
            throw new Refusal(Refusals.ReviewReportNotAwaitingConfirmation, ("state", Application.Describe(application.State)));
        }

        return report;
    }
}
