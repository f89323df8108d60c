using AssetRegistry.Applications;
using AssetRegistry.InitialRegistration;
using AssetRegistry.Security;
using static AssetRegistry.Rules.Tests.Given;

namespace AssetRegistry.Rules.Tests.InitialRegistration;

/// <summary>The third-party reviewer's confirmation of the review report an initial application carries, and what formal review makes of it.</summary>
public sealed class ReviewReportRulesTests
{
    private static ThirdPartyReviewReport Report => ((InitialSubject)InitialSubmitted.Subject).Details.ReviewReport;

    private static readonly Actor OtherReviewer = new("reviewer-li", RegistryRoles.Reviewer, "91110108MA01XXXX6F");

    [Fact]
    public void the_institution_the_report_names_confirms_it_with_its_number_and_document()
    {
        Then.Recorded(ReviewReportRules.Confirm(InitialSubmitted, Reviewer, Now),
            new ReviewReportConfirmed(TheApplicationId, Report.InstitutionCreditCode, Report.ReportNumber, Report.DocumentFingerprint, Reviewer, Now));
    }

    [Fact]
    public void a_confirmed_report_shows_by_whom_and_when_and_the_application_still_waits_for_formal_review()
    {
        var confirmed = InitialSubmitted.After(ReviewReportRules.Confirm(InitialSubmitted, Reviewer, Now));

        Assert.Equal(ApplicationState.Submitted, confirmed.State);
        Assert.Equal(new ReviewReportConfirmation(ReviewReportConfirmationState.Confirmed, Reviewer, Now), confirmed.Subject.ReviewReportAt(confirmed.State));
    }

    [Fact]
    public void a_reviewer_the_report_does_not_name_may_not_confirm_it() =>
        Then.Refused(() => ReviewReportRules.Confirm(InitialSubmitted, OtherReviewer, Now), "not-the-reviewer", kind: RefusalKind.Forbidden);

    [Fact]
    public void a_party_with_the_institutions_credit_code_is_not_its_reviewer() =>
        Then.Refused(() => ReviewReportRules.Confirm(InitialSubmitted, new Actor("staff-1", RegistryRoles.Enterprise, Report.InstitutionCreditCode), Now),
            "not-the-reviewer", kind: RefusalKind.Forbidden);

    [Fact]
    public void a_reviewer_sharing_the_applicants_credit_code_does_not_act_for_the_applicant() =>
        Then.Refused(() => InitialSubmitted.Withdraw(null, new Actor("reviewer-zhang", RegistryRoles.Reviewer, Holder.PartyCode), Now),
            "not-your-application", kind: RefusalKind.Forbidden);

    [Fact]
    public void a_kind_without_a_review_report_has_no_reviewer() =>
        Then.Refused(() => ReviewReportRules.Confirm(AwaitingConsent, Reviewer, Now), "not-the-reviewer", kind: RefusalKind.Forbidden);

    [Fact]
    public void a_report_confirmed_once_is_not_confirmed_again() =>
        Then.Refused(() => ReviewReportRules.Confirm(InitialConfirmed, Reviewer, Now), "review-report-already-confirmed");

    [Fact]
    public void a_report_is_confirmed_only_while_its_application_waits_for_formal_review()
    {
        Then.Refused(() => ReviewReportRules.Confirm(AwaitingCorrection, Reviewer, Now), "review-report-not-awaiting-confirmation");
        Then.Refused(() => ReviewReportRules.Confirm(Withdrawn, Reviewer, Now), "review-report-not-awaiting-confirmation");
    }

    [Fact]
    public void formal_review_does_not_accept_an_initial_application_before_its_report_is_confirmed() =>
        Then.Refused(() => InitialSubmitted.Accept(Clerk, Now, Deadlines), "review-report-not-confirmed");

    [Fact]
    public void formal_review_accepts_it_once_confirmed() =>
        Then.Allowed(() => InitialConfirmed.Accept(Clerk, Now, Deadlines));

    [Fact]
    public void a_declined_report_returns_the_application_for_correction_on_its_reasons()
    {
        string[] reasons = ["报告所附样本与申请不符"];

        var declined = ReviewReportRules.Decline(InitialSubmitted, reasons, Reviewer, Now, Deadlines);

        Then.Recorded(declined,
            new ReviewReportDeclined(TheApplicationId, Report.InstitutionCreditCode, Report.ReportNumber, Report.DocumentFingerprint, reasons, Reviewer, Now),
            new CorrectionRequested(TheApplicationId, reasons, Deadlines.CorrectionDue(Now), Reviewer, Now));
        var returned = ApplicationAfter(InitialSubmitted, declined);
        Assert.Equal(ApplicationState.AwaitingCorrection, returned.State);
        Assert.Equal(ReviewReportConfirmationState.Declined, returned.Subject.ReviewReportAt(returned.State)?.State);
        Assert.Equal(reasons, returned.Subject.ReviewReportAt(returned.State)?.Reasons);
    }

    [Fact]
    public void a_reviewer_the_report_does_not_name_may_not_decline_it() =>
        Then.Refused(() => ReviewReportRules.Decline(InitialSubmitted, ["不符"], OtherReviewer, Now, Deadlines), "not-the-reviewer", kind: RefusalKind.Forbidden);

    [Fact]
    public void a_confirmed_report_is_not_declined_afterwards() =>
        Then.Refused(() => ReviewReportRules.Decline(InitialConfirmed, ["不符"], Reviewer, Now, Deadlines), "review-report-already-confirmed");

    [Fact]
    public void a_resubmission_waits_for_a_new_confirmation_even_of_a_confirmed_report()
    {
        var returned = ApplicationAfter(InitialConfirmed, CorrectionRequestedUntil(Deadlines.AfterWorkingDays(Now, 5)));
        var resubmitted = ApplicationAfter(returned, returned.Resubmit(((InitialSubject)returned.Subject).Details, ["processingRules"], HolderStaff, Now, Deadlines));

        Assert.Equal(ReviewReportConfirmation.Awaiting, resubmitted.Subject.ReviewReportAt(resubmitted.State));
        Then.Refused(() => resubmitted.Accept(Clerk, Now, Deadlines), "review-report-not-confirmed");
        Then.Allowed(() => ReviewReportRules.Confirm(resubmitted, Reviewer, Now));
    }

    [Fact]
    public void an_application_accepted_before_confirmations_were_recorded_shows_none() =>
        Assert.Null(AwaitingApproval.Subject.ReviewReportAt(AwaitingApproval.State));
}
