namespace AssetRegistry.Infrastructure.Time;

/// <summary>The clock the registry reads the time from before <see cref="RegistryClock"/> keeps it in order: the system's, the development clock, a test's fake.</summary>
public sealed record WallClock(TimeProvider Time);

public static class ClockSetup
{
    /// <summary>
    /// Registers the <see cref="RegistryClock"/> as the one <see cref="TimeProvider"/> (handlers, Marten's event
    /// stamps, timers, the certificate issuer) and, first of all hosted services, the keeper that starts it above
    /// the kept marks. A test replaces the <see cref="WallClock"/>, never the registry clock.
    /// </summary>
    public static IServiceCollection AddRegistryClock(this IServiceCollection services, IConfiguration configuration, bool development)
    {
        var settings = RegistryClockSettings.From(configuration);
        services.AddSingleton(settings);
        if (development)
        {
            services.AddSingleton(new DevelopmentClock(TimeProvider.System));
            services.AddSingleton(sp => new WallClock(sp.GetRequiredService<DevelopmentClock>()));
        }
        else
        {
            services.AddSingleton(new WallClock(TimeProvider.System));
        }

        services.AddSingleton(sp => new RegistryClock(sp.GetRequiredService<WallClock>().Time, settings, sp.GetRequiredService<ILogger<RegistryClock>>()));
        services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<RegistryClock>());
        services.AddHostedService<ClockMarkKeeper>();
        return services;
    }
}
