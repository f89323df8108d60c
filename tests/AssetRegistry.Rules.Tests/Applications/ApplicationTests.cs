using AssetRegistry.Applications;
using AssetRegistry.Calendars;
using AssetRegistry.Changing;
using AssetRegistry.InitialRegistration;
using AssetRegistry.Security;
using Microsoft.Extensions.Options;
using static AssetRegistry.Rules.Tests.Given;

namespace AssetRegistry.Rules.Tests.Applications;

/// <summary>The procedure's decisions (consent → review → notice → approval), on the application as its events leave it.</summary>
public sealed class ApplicationTests
{
    // ---- opening ----

    [Fact]
    public void an_application_that_awaits_no_consent_opens_for_formal_review_with_its_reply_limit()
    {
        var application = InitialSubmitted;

        Assert.Equal(ApplicationState.Submitted, application.State);
        Assert.Equal(InitialApplied().ReplyDueAt, application.ReplyDueAt);
    }

    [Fact]
    public void an_application_that_awaits_consent_opens_waiting_for_it_and_no_reply_limit_runs()
    {
        Assert.Equal(ApplicationState.AwaitingConsent, AwaitingConsent.State);
        Assert.Null(AwaitingConsent.ReplyDueAt);
    }

    // ---- consent ----

    [Fact]
    public void the_licensee_consents_and_review_starts_with_its_reply_limit()
    {
        var consented = AwaitingConsent.Consent(LicenseeStaff, Now, Deadlines);

        Then.Recorded(consented, new CounterpartyConsented(TheApplicationId, Licensee, LicenseeStaff, Now, Deadlines.ReplyDue(Now)));
        var after = AwaitingConsent.After(consented);
        Assert.Equal((ApplicationState.Submitted, Deadlines.ReplyDue(Now), Now), (after.State, after.ReplyDueAt, after.ConsentedAt));
    }

    [Fact]
    public void only_the_counterparty_may_consent() =>
        Then.Refused(() => AwaitingConsent.Consent(HolderStaff, Now, Deadlines), "not-the-counterparty", kind: RefusalKind.Forbidden);

    [Fact]
    public void a_consent_already_given_is_not_awaited()
    {
        var consented = ApplicationAfter(AwaitingConsent, AwaitingConsent.Consent(LicenseeStaff, Now, Deadlines));

        Then.Refused(() => consented.Consent(LicenseeStaff, Now, Deadlines), "consent-not-awaited");
    }

    // ---- formal review ----

    [Fact]
    public void accepting_an_initial_application_starts_its_public_notice()
    {
        Then.Recorded(InitialConfirmed.Accept(Clerk, Now, Deadlines),
            new ApplicationAccepted(TheApplicationId, Clerk, Now, Deadlines.ReplyDue(Now)),
            new PublicNoticeStarted(TheApplicationId, Now, Deadlines.NoticeEnds(Now), 10));
    }

    [Fact]
    public void notice_lasts_ten_working_days_ending_at_midnight_china_time()
    {
        var started = (PublicNoticeStarted)InitialConfirmed.Accept(Clerk, Now, Deadlines)[1];

        // Monday 1 June: ten working days from the 2nd end with Monday 15 June, at 24:00 CST.
        Assert.Equal(At("2026-06-16T00:00+08:00"), started.EndsAt);
    }

    [Fact]
    public void accepting_a_kind_without_public_notice_records_the_acceptance_only()
    {
        var change = ApplicationAfter(Application.Create(ChangeApplied(new ChangeRequest("新名称", null, null, null, null, null, null, null, null, null))));

        Then.Recorded(change.Accept(Clerk, Now, Deadlines), new ApplicationAccepted(TheApplicationId, Clerk, Now, Deadlines.ReplyDue(Now)));
    }

    [Fact]
    public void with_notice_turned_off_acceptance_starts_no_notice()
    {
        var noNotice = new ProcedureDeadlines(new WorkingCalendar([]),
            Options.Create(new ProcedureSettings { PublicNoticeWorkingDays = 0 }));

        Then.Recorded(InitialConfirmed.Accept(Clerk, Now, noNotice), new ApplicationAccepted(TheApplicationId, Clerk, Now, noNotice.ReplyDue(Now)));
    }

    [Fact]
    public void accepted_the_application_waits_under_notice_without_a_reply_limit()
    {
        var after = ApplicationAfter(InitialConfirmed, InitialConfirmed.Accept(Clerk, Now, Deadlines));

        Assert.Equal((ApplicationState.UnderPublicNotice, null, Clerk.UserId), (after.State, after.ReplyDueAt, after.AcceptedBy));
    }

    [Fact]
    public void an_application_awaiting_consent_cannot_be_accepted() =>
        Then.Refused(() => AwaitingConsent.Accept(Clerk, Now, Deadlines), "application-awaiting-consent");

    [Fact]
    public void an_application_returned_for_correction_cannot_be_accepted() =>
        Then.Refused(() => AwaitingCorrection.Accept(Clerk, Now, Deadlines), "application-awaiting-correction");

    [Fact]
    public void an_application_under_notice_cannot_be_accepted_again() =>
        Then.Refused(() => UnderNotice.Accept(Clerk, Now, Deadlines), "application-under-public-notice");

    [Fact]
    public void an_application_whose_notice_is_suspended_cannot_be_accepted() =>
        Then.Refused(() => NoticeSuspended.Accept(Clerk, Now, Deadlines), "application-notice-suspended");

    [Fact]
    public void an_application_awaiting_approval_is_already_accepted() =>
        Then.Refused(() => AwaitingApproval.Accept(Clerk, Now, Deadlines), "application-already-accepted");

    [Fact]
    public void a_closed_application_is_already_decided() =>
        Then.Refused(() => Withdrawn.Accept(Clerk, Now, Deadlines), "application-already-decided");

    [Fact]
    public void rejection_at_formal_review_records_the_reasons()
    {
        var rejected = InitialSubmitted.Reject(["材料不齐"], Clerk, Now);

        Then.Recorded(rejected, new ApplicationRejected(TheApplicationId, ["材料不齐"], Clerk, Now));
        Assert.Equal((ApplicationState.Rejected, Now), (InitialSubmitted.After(rejected).State, InitialSubmitted.After(rejected).ClosedAt));
    }

    [Fact]
    public void an_accepted_application_is_not_rejected_at_review() =>
        Then.Refused(() => AwaitingApproval.Reject(["迟了"], Clerk, Now), "application-already-accepted");

    // ---- correction (补正) ----

    [Fact]
    public void a_correction_is_requested_until_a_deadline()
    {
        var deadline = Deadlines.CorrectionDue(Now);
        var requested = InitialSubmitted.RequestCorrection(["reviewReport"], deadline, Clerk, Now);

        Then.Recorded(requested, new CorrectionRequested(TheApplicationId, ["reviewReport"], deadline, Clerk, Now));
        Assert.Equal(ApplicationState.AwaitingCorrection, InitialSubmitted.After(requested).State);
    }

    [Fact]
    public void a_correction_deadline_must_lie_in_the_future() =>
        Then.Refused(() => InitialSubmitted.RequestCorrection(["reviewReport"], Now, Clerk, Now), "invalid-field", "deadline", RefusalKind.Invalid);

    [Fact]
    public void a_correction_is_requested_only_at_formal_review() =>
        Then.Refused(() => UnderNotice.RequestCorrection(["reviewReport"], Now.AddDays(5), Clerk, Now), "application-under-public-notice");

    [Fact]
    public void the_applicant_resubmits_and_review_starts_again_on_the_corrected_details()
    {
        var corrected = Details() with { Name = "城市交通出行数据集（修订）" };
        var resubmitted = AwaitingCorrection.Resubmit(corrected, ["name"], HolderStaff, Now, Deadlines);

        Then.Recorded(resubmitted, new ApplicationResubmitted(TheApplicationId, corrected, ["name"], HolderStaff, Now, Deadlines.ReplyDue(Now)));
        var after = AwaitingCorrection.After(resubmitted);
        Assert.Equal((ApplicationState.Submitted, "城市交通出行数据集（修订）", Deadlines.ReplyDue(Now)), (after.State, after.AssetName, after.ReplyDueAt));
        Assert.Equal(corrected, ((InitialSubject)after.Subject).Details);
        Assert.Null(after.Correction);
    }

    [Fact]
    public void only_the_applicant_resubmits() =>
        Then.Refused(() => AwaitingCorrection.Resubmit(null, [], Stranger, Now, Deadlines), "not-your-application", kind: RefusalKind.Forbidden);

    [Fact]
    public void an_application_not_returned_for_correction_is_not_resubmitted() =>
        Then.Refused(() => InitialSubmitted.Resubmit(null, [], HolderStaff, Now, Deadlines), "application-not-awaiting-correction");

    [Fact]
    public void a_closed_application_is_not_resubmitted() =>
        Then.Refused(() => Withdrawn.Resubmit(null, [], HolderStaff, Now, Deadlines), "application-closed");

    [Fact]
    public void an_unanswered_correction_lapses_the_application_at_its_deadline()
    {
        var deadline = AwaitingCorrection.Correction!.Deadline;

        Then.RecordedNothing(AwaitingCorrection.LapseIfDue(deadline.AddTicks(-1)));
        Then.Recorded(AwaitingCorrection.LapseIfDue(deadline.AddHours(3)), new ApplicationLapsed(TheApplicationId, deadline, deadline.AddHours(3)));
    }

    [Fact]
    public void an_application_resubmitted_in_time_does_not_lapse()
    {
        var resubmitted = ApplicationAfter(AwaitingCorrection, AwaitingCorrection.Resubmit(null, [], HolderStaff, Now, Deadlines));

        Then.RecordedNothing(resubmitted.LapseIfDue(Now.AddYears(1)));
    }

    // ---- withdrawal ----

    [Fact]
    public void the_applicant_withdraws_an_open_application()
    {
        var withdrawn = UnderNotice.Withdraw("不再需要", HolderStaff, Now);

        Then.Recorded(withdrawn, new ApplicationWithdrawn(TheApplicationId, "不再需要", HolderStaff, Now));
        Assert.True(UnderNotice.After(withdrawn).IsClosed);
    }

    [Fact]
    public void only_the_applicant_withdraws() =>
        Then.Refused(() => UnderNotice.Withdraw(null, Clerk, Now), "not-your-application", kind: RefusalKind.Forbidden);

    [Fact]
    public void a_closed_application_is_not_withdrawn() =>
        Then.Refused(() => Withdrawn.Withdraw(null, HolderStaff, Now), "application-closed");

    // ---- public notice: end, suspension, resumption ----

    [Fact]
    public void public_notice_ends_by_itself_once_due()
    {
        var endsAt = UnderNotice.Notice!.EndsAt;

        Then.RecordedNothing(UnderNotice.EndNoticeIfDue(endsAt.AddTicks(-1), Deadlines));
        var ended = UnderNotice.EndNoticeIfDue(endsAt.AddMinutes(5), Deadlines);
        Then.Recorded(ended, new PublicNoticeEnded(TheApplicationId, endsAt, endsAt.AddMinutes(5), Deadlines.ReplyDue(endsAt.AddMinutes(5))));
        Assert.Equal(ApplicationState.AwaitingApproval, UnderNotice.After(ended!).State);
    }

    [Fact]
    public void a_suspended_notice_does_not_end_by_itself() =>
        Then.RecordedNothing(NoticeSuspended.EndNoticeIfDue(Now.AddYears(1), Deadlines));

    [Fact]
    public void an_objection_during_notice_suspends_it_keeping_the_working_days_left()
    {
        var suspended = UnderNotice.SuspendNotice(TheObjectionId, Now, Deadlines);

        Then.Recorded(suspended, new PublicNoticeSuspended(TheApplicationId, TheObjectionId, Now, 5));
        Assert.Equal(ApplicationState.NoticeSuspended, UnderNotice.After(suspended).State);
    }

    [Fact]
    public void a_notice_suspended_on_its_last_day_keeps_one_working_day()
    {
        var lastDay = UnderNotice.Notice!.EndsAt.AddHours(-2);

        Then.Recorded(UnderNotice.SuspendNotice(TheObjectionId, lastDay, Deadlines), new PublicNoticeSuspended(TheApplicationId, TheObjectionId, lastDay, 1));
    }

    [Fact]
    public void a_second_objection_on_a_suspended_notice_keeps_the_days_it_had()
    {
        Then.Recorded(NoticeSuspended.SuspendNotice("objection-2", Now.AddDays(3), Deadlines),
            new PublicNoticeSuspended(TheApplicationId, "objection-2", Now.AddDays(3), 5));
    }

    [Fact]
    public void objections_to_an_application_are_filed_during_its_notice_only() =>
        Then.Refused(() => AwaitingApproval.SuspendNotice(TheObjectionId, Now, Deadlines), "application-not-under-notice", "applicationId");

    [Fact]
    public void the_notice_resumes_with_the_days_it_had_left_when_its_last_objection_ends()
    {
        var resumedAt = Now.AddDays(7);
        var resumed = NoticeSuspended.ResumeNotice(TheObjectionId, resumedAt, Deadlines);

        Then.Recorded(resumed, new PublicNoticeResumed(TheApplicationId, TheObjectionId, resumedAt, Deadlines.AfterWorkingDays(resumedAt, 5)));
        var after = NoticeSuspended.After(resumed!);
        Assert.Equal((ApplicationState.UnderPublicNotice, Deadlines.AfterWorkingDays(resumedAt, 5)), (after.State, after.Notice!.EndsAt));
    }

    [Fact]
    public void the_notice_stays_suspended_while_another_objection_suspends_it()
    {
        var twice = ApplicationAfter(NoticeSuspended, new PublicNoticeSuspended(TheApplicationId, "objection-2", Now, 5));
        var resumed = twice.ResumeNotice(TheObjectionId, Now.AddDays(1), Deadlines);

        Then.Recorded(resumed, new PublicNoticeResumed(TheApplicationId, TheObjectionId, Now.AddDays(1), null));
        var after = twice.After(resumed!);
        Assert.Equal(ApplicationState.NoticeSuspended, after.State);
        Assert.Equal(["objection-2"], after.Notice!.SuspendedBy);
    }

    [Fact]
    public void an_objection_that_did_not_suspend_the_notice_resumes_nothing()
    {
        Then.RecordedNothing(NoticeSuspended.ResumeNotice("objection-other", Now, Deadlines));
        Then.RecordedNothing(UnderNotice.ResumeNotice(TheObjectionId, Now, Deadlines));
    }

    // ---- approval ----

    [Fact]
    public void a_clerk_other_than_the_one_who_accepted_may_approve() =>
        Then.Allowed(() => AwaitingApproval.EnsureApprovable(SecondClerk));

    [Fact]
    public void the_clerk_who_accepted_does_not_also_approve() =>
        Then.Refused(() => AwaitingApproval.EnsureApprovable(Clerk), "approver-accepted-application");

    [Fact]
    public void an_application_under_notice_is_not_approved_before_notice_ends() =>
        Then.Refused(() => UnderNotice.EnsureApprovable(SecondClerk), "application-under-public-notice");

    [Fact]
    public void an_application_whose_notice_is_suspended_is_not_approved() =>
        Then.Refused(() => NoticeSuspended.EnsureApprovable(SecondClerk), "application-notice-suspended");

    [Fact]
    public void an_application_not_yet_accepted_is_not_approved() =>
        Then.Refused(() => InitialSubmitted.EnsureApprovable(SecondClerk), "application-not-accepted");

    [Fact]
    public void approval_closes_the_application_and_names_the_asset()
    {
        var after = AwaitingApproval.After(new ApplicationApproved(TheApplicationId, Number, SecondClerk, Now));

        Assert.Equal((ApplicationState.Approved, Number, Now, true), (after.State, after.RegistrationNumber, after.ClosedAt, after.IsClosed));
    }

    [Fact]
    public void refusal_at_approval_records_the_reasons()
    {
        var refused = AwaitingApproval.Refuse(["不符合条件"], SecondClerk, Now);

        Then.Recorded(refused, new ApplicationRefused(TheApplicationId, ["不符合条件"], SecondClerk, Now));
        Assert.Equal(ApplicationState.Refused, AwaitingApproval.After(refused).State);
    }

    [Fact]
    public void an_application_whose_notice_an_objection_suspended_may_be_refused() =>
        Then.Recorded(NoticeSuspended.Refuse(["异议成立"], SecondClerk, Now), new ApplicationRefused(TheApplicationId, ["异议成立"], SecondClerk, Now));

    [Fact]
    public void an_application_at_formal_review_is_not_refused_but_rejected() =>
        Then.Refused(() => InitialSubmitted.Refuse(["不符合条件"], SecondClerk, Now), "application-not-accepted");

    [Fact]
    public void an_event_of_another_stream_is_not_folded_into_an_application() =>
        Assert.Throws<ArgumentException>(() => InitialSubmitted.After(new object()));

    [Fact]
    public void an_application_owes_a_reply_once_its_limit_has_passed()
    {
        Assert.False(InitialSubmitted.IsOverdueAt(InitialSubmitted.ReplyDueAt!.Value));
        Assert.True(InitialSubmitted.IsOverdueAt(InitialSubmitted.ReplyDueAt!.Value.AddTicks(1)));
        Assert.False(UnderNotice.IsOverdueAt(Now.AddYears(1)));
    }
}
