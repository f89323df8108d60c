using AssetRegistry.Register;
using AssetRegistry.Assets;
using AssetRegistry.Applications;
using AssetRegistry.Security;
using AssetRegistry.Verification.Identifiers;

namespace AssetRegistry.Licensing;

/// <summary>The holder applied to license the asset (许可登记); waits for the licensee's consent.</summary>
public sealed record LicenseApplied(
    string ApplicationId, string RegistrationNumber, AssetKind AssetKind, string AssetName, Applicant Applicant, Applicant Licensee,
    LicenseTerms Terms, Actor SubmittedBy, DateTimeOffset SubmittedAt);

/// <summary>A license registration (许可登记) was approved: the licensee holds a processing-use right (数据加工使用权).</summary>
public sealed record LicenseRegistered(
    string RegistrationNumber, string LicenseId, string ApplicationId, Applicant Licensor, Applicant Licensee, LicenseTerms Terms,
    Actor ApprovedBy, DateTimeOffset RegisteredAt) : IRecordsRegistration, IApprovedOnApplication
{
    public RegistrationBasis Basis() => new() { LicenseId = LicenseId, Licensor = Licensor, Licensee = Licensee, LicenseTerms = Terms };

    public PublicRegisterEntry OnRegister(PublicRegisterEntry entry, Asset? before, Asset after) => entry.With(CounterpartyRole.Licensee, Licensee);
}
