using AssetRegistry.Cancelling;
using AssetRegistry.Changing;
using AssetRegistry.InitialRegistration;
using AssetRegistry.Licensing;
using AssetRegistry.Transferring;
using AssetRegistry.Verification.Identifiers;
using AssetRegistry.Security;

namespace AssetRegistry.Applications;

/// <summary>The counterparty (licensee, new holder) consented with its own credentials.</summary>
public sealed record CounterpartyConsented(string ApplicationId, Applicant Party, Actor ConsentedBy, DateTimeOffset ConsentedAt, DateTimeOffset ReplyDueAt);

/// <summary>Formal review (形式审查) passed.</summary>
public sealed record ApplicationAccepted(string ApplicationId, Actor AcceptedBy, DateTimeOffset AcceptedAt, DateTimeOffset ApprovalDueAt);

/// <summary>Formal review refused the application, with reasons.</summary>
public sealed record ApplicationRejected(string ApplicationId, IReadOnlyList<string> Reasons, Actor RejectedBy, DateTimeOffset RejectedAt);

/// <summary>Returned for correction (补正): what to correct, and by when.</summary>
public sealed record CorrectionRequested(string ApplicationId, IReadOnlyList<string> WhatToCorrect, DateTimeOffset Deadline, Actor RequestedBy, DateTimeOffset RequestedAt);

/// <summary>
/// The applicant answered a correction request; <see cref="Details"/> is the whole corrected initial
/// application (null for the other kinds, whose corrections are in the documents they cite).
/// </summary>
public sealed record ApplicationResubmitted(
    string ApplicationId, InitialRegistrationDetails? Details, IReadOnlyList<string> ChangedFields, Actor ResubmittedBy, DateTimeOffset ResubmittedAt, DateTimeOffset ReplyDueAt);

public sealed record ApplicationWithdrawn(string ApplicationId, string? Reason, Actor WithdrawnBy, DateTimeOffset WithdrawnAt);

/// <summary>A correction request went unanswered until its deadline.</summary>
public sealed record ApplicationLapsed(string ApplicationId, DateTimeOffset Deadline, DateTimeOffset LapsedAt);

/// <summary>Public notice (公示) began: anyone may see the application's public fields and object.</summary>
public sealed record PublicNoticeStarted(string ApplicationId, DateTimeOffset StartedAt, DateTimeOffset EndsAt, int WorkingDays);

/// <summary>An objection filed during public notice suspended it, with <see cref="WorkingDaysLeft"/> to run.</summary>
public sealed record PublicNoticeSuspended(string ApplicationId, string ObjectionId, DateTimeOffset SuspendedAt, int WorkingDaysLeft);

/// <summary>
/// An objection that suspended the notice ended in the applicant's favour; with <see cref="EndsAt"/> the
/// notice runs again (no other objection suspends it), without it other objections still do.
/// </summary>
public sealed record PublicNoticeResumed(string ApplicationId, string ObjectionId, DateTimeOffset ResumedAt, DateTimeOffset? EndsAt);

/// <summary>Public notice ended on time (<see cref="EndsAt"/>); recorded at <see cref="RecordedAt"/>, which is later if the registry was down.</summary>
public sealed record PublicNoticeEnded(string ApplicationId, DateTimeOffset EndsAt, DateTimeOffset RecordedAt, DateTimeOffset ApprovalDueAt);

/// <summary>Approved (核准): the registration is made on the asset <see cref="RegistrationNumber"/>.</summary>
public sealed record ApplicationApproved(string ApplicationId, string? RegistrationNumber, Actor ApprovedBy, DateTimeOffset ApprovedAt);

/// <summary>Refused at approval, with reasons.</summary>
public sealed record ApplicationRefused(string ApplicationId, IReadOnlyList<string> Reasons, Actor RefusedBy, DateTimeOffset RefusedAt);
