using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Verification.Identifiers;

namespace AssetRegistry.Portfolios;

/// <summary>
/// An asset in a party's portfolio and the right the party has on it: holding (a resource it holds),
/// operating (a product it operates) or processing-use (a license); for a license, its terms and whether it
/// is in force now or starts later. <see cref="Status"/> shows a cancelled or expired asset for what it is.
/// </summary>
public sealed record PortfolioEntry(
    string RegistrationNumber, AssetKind Kind, string Name, RightType Right, AssetStatus Status, Applicant Holder, DateTimeOffset ValidUntil,
    LicenseView? License, bool? LicenseInForce)
{
    public static PortfolioEntry Of(PartyRight right, Asset asset, DateTimeOffset now)
    {
        var license = right.LicenseId is null ? null : asset.Licenses.FirstOrDefault(l => l.LicenseId == right.LicenseId);
        return new PortfolioEntry(asset.Id, asset.Kind, asset.Name, right.Right, asset.StatusAt(now), asset.Holder, asset.ValidUntil,
            license is null ? null : LicenseView.Of(license), license?.InForceAt(now));
    }
}
