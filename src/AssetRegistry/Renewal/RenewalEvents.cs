using AssetRegistry.Register;
using AssetRegistry.Assets;
using AssetRegistry.Applications;
using AssetRegistry.Security;
using AssetRegistry.Verification.Identifiers;

namespace AssetRegistry.Renewal;

/// <summary>The holder applied to renew the registration (续展) in its last 90 days.</summary>
public sealed record RenewalApplied(
    string ApplicationId, string RegistrationNumber, AssetKind AssetKind, string AssetName, Applicant Applicant,
    Actor SubmittedBy, DateTimeOffset SubmittedAt, DateTimeOffset ReplyDueAt);

/// <summary>A renewal (续展) was approved: the registration is valid until <see cref="ValidUntil"/>.</summary>
public sealed record RegistrationRenewed(
    string RegistrationNumber, string ApplicationId, DateTimeOffset PreviousValidUntil, DateTimeOffset ValidUntil, Actor ApprovedBy, DateTimeOffset RenewedAt) : IRecordsRegistration
{
    // The new validity is on the asset and in the certificate; the register names no counterparty.
}
