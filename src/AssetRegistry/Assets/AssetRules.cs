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
                throw new Refusal(Refusals.AssetCancelled, "registrationNumber", ("number", asset.Id));
            case AssetStatus.Expired:
                throw new Refusal(Refusals.AssetExpired, "registrationNumber", ("number", asset.Id), ("validUntil", $"{asset.ValidUntil:u}"));
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
            throw new Refusal(Refusals.AssetFrozen, "registrationNumber", ("number", asset.Id), ("court", freeze.Court), ("caseNumber", freeze.CaseNumber));
        }

        if (objectionsBlock && asset.OpenObjections.Count > 0)
        {
            var objection = asset.OpenObjections[0];
            throw new Refusal(Refusals.AssetUnderObjection, "registrationNumber",
                ("number", asset.Id), ("registeredAt", $"{objection.RegisteredAt:u}"), ("objector", objection.ObjectorName));
        }
    }

    public static void EnsureHeldBy(this Asset asset, Actor actor)
    {
        if (!actor.Speaks(asset.Holder.PartyCode))
        {
            throw new Refusal(Refusals.NotTheHolder, ("number", asset.Id));
        }
    }

    /// <summary>
    /// The license <paramref name="licenseId"/> while it still binds the asset. One the asset never had is
    /// <c>license-not-found</c>; one that was cancelled or whose term ended is <c>license-not-in-force</c>.
    /// </summary>
    public static License LicenseInForce(this Asset asset, string licenseId, DateTimeOffset now, string field)
    {
        var license = asset.Licenses.FirstOrDefault(l => l.LicenseId == licenseId)
            ?? throw new Refusal(Refusals.LicenseNotFound, field, ("number", asset.Id), ("license", licenseId));
        return license.BindsAt(now)
            ? license
            : throw new Refusal(Refusals.LicenseNotInForce, field, ("license", licenseId), ("number", asset.Id), ("reason", license.CancelledAt is { } cancelledAt
                ? new Sentence($"已于 {cancelledAt:u} 注销", $"it was cancelled at {cancelledAt:u}")
                : new Sentence($"期限已于 {license.Terms.EndsOn:yyyy-MM-dd} 届满", $"its term ended on {license.Terms.EndsOn:yyyy-MM-dd}")));
    }

    /// <summary>
    /// The applicant as registered: the holder as the register names it; anyone else as its party record names it
    /// (<paramref name="party"/>, the actor's verified party as its handler loaded it — none is <c>party-not-verified</c>).
    /// </summary>
    public static Applicant ApplicantFor(this Asset asset, Actor actor, Applicant? party) =>
        actor.Speaks(asset.Holder.PartyCode)
            ? asset.Holder
            : actor.Party is not { } code ? throw new Refusal(Refusals.NotAParty)
            : party is { } named && named.PartyCode == code ? named
            : throw new Refusal(Refusals.PartyNotVerified, ("party", code));
}
