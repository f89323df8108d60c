using static AssetRegistry.Tests.Calendars.CalendarSource;

namespace AssetRegistry.Tests.Calendars;

/// <summary>The 15-day objection lapse counts calendar days (Civil Code art. 201).</summary>
public sealed class CalendarDaysDeadlineTests
{
    [Fact]
    public void fifteen_calendar_days_count_from_the_next_day_and_end_at_24_00_in_shanghai_of_the_fifteenth()
    {
        // Thursday 24 Sep: 25 Sep is day 1, 9 Oct is day 15; holidays count like any day.
        Assert.Equal(At("2026-10-09T16:00Z"), China.CalendarDaysDeadline(At("2026-09-24T10:00+08:00"), 15));
    }

    [Fact]
    public void calendar_days_count_from_the_next_local_day_in_shanghai_not_in_utc()
    {
        // 16:30 UTC on 23 Sep is already 24 Sep in Shanghai.
        Assert.Equal(At("2026-10-09T16:00Z"), China.CalendarDaysDeadline(At("2026-09-23T16:30Z"), 15));
    }

    [Fact]
    public void a_calendar_day_period_ending_on_a_holiday_is_not_extended()
    {
        // 22 Sep + 15 days = Wednesday 7 Oct, a National Day holiday. Art. 203 would move the end to 8 Oct;
        // it is not applied here, and this test is the place to change if it should be.
        Assert.Equal(At("2026-10-07T16:00Z"), China.CalendarDaysDeadline(At("2026-09-22T10:00+08:00"), 15));
    }

    [Fact]
    public void zero_calendar_days_end_at_once_and_negative_ones_are_a_programming_error()
    {
        var start = At("2026-09-24T10:00+08:00");

        Assert.Equal(start, China.CalendarDaysDeadline(start, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => China.CalendarDaysDeadline(start, -1));
    }
}
