using System.Collections.Frozen;
using System.Globalization;

namespace AssetRegistry.Calendars;

/// <summary>
/// One year of the State Council's holiday arrangement (国务院办公厅关于部分节假日安排的通知): the official
/// holidays, which are rest days even on weekdays, and the make-up working days (调休), which are working days
/// even on weekends.
/// </summary>
/// <remarks>
/// Every date must fall in <see cref="Year"/>: whether a day is governed by a calendar at all is decided by
/// the day's own year, so a notice that reaches across New Year lists each date in its own year's calendar.
/// </remarks>
public sealed record CalendarYear
{
    public CalendarYear(int year, IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> makeUpWorkdays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        ArgumentNullException.ThrowIfNull(makeUpWorkdays);
        if (year is < 1 or > 9998)
        {
            // 9999 has no following day for a deadline to end at.
            throw new ArgumentOutOfRangeException(nameof(year), year, "A calendar year must lie between 1 and 9998.");
        }

        Year = year;
        Holidays = holidays.ToFrozenSet();
        MakeUpWorkdays = makeUpWorkdays.ToFrozenSet();

        RequireWithinYear(Holidays, "holiday");
        RequireWithinYear(MakeUpWorkdays, "make-up workday");

        if (Earliest(Holidays.Where(MakeUpWorkdays.Contains)) is { } both)
        {
            throw new ArgumentException($"{Format(both)} is listed both as a holiday and as a make-up workday.");
        }

        // A make-up workday on a weekday would change nothing: it is a typo for another date.
        if (Earliest(MakeUpWorkdays.Where(day => !IsWeekend(day))) is { } weekday)
        {
            throw new ArgumentException($"Make-up workday {Format(weekday)} is a {weekday.DayOfWeek}: make-up workdays are weekend days.");
        }
    }

    public int Year { get; }

    /// <summary>Official holidays: rest days, whether weekdays or weekends.</summary>
    public IReadOnlySet<DateOnly> Holidays { get; }

    /// <summary>Weekend days worked in exchange for a bridged holiday (调休).</summary>
    public IReadOnlySet<DateOnly> MakeUpWorkdays { get; }

    internal static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    internal static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // The earliest offender, so that the message is the same on every run.
    private static DateOnly? Earliest(IEnumerable<DateOnly> days) => days.Order().Cast<DateOnly?>().FirstOrDefault();

    private void RequireWithinYear(IReadOnlySet<DateOnly> days, string kind)
    {
        if (Earliest(days.Where(day => day.Year != Year)) is { } stray)
        {
            throw new ArgumentException($"The {kind} {Format(stray)} is not in {Year}: list it in the {stray.Year} calendar.");
        }
    }
}
