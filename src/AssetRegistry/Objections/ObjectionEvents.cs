using AssetRegistry.Applications;
using AssetRegistry.Security;

namespace AssetRegistry.Objections;

/// <summary>
/// An interested party filed an objection (异议) against an asset or an application under public notice,
/// with its grounds and evidence (uploaded documents, by fingerprint).
/// </summary>
public sealed record ObjectionFiled(
    string ObjectionId, Applicant Objector, string? RegistrationNumber, string? ApplicationId, string Grounds, IReadOnlyList<string> Evidence,
    Actor FiledBy, DateTimeOffset FiledAt);

/// <summary>A clerk registered the objection (异议登记); it lapses at <see cref="LapsesAt"/> unless a lawsuit is proved.</summary>
public sealed record ObjectionRegistered(string ObjectionId, Actor RegisteredBy, DateTimeOffset RegisteredAt, DateTimeOffset LapsesAt);

/// <summary>A clerk refused to register the objection, with reasons.</summary>
public sealed record ObjectionRefused(string ObjectionId, IReadOnlyList<string> Reasons, Actor RefusedBy, DateTimeOffset RefusedAt);

/// <summary>The objector proved a lawsuit or arbitration: the objection stays open until a clerk records the outcome.</summary>
public sealed record LawsuitProofFiled(string ObjectionId, string DocumentFingerprint, Actor FiledBy, DateTimeOffset FiledAt);

public sealed record ObjectionWithdrawn(string ObjectionId, Actor WithdrawnBy, DateTimeOffset WithdrawnAt);

/// <summary>The dispute ended against the objector.</summary>
public sealed record ObjectionDismissed(string ObjectionId, IReadOnlyList<string> Reasons, Actor DismissedBy, DateTimeOffset DismissedAt);

/// <summary>The dispute ended for the objector; a correction registration (更正登记) may follow on its basis.</summary>
public sealed record ObjectionUpheld(string ObjectionId, string Decision, Actor UpheldBy, DateTimeOffset UpheldAt);

/// <summary>No proof of a lawsuit or arbitration by the deadline: the objection lapsed by itself.</summary>
public sealed record ObjectionLapsed(string ObjectionId, DateTimeOffset LapsesAt, DateTimeOffset RecordedAt);
