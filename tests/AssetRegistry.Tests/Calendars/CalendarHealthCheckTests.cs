using AssetRegistry.Calendars;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using static AssetRegistry.Tests.Calendars.CalendarSource;

namespace AssetRegistry.Tests.Calendars;

public sealed class CalendarHealthCheckTests
{
    [Fact]
    public async Task in_mid_2026_with_the_2026_calendar_the_registry_is_healthy()
    {
        var result = await CheckAsync(At("2026-06-15T12:00+08:00"));

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public async Task in_2027_without_its_calendar_the_registry_is_degraded_and_says_what_to_do()
    {
        var result = await CheckAsync(At("2027-03-01T12:00+08:00"));

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Equal(
            "No holiday calendar configured for 2027: working days are counted as weekdays only. "
            + "Add the year's calendar (State Council notice) to the Calendars folder.",
            result.Description);
    }

    [Fact]
    public async Task from_december_1st_in_shanghai_next_years_calendar_is_wanted_too()
    {
        // 16:00 UTC on 30 Nov is 00:00 on 1 Dec in Shanghai; one minute earlier it is still November there.
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(At("2026-11-30T15:59Z"))).Status);

        var december = await CheckAsync(At("2026-11-30T16:00Z"));
        Assert.Equal(HealthStatus.Degraded, december.Status);
        Assert.Contains("2027", december.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task without_any_calendar_in_december_both_years_are_named()
    {
        var result = await CheckAsync(At("2026-12-10T12:00+08:00"), new WorkingCalendar([]));

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.StartsWith("No holiday calendar configured for 2026 and 2027:", result.Description, StringComparison.Ordinal);
    }

    private static Task<HealthCheckResult> CheckAsync(DateTimeOffset now, WorkingCalendar? calendar = null) =>
        new CalendarHealthCheck(calendar ?? China, new FakeTimeProvider(now)).CheckHealthAsync(new HealthCheckContext());
}
