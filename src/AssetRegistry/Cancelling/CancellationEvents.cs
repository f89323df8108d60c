using AssetRegistry.Register;
using AssetRegistry.Assets;
using AssetRegistry.Applications;
using AssetRegistry.Security;
using AssetRegistry.Verification.Identifiers;

namespace AssetRegistry.Cancelling;

/// <summary>A cancellation was applied for (注销登记): of the asset, or of one license on it.</summary>
public sealed record CancellationApplied(
    string ApplicationId, string RegistrationNumber, AssetKind AssetKind, string AssetName, Applicant Applicant, CancellationRequest Cancellation,
    Actor SubmittedBy, DateTimeOffset SubmittedAt, DateTimeOffset ReplyDueAt);

/// <summary>A cancellation registration (注销登记) of the asset was approved: it accepts no further registration; its history stays.</summary>
public sealed record AssetCancelled(
    string RegistrationNumber, string? ApplicationId, CancellationGround Ground, string? BasisFingerprint, Actor ApprovedBy, DateTimeOffset CancelledAt) : IRecordsRegistration, IApprovedOnApplication
{
    public RegistrationBasis Basis() => new() { Ground = RegistrationBasis.NameOf(Ground), DocumentFingerprint = BasisFingerprint };
}

/// <summary>A license was cancelled before its term (a cancellation registration of that license).</summary>
public sealed record LicenseCancelled(
    string RegistrationNumber, string LicenseId, string ApplicationId, CancellationGround Ground, string? BasisFingerprint, Actor ApprovedBy, DateTimeOffset CancelledAt) : IRecordsRegistration, IApprovedOnApplication
{
    public RegistrationBasis Basis() => new() { LicenseId = LicenseId, Ground = RegistrationBasis.NameOf(Ground), DocumentFingerprint = BasisFingerprint };

    public PublicRegisterEntry OnRegister(PublicRegisterEntry entry, Asset? before, Asset after) =>
        entry.With(CounterpartyRole.Licensee, PublicRegisterEntry.LicenseeOf(after, LicenseId));
}
