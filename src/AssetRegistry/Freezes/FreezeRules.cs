using AssetRegistry.Documents;
using AssetRegistry.Assets;
using AssetRegistry.Calendars;
using AssetRegistry.Security;

namespace AssetRegistry.Freezes;

/// <summary>What a court's freeze order (查封) states, as the clerk records it.</summary>
public sealed record FreezeOrder(string Court, string CaseNumber, string OrderFingerprint, DateOnly? EndsOn);

/// <summary>
/// A judicial freeze (查封) [ours, after property law]: recorded by a clerk on the court's order; while it stands,
/// every disposition — transfer, license, pledge, cancellation — is refused (<see cref="AssetRules.EnsureDisposable"/>).
/// It is lifted by the court's release order, or ends by itself at 24:00 China Standard Time of its last day
/// when the order gives a term. Several freezes may stand at once (轮候查封); each is lifted on its own.
/// </summary>
public static class FreezeRules
{
    public static AssetFrozen Freeze(Asset asset, string freezeId, FreezeOrder order, CitableDocuments citable, Actor clerk, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(asset);
        ArgumentNullException.ThrowIfNull(order);
        if (asset.StatusAt(now) == AssetStatus.Cancelled)
        {
            throw new Refusal(Refusals.AssetCancelled, "registrationNumber", ("number", asset.Id));
        }

        if (order.EndsOn is { } last && WorkingCalendar.EndOfLocalDay(last) <= now)
        {
            throw Refusal.Invalid("endsOn", Refusals.DayInThePast, ("today", WorkingCalendar.LocalDateOf(now)));
        }

        if (asset.Freezes.FirstOrDefault(f => f.StandsAt(now) && f.Court == order.Court && f.CaseNumber == order.CaseNumber) is { } same)
        {
            throw new Refusal(Refusals.FreezeAlreadyRecorded, "caseNumber",
                ("court", order.Court), ("caseNumber", order.CaseNumber), ("number", asset.Id), ("freeze", same.FreezeId));
        }

        citable.Ensure([OrderCited(order.OrderFingerprint)]);
        return new AssetFrozen(asset.Id, freezeId, order.Court, order.CaseNumber, order.OrderFingerprint, order.EndsOn, clerk, now);
    }

    /// <summary>The court's release order (解除查封) lifts a standing freeze.</summary>
    public static AssetUnfrozen Release(Asset asset, string freezeId, string orderFingerprint, CitableDocuments citable, Actor clerk, DateTimeOffset now)
    {
        var freeze = Find(asset, freezeId);
        if (!freeze.StandsAt(now))
        {
            throw new Refusal(Refusals.FreezeAlreadyLifted, ("freeze", freezeId), ("number", asset.Id), ("reason", freeze.LiftedAt is { } lifted
                ? new Sentence($"已于 {lifted:u} 解除", $"it was lifted at {lifted:u}")
                : new Sentence($"期限已于 {freeze.EndsOn:yyyy-MM-dd} 届满", $"its term ended on {freeze.EndsOn:yyyy-MM-dd}")));
        }

        citable.Ensure([OrderCited(orderFingerprint)]);
        return new AssetUnfrozen(asset.Id, freezeId, FreezeEnd.ReleaseOrder, orderFingerprint, clerk, now);
    }

    /// <summary>
    /// The freeze's term ran out: lifted as of the end of its last day, recorded when the registry's clock
    /// noticed; null if it was released before, has no term, or its term has not ended.
    /// </summary>
    public static AssetUnfrozen? EndTermIfDue(Asset asset, string freezeId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(asset);
        return asset.Freezes.FirstOrDefault(f => f.FreezeId == freezeId) is { LiftedAt: null, EndsOn: { } last }
               && WorkingCalendar.EndOfLocalDay(last) is var endsAt && now >= endsAt
            ? new AssetUnfrozen(asset.Id, freezeId, FreezeEnd.TermEnded, null, Actor.RegistryClock, endsAt)
            : null;
    }

    public static Freeze Find(Asset asset, string freezeId)
    {
        ArgumentNullException.ThrowIfNull(asset);
        return asset.Freezes.FirstOrDefault(f => f.FreezeId == freezeId)
            ?? throw new Refusal(Refusals.FreezeNotFound, ("number", asset.Id), ("freeze", freezeId));
    }

    /// <summary>The court's order the act records, which the clerk must have uploaded.</summary>
    public static CitedDocument OrderCited(string fingerprint) => new("orderFingerprint", fingerprint);
}
