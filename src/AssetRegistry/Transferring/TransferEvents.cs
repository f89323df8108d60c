using AssetRegistry.Register;
using AssetRegistry.Assets;
using AssetRegistry.Applications;
using AssetRegistry.Security;
using AssetRegistry.Verification.Identifiers;

namespace AssetRegistry.Transferring;

/// <summary>A transfer was applied for (转移登记); waits for the new holder's consent.</summary>
public sealed record TransferApplied(
    string ApplicationId, string RegistrationNumber, AssetKind AssetKind, string AssetName, Applicant Applicant, TransferRequest Transfer,
    Actor SubmittedBy, DateTimeOffset SubmittedAt);

/// <summary>
/// A transfer registration (转移登记) was approved: the holding (or operating) right moved to
/// <see cref="NewHolder"/>. Licenses survive: they bind the asset.
/// </summary>
public sealed record TransferRegistered(
    string RegistrationNumber, string ApplicationId, Applicant PreviousHolder, Applicant NewHolder, TransferGround Ground,
    string? BasisFingerprint, Actor ApprovedBy, DateTimeOffset RegisteredAt) : IRecordsRegistration, IApprovedOnApplication
{
    public RegistrationBasis Basis() => new()
    {
        Ground = RegistrationBasis.NameOf(Ground), DocumentFingerprint = BasisFingerprint, PreviousHolder = PreviousHolder, NewHolder = NewHolder,
    };

    public PublicRegisterEntry OnRegister(PublicRegisterEntry entry, Asset? before, Asset after) => entry.With(CounterpartyRole.PreviousHolder, PreviousHolder);
}
