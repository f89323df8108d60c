using System.Globalization;
using AssetRegistry.Calendars;

namespace AssetRegistry.Infrastructure.Http;

/// <summary>
/// The ranges every input is held to where it is parsed, so that no value reaches date arithmetic, an offset
/// or PostgreSQL that cannot hold it (a date of 9999-12-31 plus a day, page 2147483647 times a page size).
/// A registry founded this century records nothing before 2000 and plans nothing past 2999.
/// </summary>
public static class InputRanges
{
    public static readonly DateOnly FirstDate = new(2000, 1, 1);
    public static readonly DateOnly LastDate = new(2999, 12, 31);
    public const int MaxPage = 1_000_000;
    public const int MaxPageSize = 200;

    public static readonly string Dates =
        $"{FirstDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} to {LastDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    public static bool Holds(DateOnly day) => day >= FirstDate && day <= LastDate;

    /// <summary>An instant is in range when it falls on a day in range, in China, where the registry reckons its days.</summary>
    public static bool Holds(DateTimeOffset instant) =>
        instant >= WorkingCalendar.StartOfLocalDay(FirstDate) && instant < WorkingCalendar.EndOfLocalDay(LastDate);
}
