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

    public static void EnsureHeldBy(this Asset asset, Actor actor)
    {
        if (!actor.Speaks(asset.Holder.PartyCode))
        {
            throw Refusal.Forbidden("not-the-holder", $"Only the holder of {asset.Id} may apply for this registration.");
        }
    }

    /// <summary>The applicant as registered: its code from the token; an organisation's name as the register knows it.</summary>
    public static Applicant ApplicantFor(this Asset asset, Actor actor, string? statedName) =>
        actor.Speaks(asset.Holder.PartyCode)
            ? asset.Holder
            : new Applicant(actor.PartyCode ?? throw Refusal.Forbidden("not-a-party", "Only a party (its token names its code) may apply."),
                statedName ?? throw Refusal.Invalid("applicantName", "'applicantName' is required when the applicant is not the holder."));
}
