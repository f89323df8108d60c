using AssetRegistry.Register;
using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.InitialRegistration;
using AssetRegistry.Licensing;
using AssetRegistry.Security;
using AssetRegistry.Verification.Identifiers;

namespace AssetRegistry.Changing;

/// <summary>The holder applied to change registered items (变更登记).</summary>
public sealed record ChangeApplied(
    string ApplicationId, string RegistrationNumber, AssetKind AssetKind, string AssetName, Applicant Applicant, ChangeRequest Change,
    Actor SubmittedBy, DateTimeOffset SubmittedAt, DateTimeOffset ReplyDueAt);

/// <summary>
/// A change registration (变更登记) was approved: registered items changed — metadata, the holder's name
/// under the same code, a license's terms — never who holds.
/// </summary>
public sealed record ChangeRegistered(
    string RegistrationNumber, string ApplicationId, IReadOnlyList<FieldChange> Changes, InitialRegistrationDetails DetailsAfter,
    string HolderNameAfter, string? LicenseId, LicenseTerms? LicenseTermsAfter, Actor ApprovedBy, DateTimeOffset RegisteredAt) : IRecordsRegistration, IApprovedOnApplication
{
    public RegistrationBasis Basis() => new() { Changes = Changes, LicenseId = LicenseId, LicenseTerms = LicenseTermsAfter };

    public PublicRegisterEntry OnRegister(PublicRegisterEntry entry, Asset? before, Asset after) =>
        (LicenseId is { } id ? entry.With(CounterpartyRole.Licensee, PublicRegisterEntry.LicenseeOf(after, id)) : entry)
        with { ChangedFields = PublicRegisterEntry.Fields(Changes) };
}
