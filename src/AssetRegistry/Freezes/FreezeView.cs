using AssetRegistry.Assets;
using AssetRegistry.Calendars;

namespace AssetRegistry.Freezes;

/// <summary>
/// A freeze as the register shows it: the court and case, its term, whether it stands now, and when and how it
/// was lifted. A term that has run out shows as lifted (<c>termEnded</c>) from that moment, whether or not the
/// registry's clock has recorded it yet. The order's fingerprint is not shown (a confidential document).
/// </summary>
public sealed record FreezeView(
    string FreezeId, string RegistrationNumber, string Court, string CaseNumber, DateTimeOffset FrozenAt, DateOnly? EndsOn, DateTimeOffset? EndsAt,
    bool Standing, DateTimeOffset? LiftedAt, FreezeEnd? LiftedBy)
{
    public static FreezeView Of(string registrationNumber, Freeze freeze, FreezeEnd? liftedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(freeze);
        DateTimeOffset? endsAt = freeze.EndsOn is { } last ? WorkingCalendar.EndOfLocalDay(last) : null;
        var (liftedAt, how) = freeze.LiftedAt is { } lifted ? (lifted, liftedBy)
            : endsAt is { } end && end <= now ? (end, FreezeEnd.TermEnded)
            : ((DateTimeOffset?)null, (FreezeEnd?)null);
        return new FreezeView(freeze.FreezeId, registrationNumber, freeze.Court, freeze.CaseNumber, freeze.FrozenAt, freeze.EndsOn, endsAt,
            freeze.StandsAt(now), liftedAt, how);
    }

    /// <summary>Every freeze the asset's stream recorded, oldest first, with how each was lifted.</summary>
    public static IReadOnlyList<FreezeView> AllOf(string registrationNumber, IEnumerable<object> recorded, DateTimeOffset now)
    {
        var freezes = new List<Freeze>();
        var how = new Dictionary<string, FreezeEnd>(StringComparer.Ordinal);
        foreach (var @event in recorded)
        {
            switch (@event)
            {
                case AssetFrozen frozen:
                    freezes.Add(new Freeze(frozen.FreezeId, frozen.Court, frozen.CaseNumber, frozen.FrozenAt, frozen.EndsOn));
                    break;
                case AssetUnfrozen unfrozen when freezes.FindIndex(f => f.FreezeId == unfrozen.FreezeId) is var i and >= 0:
                    freezes[i] = freezes[i] with { LiftedAt = unfrozen.UnfrozenAt };
                    how[unfrozen.FreezeId] = unfrozen.How;
                    break;
            }
        }

        return [.. freezes.Select(f => Of(registrationNumber, f, how.TryGetValue(f.FreezeId, out var end) ? end : null, now))];
    }
}
