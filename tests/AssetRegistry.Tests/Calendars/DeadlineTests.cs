using AssetRegistry.Calendars;
using static AssetRegistry.Tests.Calendars.CalendarSource;

namespace AssetRegistry.Tests.Calendars;

/// <summary>Working-day deadlines, each worked out by hand against the 2026 State Council notice.</summary>
public sealed class DeadlineTests
{
    [Fact]
    public void ten_working_days_across_mid_autumn_and_national_day_skip_the_holidays_and_count_the_make_up_saturday()
    {
        // Act on Thursday 24 September. Mid-Autumn 25–27 Sep is off; 28, 29, 30 Sep are days 1–3; National Day
        // 1–7 Oct is off; 8, 9 Oct are days 4–5; Saturday 10 Oct (make-up) is day 6; Sunday 11 Oct is off;
        // 12, 13, 14, 15 Oct are days 7–10. The period ends at 24:00 on Thursday 15 October in Shanghai.
        var deadline = China.DeadlineAfter(At("2026-09-24T10:00+08:00"), 10);

        Assert.Equal(At("2026-10-15T16:00Z"), deadline);
    }

    [Fact]
    public void a_deadline_is_24_00_in_shanghai_which_is_16_00_utc_of_the_last_day_with_offset_zero()
    {
        var deadline = China.DeadlineAfter(At("2026-09-28T09:00+08:00"), 1);

        Assert.Equal(new DateTimeOffset(2026, 9, 29, 16, 0, 0, TimeSpan.Zero), deadline);
        Assert.Equal(TimeSpan.Zero, deadline.Offset);
        Assert.Equal(At("2026-09-30T00:00+08:00"), deadline);
    }

    [Fact]
    public void five_working_days_over_spring_festival_count_the_make_up_saturday_before_it()
    {
        // Thursday 12 Feb: Friday 13 is day 1, make-up Saturday 14 is day 2, 15–23 Feb are holidays, then
        // Tuesday 24, Wednesday 25 and Thursday 26 are days 3–5.
        Assert.Equal(At("2026-02-26T16:00Z"), China.DeadlineAfter(At("2026-02-12T09:00+08:00"), 5));
    }

    [Fact]
    public void five_working_days_after_spring_festival_count_the_make_up_saturday_after_it()
    {
        // Tuesday 24 Feb: 25, 26, 27 Feb are days 1–3, make-up Saturday 28 is day 4, Sunday 1 March is off,
        // Monday 2 March is day 5.
        Assert.Equal(At("2026-03-02T16:00Z"), China.DeadlineAfter(At("2026-02-24T09:00+08:00"), 5));
    }

    [Fact]
    public void an_act_at_23_30_in_shanghai_counts_from_the_next_local_day()
    {
        // 15:30 UTC on 28 Sep is 23:30 on Monday 28 Sep in Shanghai: day 1 is Tuesday 29 Sep.
        Assert.Equal(At("2026-09-29T16:00Z"), China.DeadlineAfter(At("2026-09-28T15:30Z"), 1));
    }

    [Fact]
    public void an_act_at_00_30_in_shanghai_counts_from_the_day_after_that_local_day_although_utc_is_still_on_the_day_before()
    {
        // 16:30 UTC on 28 Sep is 00:30 on Tuesday 29 Sep in Shanghai: day 1 is Wednesday 30 Sep.
        Assert.Equal(At("2026-09-30T16:00Z"), China.DeadlineAfter(At("2026-09-28T16:30Z"), 1));
    }

    [Fact]
    public void the_day_of_the_act_never_counts_even_when_the_act_is_at_midnight()
    {
        Assert.Equal(At("2026-09-29T16:00Z"), China.DeadlineAfter(At("2026-09-28T00:00+08:00"), 1));
    }

    [Fact]
    public void an_act_on_a_holiday_counts_from_the_first_working_day_after_it()
    {
        Assert.Equal(At("2026-10-08T16:00Z"), China.DeadlineAfter(At("2026-10-03T11:00+08:00"), 1));
    }

    [Fact]
    public void a_period_running_into_a_year_without_a_calendar_counts_its_weekdays_as_working_days()
    {
        // Wednesday 30 Dec 2026: Thursday 31 Dec is day 1, Friday 1 Jan 2027 is day 2 (no 2027 calendar),
        // the weekend is off, Monday 4 Jan is day 3.
        Assert.Equal(At("2027-01-04T16:00Z"), China.DeadlineAfter(At("2026-12-30T10:00+08:00"), 3));
    }

    [Fact]
    public void zero_working_days_end_at_once()
    {
        var start = At("2026-09-24T10:00+08:00");

        var deadline = China.DeadlineAfter(start, 0);

        Assert.Equal(start, deadline);
        Assert.Equal(TimeSpan.Zero, deadline.Offset);
    }

    [Fact]
    public void a_negative_number_of_working_days_is_a_programming_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => China.DeadlineAfter(At("2026-09-24T10:00+08:00"), -1));

    [Fact]
    public void china_standard_time_is_eight_hours_ahead_of_utc_all_year()
    {
        Assert.Equal(TimeSpan.FromHours(8), WorkingCalendar.ChinaStandardTime.GetUtcOffset(At("2026-01-15T00:00Z")));
        Assert.Equal(TimeSpan.FromHours(8), WorkingCalendar.ChinaStandardTime.GetUtcOffset(At("2026-07-15T00:00Z")));
    }
}
