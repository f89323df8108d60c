namespace AssetRegistry.Changing;

/// <summary>
/// The registered items a change registration (变更登记) changes; null means unchanged. It can change the
/// data's metadata, the holder's name under the same code, and a license's terms — never who holds.
/// </summary>
public sealed record ChangeRequest(
    string? Name,
    string? Industry,
    IReadOnlyList<string>? ApplicationScenarios,
    string? DataSource,
    string? StructureAndScale,
    string? UpdateFrequency,
    string? ProcessingRules,
    string? NotarisationStatus,
    string? HolderName,
    LicenseTermsChange? License);

/// <summary>New terms for one license on the asset: its scope, last day, or sub-licensing.</summary>
public sealed record LicenseTermsChange(string LicenseId, IReadOnlyList<string>? Scope, DateOnly? EndsOn, bool? SubLicensingAllowed);
