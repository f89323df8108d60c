using System.Text.Json;
using AssetRegistry.Applications;
using AssetRegistry.Licensing;

namespace AssetRegistry.Assets;

/// <summary>
/// What a registration rests on and what it did (用必有据): its ground and the fingerprint of the document
/// behind it where there is one, the parties it names, the license terms, the fields changed with their
/// values before and after. Only what the registration kind has is present.
/// </summary>
public sealed record RegistrationBasis
{
    public string? Ground { get; init; }
    /// <summary>SHA-256 of the document the registration rests on: the review report of an initial registration, the contract, judgment or order of the others.</summary>
    public string? DocumentFingerprint { get; init; }
    public Applicant? Holder { get; init; }
    public RightType? Right { get; init; }
    public string? LicenseId { get; init; }
    public Applicant? Licensor { get; init; }
    public Applicant? Licensee { get; init; }
    public LicenseTerms? LicenseTerms { get; init; }
    public Applicant? PreviousHolder { get; init; }
    public Applicant? NewHolder { get; init; }
    public IReadOnlyList<FieldChange>? Changes { get; init; }

    // Transfer and cancellation grounds are different enums; written as JSON writes enum values (camelCase).
    public static string NameOf(Enum ground) => JsonNamingPolicy.CamelCase.ConvertName(ground.ToString());
}
