using AssetRegistry.Applications;
using AssetRegistry.Cancelling;
using AssetRegistry.InitialRegistration;
using AssetRegistry.Licensing;
using AssetRegistry.Security;
using AssetRegistry.Transferring;

namespace AssetRegistry.Assets;

/// <summary>A license registration (许可登记) was approved: the licensee holds a processing-use right (数据加工使用权).</summary>
public sealed record LicenseRegistered(
    string RegistrationNumber, string LicenseId, string ApplicationId, Applicant Licensor, Applicant Licensee, LicenseTerms Terms,
    Actor ApprovedBy, DateTimeOffset RegisteredAt);

/// <summary>
/// A transfer registration (转移登记) was approved: the holding (or operating) right moved to
/// <see cref="NewHolder"/>. Licenses survive: they bind the asset.
/// </summary>
public sealed record TransferRegistered(
    string RegistrationNumber, string ApplicationId, Applicant PreviousHolder, Applicant NewHolder, TransferGround Ground,
    string? BasisFingerprint, Actor ApprovedBy, DateTimeOffset RegisteredAt);

/// <summary>One registered item changed, with its value before and after (both as shown on the register).</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

/// <summary>
/// A change registration (变更登记) was approved: registered items changed — metadata, the holder's name
/// under the same code, a license's terms — never who holds.
/// </summary>
public sealed record ChangeRegistered(
    string RegistrationNumber, string ApplicationId, IReadOnlyList<FieldChange> Changes, InitialRegistrationDetails DetailsAfter,
    string HolderNameAfter, string? LicenseId, LicenseTerms? LicenseTermsAfter, Actor ApprovedBy, DateTimeOffset RegisteredAt);

/// <summary>A cancellation registration (注销登记) of the asset was approved: it accepts no further registration; its history stays.</summary>
public sealed record AssetCancelled(
    string RegistrationNumber, string? ApplicationId, CancellationGround Ground, string? BasisFingerprint, Actor ApprovedBy, DateTimeOffset CancelledAt);

/// <summary>A license was cancelled before its term (a cancellation registration of that license).</summary>
public sealed record LicenseCancelled(
    string RegistrationNumber, string LicenseId, string ApplicationId, CancellationGround Ground, string? BasisFingerprint, Actor ApprovedBy, DateTimeOffset CancelledAt);
