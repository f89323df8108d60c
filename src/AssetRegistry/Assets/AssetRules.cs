using AssetRegistry.Licensing;
using AssetRegistry.Applications;
using AssetRegistry.Security;

namespace AssetRegistry.Assets;

/// <summary>Rules every registration on an existing asset obeys, whatever its kind.</summary>
public static class AssetRules
{
    /// <summary>A cancelled asset accepts no further registration; an expired one only its renewal (later).</summary>
    public static void EnsureAcceptsRegistrations(this Asset asset, DateTimeOffset now)
    {
        switch (asset.StatusAt(now))
        {
            case AssetStatus.Cancelled:
                throw new Refusal("asset-cancelled", $"{asset.Id} was cancelled (注销); it accepts no further registration.", "registrationNumber");
            case AssetStatus.Expired:
                throw new Refusal("asset-expired", $"{asset.Id} expired on {asset.ValidUntil:u}; it accepts no registration until renewed.", "registrationNumber");
        }
    }

    /// <summary>
    /// A disposition — transfer, license, pledge, cancellation — is refused while a court's freeze stands
    /// (查封) and while a registered objection is open (异议), the public warning that the title is disputed.
    /// </summary>
    public static void EnsureDisposable(this Asset asset, DateTimeOffset now, bool objectionsBlock = true)
    {
        asset.EnsureAcceptsRegistrations(now);
        if (asset.IsFrozenAt(now))
        {
            var freeze = asset.Freezes.First(f => f.StandsAt(now));
            throw new Refusal("asset-frozen", $"{asset.Id} is frozen by {freeze.Court} (case {freeze.CaseNumber}); no disposition until the freeze is lifted.", "registrationNumber");
        }

        if (objectionsBlock && asset.OpenObjections.Count > 0)
        {
            var objection = asset.OpenObjections[0];
            throw new Refusal("asset-under-objection",
                $"{asset.Id} is under an objection (异议) registered {objection.RegisteredAt:u} by {objection.ObjectorName}; it blocks this registration until resolved.",
                "registrationNumber");
        }
    }

    public static void EnsureHeldBy(this Asset asset, Actor actor)
    {
        if (!actor.Speaks(asset.Holder.PartyCode))
        {
            throw Refusal.Forbidden("not-the-holder", $"Only the holder of {asset.Id} may apply for this registration.");
        }
    }

    /// <summary>
    /// The license <paramref name="licenseId"/> while it still binds the asset. One the asset never had is
    /// <c>license-not-found</c>; one that was cancelled or whose term ended is <c>license-not-in-force</c>.
    /// </summary>
    public static License LicenseInForce(this Asset asset, string licenseId, DateTimeOffset now, string field)
    {
        var license = asset.Licenses.FirstOrDefault(l => l.LicenseId == licenseId)
            ?? throw new Refusal("license-not-found", $"{asset.Id} has no license {licenseId}.", field);
        return license.BindsAt(now)
            ? license
            : throw new Refusal("license-not-in-force", license.CancelledAt is { } cancelledAt
                ? $"License {licenseId} on {asset.Id} was cancelled at {cancelledAt:u}."
                : $"License {licenseId} on {asset.Id} ended with its term on {license.Terms.EndsOn:yyyy-MM-dd}.", field);
    }

    /// <summary>The applicant as registered: its code from the token; an organisation's name as the register knows it.</summary>
    public static Applicant ApplicantFor(this Asset asset, Actor actor, string? statedName) =>
        actor.Speaks(asset.Holder.PartyCode)
            ? asset.Holder
            : new Applicant(actor.PartyCode ?? throw Refusal.Forbidden("not-a-party", "Only a party (its token names its code) may apply."),
                statedName ?? throw Refusal.Invalid("applicantName", "'applicantName' is required when the applicant is not the holder."));
}
