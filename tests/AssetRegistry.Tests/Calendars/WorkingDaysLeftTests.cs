using AssetRegistry.Calendars;
using static AssetRegistry.Tests.Calendars.CalendarSource;

namespace AssetRegistry.Tests.Calendars;

/// <summary>What a suspended public notice takes with it when it resumes.</summary>
public sealed class WorkingDaysLeftTests
{
    // Ten working days from Thursday 24 Sep 2026 end at 24:00 on Thursday 15 Oct (see DeadlineTests).
    private static readonly DateTimeOffset Start = At("2026-09-24T10:00+08:00");
    private static readonly DateTimeOffset Deadline = At("2026-10-15T16:00Z");

    [Fact]
    public void on_working_day_k_of_an_n_day_period_n_minus_k_working_days_are_left()
    {
        Assert.Equal(10, China.WorkingDaysLeft(Start, Deadline)); // day 0, later on the day of the act
        Assert.Equal(9, China.WorkingDaysLeft(At("2026-09-28T14:00+08:00"), Deadline)); // day 1
        Assert.Equal(5, China.WorkingDaysLeft(At("2026-10-09T14:00+08:00"), Deadline)); // day 5
        Assert.Equal(4, China.WorkingDaysLeft(At("2026-10-10T14:00+08:00"), Deadline)); // day 6, the make-up Saturday
    }

    [Fact]
    public void on_a_holiday_inside_the_period_the_days_worked_before_it_are_gone()
    {
        // Three working days (28–30 Sep) are behind on 3 October.
        Assert.Equal(7, China.WorkingDaysLeft(At("2026-10-03T14:00+08:00"), Deadline));
    }

    [Fact]
    public void on_the_last_day_no_whole_working_day_is_left_so_resuming_ends_the_period_at_once()
    {
        var onLastDay = At("2026-10-15T09:00+08:00");

        Assert.Equal(0, China.WorkingDaysLeft(onLastDay, Deadline));
        Assert.Equal(onLastDay, China.DeadlineAfter(onLastDay, 0));
    }

    [Fact]
    public void at_or_after_the_deadline_nothing_is_left()
    {
        Assert.Equal(0, China.WorkingDaysLeft(Deadline, Deadline));
        Assert.Equal(0, China.WorkingDaysLeft(Deadline.AddDays(3), Deadline));
    }

    [Fact]
    public void resuming_at_once_with_the_working_days_left_gives_back_the_same_deadline()
    {
        var checkedPairs = 0;
        foreach (var workingDays in new[] { 0, 1, 2, 5, 10, 15, 30 })
        {
            // Every 11 hours through 2026 and into the uncalendared January 2027, so starts fall at all hours.
            for (var start = At("2026-01-01T00:00+08:00"); start < At("2027-01-31T00:00+08:00"); start = start.AddHours(11))
            {
                var deadline = China.DeadlineAfter(start, workingDays);
                var lastDay = WorkingCalendar.LocalDateOf(deadline.AddTicks(-1));

                // The rule holds until the last day begins; on it, see the test above.
                for (var at = start; at <= deadline && WorkingCalendar.LocalDateOf(at) < lastDay; at = at.AddHours(5))
                {
                    var left = China.WorkingDaysLeft(at, deadline);
                    if (China.DeadlineAfter(at, left) != deadline)
                    {
                        Assert.Fail($"Period of {workingDays} from {start:O} to {deadline:O}: at {at:O} {left} left, resuming ends {China.DeadlineAfter(at, left):O}.");
                    }

                    checkedPairs++;
                }
            }
        }

        Assert.True(checkedPairs > 50_000, $"Only {checkedPairs} pairs checked.");
    }
}
