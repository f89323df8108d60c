using AssetRegistry.Calendars;
using static AssetRegistry.Tests.Calendars.CalendarSource;

namespace AssetRegistry.Tests.Calendars;

public sealed class WorkingDayTests
{
    [Theory]
    [InlineData("2026-10-01")] // National Day, Thursday
    [InlineData("2026-10-07")] // National Day, Wednesday
    [InlineData("2026-09-25")] // Mid-Autumn, Friday
    [InlineData("2026-02-16")] // Spring Festival, Monday
    [InlineData("2026-02-23")] // Spring Festival, Monday
    [InlineData("2026-01-02")] // New Year, Friday
    public void an_official_holiday_on_a_weekday_is_not_a_working_day(string day) =>
        Assert.False(China.IsWorkingDay(Day(day)));

    [Theory]
    [InlineData("2026-10-10")] // Saturday, for National Day
    [InlineData("2026-02-14")] // Saturday, for Spring Festival
    [InlineData("2026-02-28")] // Saturday, for Spring Festival
    [InlineData("2026-05-09")] // Saturday, for Labour Day
    public void a_make_up_saturday_counts_as_a_working_day(string day) =>
        Assert.True(China.IsWorkingDay(Day(day)));

    [Theory]
    [InlineData("2026-09-20")] // for Mid-Autumn
    [InlineData("2026-01-04")] // for New Year
    public void a_make_up_sunday_counts_as_a_working_day(string day) =>
        Assert.True(China.IsWorkingDay(Day(day)));

    [Fact]
    public void the_weekend_next_to_a_make_up_day_is_still_a_rest_day()
    {
        Assert.False(China.IsWorkingDay(Day("2026-09-19"))); // Saturday before the make-up Sunday
        Assert.False(China.IsWorkingDay(Day("2026-10-11"))); // Sunday after the make-up Saturday
    }

    [Fact]
    public void an_ordinary_weekday_is_a_working_day_and_an_ordinary_weekend_is_not()
    {
        Assert.True(China.IsWorkingDay(Day("2026-09-28"))); // Monday
        Assert.False(China.IsWorkingDay(Day("2026-03-07"))); // Saturday
        Assert.False(China.IsWorkingDay(Day("2026-03-08"))); // Sunday
    }

    [Fact]
    public void a_year_without_a_calendar_counts_weekends_only()
    {
        Assert.True(China.HasCalendarFor(2026));
        Assert.False(China.HasCalendarFor(2027));

        Assert.True(China.IsWorkingDay(Day("2027-01-01"))); // New Year's Day, but nobody has said so
        Assert.True(China.IsWorkingDay(Day("2027-10-01"))); // National Day likewise
        Assert.False(China.IsWorkingDay(Day("2027-01-02"))); // Saturday
        Assert.False(China.IsWorkingDay(Day("2027-01-03"))); // Sunday
    }

    [Fact]
    public void the_years_without_a_calendar_are_named_in_order()
    {
        Assert.Equal([2025, 2027, 2028], China.YearsWithoutCalendar(2025, 2028));
        Assert.Empty(China.YearsWithoutCalendar(2026, 2026));
        Assert.Equal([2026], China.Years);
    }

    [Fact]
    public void a_reversed_range_of_years_is_a_programming_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => China.YearsWithoutCalendar(2027, 2026));

    [Fact]
    public void a_calendar_built_in_memory_cannot_give_the_same_year_twice()
    {
        var year = new CalendarYear(2027, [Day("2027-01-01")], []);

        var error = Assert.Throws<ArgumentException>(() => new WorkingCalendar([year, year]));

        Assert.Contains("2027", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_calendar_year_built_in_memory_is_checked_like_a_file() =>
        Assert.Throws<ArgumentException>(() => new CalendarYear(2027, [Day("2026-12-31")], []));
}
