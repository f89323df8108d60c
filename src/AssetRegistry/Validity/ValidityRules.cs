using AssetRegistry.Assets;
using AssetRegistry.Cancelling;
using AssetRegistry.Security;

namespace AssetRegistry.Validity;

/// <summary>
/// What the registry's clock records on an asset, decided from its state and <c>now</c> alone: expiry on the
/// date, cancellation after the grace, the end of a license's term. Each returns null when nothing is (or is
/// any longer) due — renewed since, cancelled since, already recorded — so a late or repeated firing takes
/// effect once. Status itself never waits for these records: views compute it from the dates.
/// </summary>
public static class ValidityRules
{
    /// <summary>The end of the grace after expiry [ours: 6 months]: the clock then cancels an unrenewed registration.</summary>
    public static DateTimeOffset GraceEndsAt(Asset asset, int graceMonths)
    {
        ArgumentNullException.ThrowIfNull(asset);
        return asset.ValidUntil.AddMonths(graceMonths);
    }

    /// <summary>
    /// The registration's validity ran out unrenewed: recorded once per validity (a renewal during the grace
    /// gives a new one, which may expire in its turn). <paramref name="recorded"/> is the asset's stream.
    /// </summary>
    public static RegistrationExpired? ExpireIfDue(Asset asset, IEnumerable<object> recorded, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(asset);
        if (asset.StatusAt(now) != AssetStatus.Expired)
        {
            return null;
        }

        return recorded.OfType<RegistrationExpired>().Any(e => e.ValidUntil == asset.ValidUntil)
            ? null
            : new RegistrationExpired(asset.Id, asset.ValidUntil, now);
    }

    /// <summary>
    /// Expired, not renewed, and the grace over: the registry's clock cancels the registration (注销, ground
    /// <see cref="CancellationGround.ExpiryNotRenewed"/>). A court's freeze standing then holds the
    /// cancellation off — cancellation is a disposition, and the freeze forbids every one — until it is lifted.
    /// </summary>
    public static AssetCancelled? CancelIfGraceOver(Asset asset, DateTimeOffset now, int graceMonths)
    {
        ArgumentNullException.ThrowIfNull(asset);
        if (asset.StatusAt(now) != AssetStatus.Expired || now < GraceEndsAt(asset, graceMonths) || asset.IsFrozenAt(now))
        {
            return null;
        }

        // No application lies behind it: the basis is the recorded expiry and the grace that followed.
        return new AssetCancelled(asset.Id, null, CancellationGround.ExpiryNotRenewed, null, Actor.RegistryClock, now);
    }

    /// <summary>
    /// A license reached the end of its term (24:00 China Standard Time of its last day): recorded once per
    /// term end. Nothing for a license cancelled before, on a cancelled asset (the cancellation ended it), or
    /// whose term a change moved later.
    /// </summary>
    public static LicenseTermEnded? EndLicenseTermIfDue(Asset asset, string licenseId, IEnumerable<object> recorded, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(asset);
        var license = asset.Licenses.FirstOrDefault(l => l.LicenseId == licenseId);
        if (license is null || license.CancelledAt is not null || asset.Cancelled || now < license.EndsAt)
        {
            return null;
        }

        return recorded.OfType<LicenseTermEnded>().Any(e => e.LicenseId == licenseId && e.EndedAt == license.EndsAt)
            ? null
            : new LicenseTermEnded(asset.Id, licenseId, license.EndsAt, now);
    }
}
