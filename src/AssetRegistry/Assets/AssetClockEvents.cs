using AssetRegistry.Applications;
using AssetRegistry.Security;

namespace AssetRegistry.Assets;

// Registrations and clocks of "objections, freezes and validity" (issue 5), as the asset's stream records them.

/// <summary>An objection (异议登记) against the asset was registered: a public warning, shown to everyone.</summary>
public sealed record ObjectionRegisteredOnAsset(
    string RegistrationNumber, string ObjectionId, Applicant Objector, string Grounds, DateTimeOffset LapsesAt, Actor RegisteredBy, DateTimeOffset RegisteredAt);

public enum ObjectionOutcome
{
    Withdrawn,
    Dismissed,
    Upheld,
    Lapsed,
}

/// <summary>A registered objection against the asset ended.</summary>
public sealed record ObjectionResolvedOnAsset(string RegistrationNumber, string ObjectionId, ObjectionOutcome Outcome, Actor ResolvedBy, DateTimeOffset ResolvedAt);

/// <summary>
/// A correction registration (更正登记), made by a clerk on an upheld objection and its decision: the one act
/// that may change the register — the holder included — without the holder applying.
/// </summary>
public sealed record CorrectionRegistered(
    string RegistrationNumber, string ObjectionId, IReadOnlyList<FieldChange> Changes, InitialRegistration.InitialRegistrationDetails DetailsAfter,
    Applicant HolderAfter, string Decision, Actor RegisteredBy, DateTimeOffset RegisteredAt);

/// <summary>A court's freeze order (查封) was recorded: every disposition is refused while it stands.</summary>
public sealed record AssetFrozen(
    string RegistrationNumber, string FreezeId, string Court, string CaseNumber, string OrderFingerprint, DateOnly? EndsOn, Actor RecordedBy, DateTimeOffset FrozenAt);

public enum FreezeEnd
{
    /// <summary>The court's release order (解除查封).</summary>
    ReleaseOrder,
    /// <summary>The freeze's term ran out.</summary>
    TermEnded,
}

/// <summary>A freeze was lifted.</summary>
public sealed record AssetUnfrozen(string RegistrationNumber, string FreezeId, FreezeEnd How, string? OrderFingerprint, Actor RecordedBy, DateTimeOffset UnfrozenAt);

/// <summary>A renewal (续展) was approved: the registration is valid until <see cref="ValidUntil"/>.</summary>
public sealed record RegistrationRenewed(
    string RegistrationNumber, string ApplicationId, DateTimeOffset PreviousValidUntil, DateTimeOffset ValidUntil, Actor ApprovedBy, DateTimeOffset RenewedAt);

/// <summary>The registration's validity ran out unrenewed; recorded when the registry's clock noticed.</summary>
public sealed record RegistrationExpired(string RegistrationNumber, DateTimeOffset ValidUntil, DateTimeOffset RecordedAt);

/// <summary>A license reached the end of its term.</summary>
public sealed record LicenseTermEnded(string RegistrationNumber, string LicenseId, DateTimeOffset EndedAt, DateTimeOffset RecordedAt);
