using AssetRegistry.Applications;
using AssetRegistry.Calendars;

namespace AssetRegistry.Licensing;

/// <summary>License types [source: CAICT 2022].</summary>
public enum LicenseType
{
    /// <summary>独占: only the licensee may use the data, not even the holder; overlaps no other license.</summary>
    Exclusive,
    /// <summary>排他: the holder and one licensee; overlaps no exclusive or sole license.</summary>
    Sole,
    /// <summary>普通: any number of licensees.</summary>
    NonExclusive,
}

/// <summary>
/// What a license (许可) grants: its type, whether sub-licensing is allowed, its scope — the approved
/// scenarios the data may be used in [source: Hangzhou] — and its term, from the start of its first day to
/// 24:00 China Standard Time of its last.
/// </summary>
public sealed record LicenseTerms(LicenseType Type, bool SubLicensingAllowed, IReadOnlyList<string> Scope, DateOnly StartsOn, DateOnly EndsOn)
{
    public bool OverlapsInTime(LicenseTerms other) => StartsOn <= other.EndsOn && other.StartsOn <= EndsOn;
}

/// <summary>A license on the asset; in force from the start of its term to 24:00 CST of its last day, unless cancelled.</summary>
public sealed record License(string LicenseId, Applicant Licensee, LicenseTerms Terms, string ApplicationId, DateTimeOffset RegisteredAt)
{
    public DateTimeOffset? CancelledAt { get; init; }

    public DateTimeOffset StartsAt => WorkingCalendar.StartOfLocalDay(Terms.StartsOn);

    public DateTimeOffset EndsAt => WorkingCalendar.EndOfLocalDay(Terms.EndsOn);

    public bool InForceAt(DateTimeOffset now) => CancelledAt is null && StartsAt <= now && now < EndsAt;

    /// <summary>Not cancelled and not yet past its term: it still binds the asset, now or later.</summary>
    public bool BindsAt(DateTimeOffset now) => CancelledAt is null && now < EndsAt;
}
