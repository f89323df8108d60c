using AssetRegistry.Calendars;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace AssetRegistry.Tests.Calendars;

public sealed class CalendarsSetupTests
{
    [Fact]
    public void the_calendar_is_one_singleton_read_from_the_configured_folder()
    {
        using var services = Services(new() { ["Calendars:Folder"] = CalendarSource.Folder });

        var calendar = services.GetRequiredService<WorkingCalendar>();

        Assert.Same(calendar, services.GetRequiredService<WorkingCalendar>());
        Assert.True(calendar.HasCalendarFor(2026));
    }

    [Fact]
    public void extra_files_are_bound_from_the_calendars_section()
    {
        using var services = Services(new() { ["Calendars:Files:0"] = "/etc/asset-registry/cn-calendar-2027.json" });

        var options = services.GetRequiredService<IOptions<CalendarOptions>>().Value;

        Assert.Equal(CalendarOptions.DefaultFolder, options.Folder);
        Assert.Equal(["/etc/asset-registry/cn-calendar-2027.json"], options.Files);
    }

    [Fact]
    public void the_calendar_check_is_part_of_readiness()
    {
        using var services = Services([]);

        var registration = Assert.Single(services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations);

        Assert.Equal("calendar", registration.Name);
        Assert.Contains("ready", registration.Tags);
        Assert.IsType<CalendarHealthCheck>(registration.Factory(services));
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddWorkingCalendar(configuration);
        services.AddHealthChecks().AddWorkingCalendarCheck();
        return services.BuildServiceProvider();
    }
}
