using AssetRegistry.InitialRegistration;
using AssetRegistry.Security;
using AssetRegistry.Verification.Identifiers;

namespace AssetRegistry.Applications;

public enum ApplicationKind
{
    /// <summary>首次登记.</summary>
    Initial,
    /// <summary>许可登记.</summary>
    License,
    /// <summary>转移登记.</summary>
    Transfer,
    /// <summary>变更登记.</summary>
    Change,
    /// <summary>注销登记.</summary>
    Cancellation,
    /// <summary>续展: renewal of the registration's validity, in its last 90 days.</summary>
    Renewal,
}

public enum ApplicationState
{
    /// <summary>Waiting for the counterparty (licensee, new holder) to consent with its own credentials.</summary>
    AwaitingConsent,
    /// <summary>Waiting for formal review (形式审查).</summary>
    Submitted,
    /// <summary>Returned for correction (补正); the applicant resubmits or it lapses.</summary>
    AwaitingCorrection,
    /// <summary>Under public notice (公示).</summary>
    UnderPublicNotice,
    /// <summary>Public notice suspended by an objection filed during it; resumes with the working days it had left.</summary>
    NoticeSuspended,
    /// <summary>Waiting for approval (核准).</summary>
    AwaitingApproval,
    Approved,
    Rejected,
    Refused,
    Withdrawn,
    Lapsed,
}

/// <summary>The party that applied, as recorded: its code from the token, its legal name as stated.</summary>
public sealed record Applicant(string PartyCode, string Name);

public sealed record PublicNotice(DateTimeOffset StartedAt, DateTimeOffset EndsAt, int WorkingDays)
{
    /// <summary>The objections suspending the notice; it resumes when the last of them ends in the applicant's favour.</summary>
    public IReadOnlyList<string> SuspendedBy { get; init; } = [];

    public int? WorkingDaysLeftWhenSuspended { get; init; }
}

public sealed record CorrectionRequest(IReadOnlyList<string> WhatToCorrect, DateTimeOffset Deadline, string RequestedBy, DateTimeOffset RequestedAt);

/// <summary>
/// An application going through the procedure: (consent →) submitted → formal review → (public notice →) approval.
/// What it asks for is its <see cref="Subject"/>, one type per registration kind, declared in the kind's folder
/// together with the kind's <c>Create</c> (a <c>partial</c> member here, since Marten folds one type). Each decision
/// is a method that takes the actor and <c>now</c> and returns the events to record, or throws a <see cref="Refusal"/>;
/// <c>Apply</c> methods fold recorded events back into state.
/// </summary>
public sealed partial record Application(
    string Id,
    ApplicationKind Kind,
    ApplicationState State,
    Applicant Applicant,
    AssetKind AssetKind,
    string AssetName,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? ReplyDueAt)
{
    public long Version { get; init; }

    public required ApplicationSubject Subject { get; init; }

    /// <summary>The parties of <see cref="ApplicationSubject.ConsentsAwaited"/> who have consented so far.</summary>
    public IReadOnlyList<string> ConsentedBy { get; init; } = [];
    public DateTimeOffset? ConsentedAt { get; init; }
    public string? AcceptedBy { get; init; }
    public PublicNotice? Notice { get; init; }
    public CorrectionRequest? Correction { get; init; }
    /// <summary>The asset concerned: known from submission, or (initial registration) given at approval.</summary>
    public string? RegistrationNumber { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }

    public bool IsClosed => State is ApplicationState.Approved or ApplicationState.Rejected or ApplicationState.Refused
        or ApplicationState.Withdrawn or ApplicationState.Lapsed;

    /// <summary>The registry owes a reply (formal review or approval) and its reply limit has passed.</summary>
    public bool IsOverdueAt(DateTimeOffset now) =>
        State is ApplicationState.Submitted or ApplicationState.AwaitingApproval && ReplyDueAt < now;

    public IEnumerable<string> PartyCodes => [Applicant.PartyCode, .. Subject.ConsentsAwaited.Select(p => p.PartyCode)];

    public bool HasPublicNotice => Subject.HasPublicNotice;

    /// <summary>
    /// A new application of any kind, as its kind's <c>Create</c> opens it: waiting for consent when its subject awaits
    /// any, else for formal review (whose reply limit, <paramref name="replyDueAt"/>, then runs).
    /// </summary>
    public static Application Open(string id, ApplicationSubject subject, Applicant applicant, AssetKind assetKind, string assetName,
        DateTimeOffset submittedAt, DateTimeOffset? replyDueAt, string? registrationNumber = null)
    {
        var awaitsConsent = subject.ConsentsAwaited.Count > 0;
        return new(id, subject.Kind, awaitsConsent ? ApplicationState.AwaitingConsent : ApplicationState.Submitted, applicant, assetKind, assetName,
            submittedAt, awaitsConsent ? null : replyDueAt)
        {
            Subject = subject,
            RegistrationNumber = registrationNumber,
        };
    }

    /// <summary>Review may start once every party awaited has consented.</summary>
    public Application Apply(CounterpartyConsented consented)
    {
        var consentedBy = ConsentedBy.Append(consented.Party.PartyCode).Distinct(StringComparer.Ordinal).ToArray();
        return Subject.ConsentsAwaited.All(p => consentedBy.Contains(p.PartyCode))
            ? this with { ConsentedBy = consentedBy, State = ApplicationState.Submitted, ConsentedAt = consented.ConsentedAt, ReplyDueAt = consented.ReplyDueAt }
            : this with { ConsentedBy = consentedBy };
    }

    public Application Apply(ApplicationAccepted accepted) => this with
    {
        State = ApplicationState.AwaitingApproval,
        AcceptedBy = accepted.AcceptedBy.UserId,
        ReplyDueAt = accepted.ApprovalDueAt,
    };

    public Application Apply(PublicNoticeStarted started) => this with
    {
        State = ApplicationState.UnderPublicNotice,
        Notice = new PublicNotice(started.StartedAt, started.EndsAt, started.WorkingDays),
        ReplyDueAt = null,
    };

    public Application Apply(PublicNoticeSuspended suspended) => this with
    {
        State = ApplicationState.NoticeSuspended,
        Notice = Notice! with { SuspendedBy = [.. Notice.SuspendedBy, suspended.ObjectionId], WorkingDaysLeftWhenSuspended = suspended.WorkingDaysLeft },
    };

    public Application Apply(PublicNoticeResumed resumed)
    {
        var stillSuspending = Notice!.SuspendedBy.Where(o => o != resumed.ObjectionId).ToArray();
        return resumed.EndsAt is { } endsAt
            ? this with { State = ApplicationState.UnderPublicNotice, Notice = Notice with { EndsAt = endsAt, SuspendedBy = [], WorkingDaysLeftWhenSuspended = null } }
            : this with { Notice = Notice with { SuspendedBy = stillSuspending } };
    }

    public Application Apply(PublicNoticeEnded ended) => this with { State = ApplicationState.AwaitingApproval, ReplyDueAt = ended.ApprovalDueAt };

    public Application Apply(ApplicationRejected rejected) => this with { State = ApplicationState.Rejected, ClosedAt = rejected.RejectedAt, ReplyDueAt = null };

    public Application Apply(CorrectionRequested requested) => this with
    {
        State = ApplicationState.AwaitingCorrection,
        Correction = new CorrectionRequest(requested.WhatToCorrect, requested.Deadline, requested.RequestedBy.UserId, requested.RequestedAt),
        ReplyDueAt = null,
    };

    public Application Apply(ApplicationResubmitted resubmitted) => this with
    {
        State = ApplicationState.Submitted,
        Subject = Subject.CorrectedBy(resubmitted),
        AssetName = resubmitted.Details?.Name ?? AssetName,
        Correction = null,
        ReplyDueAt = resubmitted.ReplyDueAt,
    };

    public Application Apply(ApplicationWithdrawn withdrawn) => this with { State = ApplicationState.Withdrawn, ClosedAt = withdrawn.WithdrawnAt, ReplyDueAt = null };

    public Application Apply(ApplicationLapsed lapsed) => this with { State = ApplicationState.Lapsed, ClosedAt = lapsed.LapsedAt, ReplyDueAt = null };

    public Application Apply(ApplicationApproved approved) => this with
    {
        State = ApplicationState.Approved,
        RegistrationNumber = approved.RegistrationNumber ?? RegistrationNumber,
        ClosedAt = approved.ApprovedAt,
        ReplyDueAt = null,
    };

    public Application Apply(ApplicationRefused refused) => this with { State = ApplicationState.Refused, ClosedAt = refused.RefusedAt, ReplyDueAt = null };

    /// <summary>The state after one more event (what Marten does with the Apply methods; not named Evolve, which Marten would take as its own convention).</summary>
    public Application After(object @event) => @event switch
    {
        CounterpartyConsented e => Apply(e),
        ApplicationAccepted e => Apply(e),
        PublicNoticeStarted e => Apply(e),
        PublicNoticeEnded e => Apply(e),
        PublicNoticeSuspended e => Apply(e),
        PublicNoticeResumed e => Apply(e),
        ApplicationRejected e => Apply(e),
        CorrectionRequested e => Apply(e),
        ApplicationResubmitted e => Apply(e),
        ApplicationWithdrawn e => Apply(e),
        ApplicationLapsed e => Apply(e),
        ApplicationApproved e => Apply(e),
        ApplicationRefused e => Apply(e),
        ReviewReportConfirmed e => Apply(e),
        ReviewReportDeclined e => Apply(e),
        _ => throw new ArgumentException($"{@event.GetType().Name} is not an event of an application.", nameof(@event)),
    };

    // ---- decisions ----

    /// <summary>Formal review passed (形式审查). Initial registrations then go under public notice.</summary>
    public object[] Accept(Actor clerk, DateTimeOffset now, ProcedureDeadlines deadlines)
    {
        RequireState(ApplicationState.Submitted, Acts.Accept);
        Subject.EnsureAcceptable();
        var accepted = new ApplicationAccepted(Id, clerk, now, deadlines.ReplyDue(now));
        if (!HasPublicNotice || deadlines.NoticeWorkingDays == 0)
        {
            return [accepted];
        }

        return [accepted, new PublicNoticeStarted(Id, now, deadlines.NoticeEnds(now), deadlines.NoticeWorkingDays)];
    }

    /// <summary>A party whose consent the application awaits consents with its own credentials; review starts once all have.</summary>
    public CounterpartyConsented Consent(Actor counterparty, DateTimeOffset now, ProcedureDeadlines deadlines)
    {
        var party = Subject.ConsentsAwaited.FirstOrDefault(p => counterparty.Speaks(p.PartyCode))
            ?? throw new Refusal(Refusals.NotTheCounterparty);
        if (State != ApplicationState.AwaitingConsent || ConsentedBy.Contains(party.PartyCode))
        {
            throw new Refusal(Refusals.ConsentNotAwaited, ("state", Describe(State)));
        }

        return new CounterpartyConsented(Id, party, counterparty, now, deadlines.ReplyDue(now));
    }

    public ApplicationRejected Reject(IReadOnlyList<string> reasons, Actor clerk, DateTimeOffset now)
    {
        RequireState(ApplicationState.Submitted, Acts.Reject);
        return new ApplicationRejected(Id, reasons, clerk, now);
    }

    public CorrectionRequested RequestCorrection(IReadOnlyList<string> whatToCorrect, DateTimeOffset deadline, Actor clerk, DateTimeOffset now)
    {
        RequireState(ApplicationState.Submitted, Acts.RequestCorrection);
        if (deadline <= now)
        {
            throw Refusal.Invalid("deadline", Refusals.DeadlineNotInFuture);
        }

        return new CorrectionRequested(Id, whatToCorrect, deadline, clerk, now);
    }

    public ApplicationResubmitted Resubmit(InitialRegistrationDetails? details, IReadOnlyList<string> changedFields, Actor applicant, DateTimeOffset now, ProcedureDeadlines deadlines)
    {
        RequireApplicant(applicant);
        if (State != ApplicationState.AwaitingCorrection)
        {
            throw new Refusal(IsClosed ? Refusals.ApplicationClosed : Refusals.ApplicationNotAwaitingCorrection, ("act", Acts.Resubmit), ("state", Describe(State)));
        }

        return new ApplicationResubmitted(Id, details, changedFields, applicant, now, deadlines.ReplyDue(now));
    }

    public ApplicationWithdrawn Withdraw(string? reason, Actor applicant, DateTimeOffset now)
    {
        RequireApplicant(applicant);
        if (IsClosed)
        {
            throw new Refusal(Refusals.ApplicationClosed, ("act", Acts.Withdraw), ("state", Describe(State)));
        }

        return new ApplicationWithdrawn(Id, reason, applicant, now);
    }

    /// <summary>
    /// An objection filed during public notice suspends it at once, keeping the working days it had left
    /// (at least the one it was suspended on).
    /// </summary>
    public PublicNoticeSuspended SuspendNotice(string objectionId, DateTimeOffset now, ProcedureDeadlines deadlines)
    {
        if (State == ApplicationState.NoticeSuspended)
        {
            return new PublicNoticeSuspended(Id, objectionId, now, Notice!.WorkingDaysLeftWhenSuspended ?? 1);
        }

        if (State != ApplicationState.UnderPublicNotice)
        {
            throw new Refusal(Refusals.ApplicationNotUnderNotice, "applicationId", ("act", Acts.Object), ("state", Describe(State)));
        }

        return new PublicNoticeSuspended(Id, objectionId, now, Math.Max(1, deadlines.WorkingDaysLeft(now, Notice!.EndsAt)));
    }

    /// <summary>
    /// The objection ended in the applicant's favour (refused, withdrawn, dismissed, lapsed): the notice
    /// resumes with the days it had left once no other objection suspends it; null if it was not suspended by it.
    /// </summary>
    public PublicNoticeResumed? ResumeNotice(string objectionId, DateTimeOffset now, ProcedureDeadlines deadlines)
    {
        if (State != ApplicationState.NoticeSuspended || !Notice!.SuspendedBy.Contains(objectionId))
        {
            return null;
        }

        var last = Notice.SuspendedBy.Count == 1;
        return new PublicNoticeResumed(Id, objectionId, now, last ? deadlines.AfterWorkingDays(now, Notice.WorkingDaysLeftWhenSuspended ?? 1) : null);
    }

    /// <summary>Public notice ends by itself on time; null when it is not (or no longer) due.</summary>
    public PublicNoticeEnded? EndNoticeIfDue(DateTimeOffset now, ProcedureDeadlines deadlines) =>
        State == ApplicationState.UnderPublicNotice && Notice is { } notice && now >= notice.EndsAt
            ? new PublicNoticeEnded(Id, notice.EndsAt, now, deadlines.ReplyDue(now))
            : null;

    /// <summary>An unanswered request for correction lapses the application; null when not due.</summary>
    public ApplicationLapsed? LapseIfDue(DateTimeOffset now) =>
        State == ApplicationState.AwaitingCorrection && Correction is { } correction && now >= correction.Deadline
            ? new ApplicationLapsed(Id, correction.Deadline, now)
            : null;

    /// <summary>
    /// Approval (核准) by a clerk other than the one who accepted the application (four eyes).
    /// </summary>
    public void EnsureApprovable(Actor clerk)
    {
        if (State == ApplicationState.NoticeSuspended)
        {
            throw new Refusal(Refusals.ApplicationNoticeSuspended, ("act", Acts.Approve), ("state", Describe(State)));
        }

        if (State == ApplicationState.UnderPublicNotice)
        {
            throw new Refusal(Refusals.ApplicationUnderPublicNotice, ("act", Acts.Approve),
                ("state", new Sentence($"正在公示，公示期至 {Notice!.EndsAt:u} 届满", $"under public notice until {Notice!.EndsAt:u}")));
        }

        RequireState(ApplicationState.AwaitingApproval, Acts.Approve);
        if (string.Equals(AcceptedBy, clerk.UserId, StringComparison.Ordinal))
        {
            throw new Refusal(Refusals.ApproverAcceptedApplication);
        }
    }

    /// <summary>Refusal at approval; also of an application whose notice an upheld objection suspended.</summary>
    public ApplicationRefused Refuse(IReadOnlyList<string> reasons, Actor clerk, DateTimeOffset now)
    {
        if (State != ApplicationState.NoticeSuspended)
        {
            RequireState(ApplicationState.AwaitingApproval, Acts.Refuse);
        }

        return new ApplicationRefused(Id, reasons, clerk, now);
    }

    private void RequireApplicant(Actor actor)
    {
        if (!actor.Speaks(Applicant.PartyCode))
        {
            throw new Refusal(Refusals.NotYourApplication);
        }
    }

    /// <summary>The code names the state the application is in (never the one the act needed), so it reads true whatever was asked.</summary>
    private void RequireState(ApplicationState required, Sentence act)
    {
        if (State == required)
        {
            return;
        }

        var code = IsClosed ? Refusals.ApplicationAlreadyDecided : State switch
        {
            ApplicationState.AwaitingConsent => Refusals.ApplicationAwaitingConsent,
            ApplicationState.Submitted => Refusals.ApplicationNotAccepted,
            ApplicationState.AwaitingCorrection => Refusals.ApplicationAwaitingCorrection,
            ApplicationState.UnderPublicNotice => Refusals.ApplicationUnderPublicNotice,
            ApplicationState.NoticeSuspended => Refusals.ApplicationNoticeSuspended,
            _ => Refusals.ApplicationAlreadyAccepted,
        };
        throw new Refusal(code, ("act", act), ("state", Describe(State)));
    }

    /// <summary>The state as a refusal says it: "该申请……" / "it is …".</summary>
    public static Sentence Describe(ApplicationState state) => state switch
    {
        ApplicationState.AwaitingConsent => new("正在等待相对方同意", "waiting for the counterparty's consent"),
        ApplicationState.Submitted => new("正在等待形式审查", "waiting for formal review"),
        ApplicationState.AwaitingCorrection => new("已退回补正", "returned for correction"),
        ApplicationState.UnderPublicNotice => new("正在公示", "under public notice"),
        ApplicationState.NoticeSuspended => new("正在公示，公示因异议而中止", "under public notice, suspended by an objection"),
        ApplicationState.AwaitingApproval => new("正在等待核准", "waiting for approval"),
        ApplicationState.Approved => new("已核准", "approved"),
        ApplicationState.Rejected => new("已驳回", "rejected"),
        ApplicationState.Refused => new("已不予登记", "refused"),
        ApplicationState.Withdrawn => new("已撤回", "withdrawn"),
        ApplicationState.Lapsed => new("已失效", "lapsed"),
        _ => new(state.ToString(), state.ToString()),
    };

    /// <summary>What was asked of the application, as a refusal says it: "无法……" / "Cannot … the application".</summary>
    private static class Acts
    {
        public static readonly Sentence Accept = new("受理该申请", "accept");
        public static readonly Sentence Reject = new("驳回该申请", "reject");
        public static readonly Sentence RequestCorrection = new("要求补正该申请", "request a correction of");
        public static readonly Sentence Approve = new("核准该申请", "approve");
        public static readonly Sentence Refuse = new("对该申请作出不予登记决定", "refuse");
        public static readonly Sentence Resubmit = new("重新提交该申请", "resubmit");
        public static readonly Sentence Withdraw = new("撤回该申请", "withdraw");
        public static readonly Sentence Object = new("对该申请提出异议", "file an objection to");
    }
}
