using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AssetRegistry.Calendars;

/// <summary>
/// Warns (Degraded, which keeps the service ready) when the current year in China has no holiday calendar, and
/// from December 1st when next year has none: the State Council publishes it in November, and deadlines set in
/// December already reach into January.
/// </summary>
public sealed class CalendarHealthCheck(WorkingCalendar calendar, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var today = WorkingCalendar.LocalDateOf(time.GetUtcNow());
        var lastYearNeeded = today.Month == 12 ? today.Year + 1 : today.Year;
        var missing = calendar.YearsWithoutCalendar(today.Year, lastYearNeeded).ToList();

        return Task.FromResult(missing.Count == 0
            ? HealthCheckResult.Healthy($"Holiday calendars configured for {string.Join(", ", calendar.Years)}.")
            : HealthCheckResult.Degraded(
                $"No holiday calendar configured for {string.Join(" and ", missing)}: working days are counted as weekdays only. "
                + $"Add the {(missing.Count == 1 ? "year's calendar" : "years' calendars")} (State Council notice) to the Calendars folder.",
                data: new Dictionary<string, object> { ["yearsWithoutCalendar"] = missing }));
    }
}
