using System.Text.Json.Serialization;
using AssetRegistry.Assets;
using AssetRegistry.Infrastructure.Http;

namespace AssetRegistry.Changing;

/// <summary>
/// The registered items a change registration (变更登记) changes; null means unchanged. It can change the
/// data's metadata, the holder's name under the same code, and a license's terms — never who holds.
/// A correction (更正登记) asks for its changes in the same shape, and they are validated alike.
/// </summary>
/// <remarks>The orders keep the members after the registered items, where <c>ChangeApplied</c> events have them.</remarks>
public sealed record ChangeRequest(
    string? Name,
    string? Industry,
    IReadOnlyList<string>? ApplicationScenarios,
    string? DataSource,
    string? StructureAndScale,
    string? UpdateFrequency,
    string? ProcessingRules,
    string? NotarisationStatus,
    [property: JsonPropertyOrder(1)] string? HolderName,
    [property: JsonPropertyOrder(1)] LicenseTermsChange? License)
    : RegisteredItemChanges(Name, Industry, ApplicationScenarios, DataSource, StructureAndScale, UpdateFrequency, ProcessingRules, NotarisationStatus)
{
    public const int HolderNameLength = 200;

    /// <summary>The change asked for, each item given checked against the registered items' limits and trimmed.</summary>
    public static ChangeRequest Validate(RegisteredItemChanges items, string? holderName, LicenseTermsChange? license, FieldErrors errors)
    {
        var valid = items.Validated(errors);
        if (holderName is not null)
        {
            errors.RequireText(holderName, "holderName", HolderNameLength);
        }

        return new ChangeRequest(valid.Name, valid.Industry, valid.ApplicationScenarios, valid.DataSource, valid.StructureAndScale,
            valid.UpdateFrequency, valid.ProcessingRules, valid.NotarisationStatus, holderName?.Trim(), license);
    }
}

/// <summary>New terms for one license on the asset: its scope, last day, or sub-licensing.</summary>
public sealed record LicenseTermsChange(string LicenseId, IReadOnlyList<string>? Scope, DateOnly? EndsOn, bool? SubLicensingAllowed);
