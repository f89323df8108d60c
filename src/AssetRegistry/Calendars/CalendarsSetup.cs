using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AssetRegistry.Calendars;

public static class CalendarsSetup
{
    /// <summary>
    /// Binds <see cref="CalendarOptions"/> to the <c>Calendars</c> section and registers the
    /// <see cref="WorkingCalendar"/> singleton, read from the files when first resolved.
    /// </summary>
    public static IServiceCollection AddWorkingCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<CalendarOptions>(configuration.GetSection(CalendarOptions.SectionName));
        services.AddSingleton(sp => WorkingCalendarLoader.Load(sp.GetRequiredService<IOptions<CalendarOptions>>().Value));
        // The health check reads the clock. TryAdd: whichever order the host registers its own clock in, that one is resolved.
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>Adds <see cref="CalendarHealthCheck"/> as <c>calendar</c>, tagged <c>ready</c>.</summary>
    public static IHealthChecksBuilder AddWorkingCalendarCheck(this IHealthChecksBuilder builder) =>
        builder.AddCheck<CalendarHealthCheck>("calendar", failureStatus: null, tags: ["ready"]);
}
