using AssetRegistry.Assets;

namespace AssetRegistry.Portfolios;

/// <summary>
/// A right a party has on an asset: the holding or operating right of its holder, or a licensee's
/// processing-use right until <see cref="EndsAt"/>. One row per right, so that a party's portfolio is an
/// indexed query that pages, however many assets it holds or is licensed.
/// </summary>
public sealed record PartyRight(
    string Id, string PartyCode, string RegistrationNumber, RightType Right, string? LicenseId, DateTimeOffset? EndsAt, DateTimeOffset Since)
{
    /// <summary>The asset's title row: one per asset, rewritten for the new holder by a transfer.</summary>
    public static string TitleId(string registrationNumber) => $"{registrationNumber}/title";

    public static string LicenseRowId(string registrationNumber, string licenseId) => $"{registrationNumber}/license/{licenseId}";
}
