using AssetRegistry.Calendars;
using Microsoft.Extensions.Options;

namespace AssetRegistry.Applications;

/// <summary>The procedure's deadlines, counted in working days on the configured calendar.</summary>
public sealed class ProcedureDeadlines(WorkingCalendar calendar, IOptions<ProcedureSettings> settings)
{
    public int NoticeWorkingDays => settings.Value.PublicNoticeWorkingDays;

    public DateTimeOffset NoticeEnds(DateTimeOffset start) => calendar.DeadlineAfter(start, settings.Value.PublicNoticeWorkingDays);

    public DateTimeOffset ReplyDue(DateTimeOffset start) => calendar.DeadlineAfter(start, settings.Value.ReplyWorkingDays);

    public int WorkingDaysLeft(DateTimeOffset at, DateTimeOffset deadline) => calendar.WorkingDaysLeft(at, deadline);

    public DateTimeOffset AfterWorkingDays(DateTimeOffset start, int workingDays) => calendar.DeadlineAfter(start, workingDays);

    public DateTimeOffset AfterCalendarDays(DateTimeOffset start, int days) => calendar.CalendarDaysDeadline(start, days);

    public DateTimeOffset CorrectionDue(DateTimeOffset start) => calendar.DeadlineAfter(start, settings.Value.CorrectionWorkingDays);

    /// <summary>A date the clerk names ends at 24:00 China Standard Time of that day.</summary>
    public static DateTimeOffset EndOfDay(DateOnly day) => WorkingCalendar.EndOfLocalDay(day);
}
