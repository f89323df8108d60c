namespace AssetRegistry.Calendars;

/// <remarks>
/// Periods are counted as in Chinese procedural rules: the day of the act does not count, the period starts on
/// the next calendar day in China, and it ends at 24:00 China Standard Time of its last day. Instants go in with
/// any offset and come out in UTC (offset zero), as they are stored.
/// </remarks>
public sealed partial class WorkingCalendar
{
    /// <summary>
    /// The end of a period of <paramref name="workingDays"/> working days begun at <paramref name="start"/>:
    /// 24:00 China Standard Time (00:00 of the following calendar day) of the last of the working days that
    /// follow the date of <paramref name="start"/> in China, in UTC.
    /// </summary>
    /// <param name="workingDays">
    /// At least 0. Zero means the period ends at once: the result is <paramref name="start"/> itself (in UTC), not
    /// 24:00 of its day, so that a zero-day public notice is no notice at all.
    /// </param>
    public DateTimeOffset DeadlineAfter(DateTimeOffset start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        if (workingDays == 0)
        {
            return start.ToUniversalTime();
        }

        var day = LocalDateOf(start);
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return EndOfLocalDay(day);
    }

    /// <summary>
    /// The whole working days a period still has at <paramref name="at"/>: those after the date of
    /// <paramref name="at"/> in China up to the last day of <paramref name="deadline"/>. At working day k of an
    /// N-day period that is N − k, so a period suspended at <paramref name="at"/> resumes with
    /// <c>DeadlineAfter(resumedAt, WorkingDaysLeft(at, deadline))</c>, and resuming at once gives back the same
    /// deadline. Zero once <paramref name="at"/> reaches the deadline.
    /// </summary>
    /// <remarks>
    /// On the period's last day no whole working day is left: the answer is 0, and since
    /// <see cref="DeadlineAfter"/> reads 0 as "ends at once", a period suspended on its last day ends as soon as it
    /// resumes, losing what remained of that day.
    /// </remarks>
    public int WorkingDaysLeft(DateTimeOffset at, DateTimeOffset deadline)
    {
        if (at >= deadline)
        {
            return 0;
        }

        // A deadline at 24:00 belongs to the day that ends there, not to the day that begins.
        var lastDay = LocalDateOf(deadline.AddTicks(-1));
        var left = 0;
        for (var day = LocalDateOf(at).AddDays(1); day <= lastDay; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                left++;
            }
        }

        return left;
    }

    /// <summary>
    /// The end of a period of <paramref name="days"/> calendar days begun at <paramref name="start"/> (Civil Code
    /// art. 201: counted from the next day): 24:00 China Standard Time of the last day, in UTC. Holidays and
    /// weekends count like any day, and a last day that is a holiday is not moved (art. 203 is not applied).
    /// </summary>
    /// <param name="days">At least 0; zero ends at once, as in <see cref="DeadlineAfter"/>.</param>
    /// <remarks>An instance method although it reads no holiday: should art. 203 apply, it will need the calendar.</remarks>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Kept on the calendar, see remarks.")]
    public DateTimeOffset CalendarDaysDeadline(DateTimeOffset start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        return days == 0 ? start.ToUniversalTime() : EndOfLocalDay(LocalDateOf(start).AddDays(days));
    }
}
