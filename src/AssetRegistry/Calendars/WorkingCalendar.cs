using System.Collections.Frozen;

namespace AssetRegistry.Calendars;

/// <summary>
/// Which days are working days in China: weekdays, minus the official holidays of the configured
/// <see cref="CalendarYear"/>s, plus their make-up working days (调休). A year without a calendar counts
/// weekends only; <see cref="CalendarHealthCheck"/> warns about that. Immutable, hence safe to share.
/// </summary>
public sealed partial class WorkingCalendar
{
    private readonly FrozenSet<int> _years;
    private readonly FrozenSet<DateOnly> _holidays;
    private readonly FrozenSet<DateOnly> _makeUpWorkdays;

    public WorkingCalendar(IEnumerable<CalendarYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var list = years.ToList();
        if (list.GroupBy(year => year.Year).FirstOrDefault(group => group.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"The calendar for {twice.Key} is given more than once.", nameof(years));
        }

        _years = list.Select(year => year.Year).ToFrozenSet();
        _holidays = list.SelectMany(year => year.Holidays).ToFrozenSet();
        _makeUpWorkdays = list.SelectMany(year => year.MakeUpWorkdays).ToFrozenSet();
    }

    /// <summary>The years with a configured calendar, in order.</summary>
    public IReadOnlyList<int> Years => [.. _years.Order()];

    public bool HasCalendarFor(int year) => _years.Contains(year);

    /// <summary>A make-up workday is worked even on a weekend; a holiday is not worked even on a weekday.</summary>
    public bool IsWorkingDay(DateOnly day) =>
        _makeUpWorkdays.Contains(day) || (!_holidays.Contains(day) && !CalendarYear.IsWeekend(day));

    /// <summary>The years from <paramref name="fromYear"/> to <paramref name="toYear"/> (both included) that have no calendar.</summary>
    public IEnumerable<int> YearsWithoutCalendar(int fromYear, int toYear)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fromYear, toYear);
        return Enumerable.Range(fromYear, toYear - fromYear + 1).Where(year => !HasCalendarFor(year)).ToArray();
    }
}
