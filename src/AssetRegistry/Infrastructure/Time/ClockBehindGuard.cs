using AssetRegistry.Infrastructure.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AssetRegistry.Infrastructure.Time;

/// <summary>
/// Refuses every write (503 <c>clock-behind</c>) while the wall clock is further behind the registry's clock than
/// <see cref="RegistryClockSettings.MaxBehind"/>: recording then would stamp acts out of order with what another
/// node or an earlier run recorded. Reads go on. The development clock's own endpoint stays open, since moving it
/// forward is how a developer mends it.
/// </summary>
public sealed class ClockBehindGuard(RequestDelegate next, RegistryClock clock)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method)
            || context.Request.Path.StartsWithSegments("/dev/clock") || !clock.RefusesWrites)
        {
            return next(context);
        }

        throw new TemporarilyUnavailable(Refusals.ClockBehind, TimeSpan.FromSeconds(Math.Clamp(Math.Ceiling(clock.Behind.TotalSeconds), 1, 300)),
            ("behind", clock.Behind), ("maxBehind", clock.MaxBehind));
    }
}

/// <summary><c>clock</c>: Healthy when the wall clock is not behind the registry's; Degraded while acts are stamped after the mark; Unhealthy past the limit.</summary>
public sealed class RegistryClockHealthCheck(RegistryClock clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var behind = clock.Behind;
        return Task.FromResult(
            behind == TimeSpan.Zero ? HealthCheckResult.Healthy($"The wall clock is at or after the registry's last instant ({clock.HighWaterMark:O}).")
            : clock.RefusesWrites ? HealthCheckResult.Unhealthy(
                $"The wall clock is {behind} behind the registry's last instant ({clock.HighWaterMark:O}), more than {clock.MaxBehind}: writes are refused and certificates wait.")
            : HealthCheckResult.Degraded($"The wall clock is {behind} behind the registry's last instant; acts are stamped just after it until it catches up."));
    }
}
