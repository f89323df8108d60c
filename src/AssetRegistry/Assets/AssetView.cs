using AssetRegistry.Objections;
using AssetRegistry.Applications;
using AssetRegistry.Licensing;
using AssetRegistry.Verification.Identifiers;

namespace AssetRegistry.Assets;

/// <summary>
/// An asset as the register shows it at a moment: title, status, the licenses in force, validity and the
/// public metadata — the fields public notice shows, never fingerprints, the review report, processing rules
/// or the declaration — and the warnings anyone looking at it must see: open objections, a standing judicial
/// freeze. <see cref="AsOf"/> is set only on an answer about a past moment.
/// </summary>
public sealed record AssetView(
    string RegistrationNumber,
    AssetKind Kind,
    string Name,
    RegisteredHolder Holder,
    RightType Right,
    AssetStatus Status,
    DateTimeOffset RegisteredAt,
    DateTimeOffset ValidFrom,
    DateTimeOffset ValidUntil,
    DateTimeOffset? CancelledAt,
    IReadOnlyList<LicenseView> LicensesInForce,
    IReadOnlyList<OpenObjection> OpenObjections,
    bool Frozen,
    string Industry,
    IReadOnlyList<string> ApplicationScenarios,
    string DataSource,
    string StructureAndScale,
    string UpdateFrequency,
    IReadOnlyList<string> DerivedFrom,
    long Version,
    DateTimeOffset? AsOf = null)
{
    /// <summary>
    /// The asset as it stands at <paramref name="moment"/>: status and licenses are computed from dates, not from
    /// timers. A cancelled asset has no license in force, whatever the terms say: cancellation (注销) ends the
    /// registration every license was registered on. An expired one keeps them: renewal can still cure expiry.
    /// </summary>
    /// <remarks><paramref name="holdersRecord"/> is the holder's party record now, for the name it has there (current views only).</remarks>
    public static AssetView Of(Asset asset, DateTimeOffset moment, DateTimeOffset? asOf = null, Parties.Party? holdersRecord = null)
    {
        var status = asset.StatusAt(moment);
        LicenseView[] licenses = status == AssetStatus.Cancelled ? [] : [.. asset.LicensesInForceAt(moment).Select(LicenseView.Of)];
        return new AssetView(
            asset.Id, asset.Kind, asset.Details.Name, RegisteredHolder.Of(asset.Holder, holdersRecord), asset.Right, status, asset.RegisteredAt,
            asset.ValidFrom, asset.ValidUntil, asset.CancelledAt, licenses, asset.OpenObjections, asset.IsFrozenAt(moment),
            asset.Details.Industry, asset.Details.ApplicationScenarios, asset.Details.DataSource, asset.Details.StructureAndScale,
            asset.Details.UpdateFrequency, asset.Details.DerivedFrom, asset.Version, asOf);
    }
}

/// <summary>
/// The holder as registered: its code and the name the register has for it. After a rename (名称变更) the register keeps that
/// name until the holder's change registration; meanwhile <see cref="CurrentName"/> is the name its party record has now.
/// </summary>
public sealed record RegisteredHolder(string PartyCode, string Name, string? CurrentName = null)
{
    public static RegisteredHolder Of(Applicant registered, Parties.Party? record) =>
        new(registered.PartyCode, registered.Name, record is not null && record.Id == registered.PartyCode && record.Name != registered.Name ? record.Name : null);
}

/// <summary>A license on an asset: who holds the processing-use right (数据加工使用权), of what type, for what scope and term.</summary>
public sealed record LicenseView(
    string LicenseId, Applicant Licensee, LicenseType Type, bool SubLicensingAllowed, IReadOnlyList<string> Scope,
    DateOnly StartsOn, DateOnly EndsOn, DateTimeOffset RegisteredAt)
{
    public static LicenseView Of(License license) => new(
        license.LicenseId, license.Licensee, license.Terms.Type, license.Terms.SubLicensingAllowed, license.Terms.Scope,
        license.Terms.StartsOn, license.Terms.EndsOn, license.RegisteredAt);
}
