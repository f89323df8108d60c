namespace AssetRegistry.Calendars;

public sealed partial class WorkingCalendar
{
    /// <summary>
    /// Asia/Shanghai, in which days and deadlines are reckoned. Hosts without tzdata (slim containers) get a fixed
    /// UTC+8 zone instead: China has kept UTC+8 without daylight saving since 1991, so the two agree on every
    /// date the registry handles.
    /// </summary>
    public static readonly TimeZoneInfo ChinaStandardTime = FindChinaStandardTime();

    /// <summary>The calendar date in China at <paramref name="instant"/>.</summary>
    public static DateOnly LocalDateOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, ChinaStandardTime).DateTime);

    /// <summary>24:00 China Standard Time of <paramref name="day"/>, i.e. 00:00 of the next day, in UTC.</summary>
    public static DateTimeOffset EndOfLocalDay(DateOnly day)
    {
        var nextMidnight = day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(nextMidnight, ChinaStandardTime.GetUtcOffset(nextMidnight)).ToUniversalTime();
    }

    /// <summary>00:00 China Standard Time of <paramref name="day"/>, in UTC.</summary>
    public static DateTimeOffset StartOfLocalDay(DateOnly day) => EndOfLocalDay(day.AddDays(-1));

    private static TimeZoneInfo FindChinaStandardTime()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (Exception missing) when (missing is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
