using System.Xml;
using AssetRegistry.Infrastructure.Database;
using AssetRegistry.Timers;

namespace AssetRegistry.Infrastructure.Time;

public sealed record AdvanceClock(string? AdvanceBy, DateTimeOffset? AdvanceTo);

public sealed record ClockReading(DateTimeOffset Now, string Offset, int TimersFired = 0);

/// <summary>
/// <c>GET /dev/clock</c> and <c>POST /dev/clock</c> (<c>{"advanceBy":"P10D"}</c> — an ISO 8601 duration — or
/// <c>{"advanceTo":"2026-12-31T16:00:00Z"}</c>). Mapped in Development only.
/// </summary>
public static class DevelopmentClockEndpoints
{
    public static void MapDevelopmentClock(this IEndpointRouteBuilder app)
    {
        var clock = app.MapGroup("/dev/clock").WithTags("Development").AllowAnonymous();
        clock.MapGet("", (DevelopmentClock time, RegistryClock registry) => Read(time, registry))
            .WithName("readDevelopmentClock")
            .WithDescription("The instant the registry's clock reads now and how far it has been moved ahead of the wall clock (an ISO 8601 duration). Mapped in Development only.")
            .WithSummary("The registry's current time (development only).");
        clock.MapPost("", async (AdvanceClock request, DevelopmentClock time, RegistryClock registry, RegistryDatabase database, TimerSweep timers,
            CancellationToken cancellation) =>
        {
            var by = request switch
            {
                { AdvanceBy: { } duration } => ParseDuration(duration),
                { AdvanceTo: { } target } => UpTo(target, registry.GetUtcNow()),
                _ => throw Refusal.Invalid("advanceBy", Refusals.AdvanceMissing),
            };
            time.Advance(by);
            // Kept before answering: a restart must find the registry's time where this left it.
            await new ClockMarks(database.ConnectionString).KeepDevelopmentOffsetAsync(time.Offset, cancellation);
            // Deadlines passed by the jump take effect now, not at the next poll.
            var fired = await timers.FireDueAsync(cancellation);
            return Read(time, registry) with { TimersFired = fired };
        }).WithName("advanceDevelopmentClock").WithDescription("Send `advanceBy` (an ISO 8601 duration such as `P10D`) or `advanceTo` (an instant), not both. The clock never goes back. Mapped in Development only.").WithSummary("Moves the registry's clock forward (development only, at most 100 years); timers that come due, such as the end of public notice, fire at once.");
    }

    private static ClockReading Read(DevelopmentClock time, RegistryClock registry) => new(registry.GetUtcNow(), XmlConvert.ToString(time.Offset));

    private static TimeSpan UpTo(DateTimeOffset target, DateTimeOffset now) =>
        target - now is var by && by <= DevelopmentClock.MaxAdvance
            ? by
            : throw Refusal.Invalid("advanceTo", Refusals.ClockTooFarAhead, ("value", $"{target:O}"));

    private static TimeSpan ParseDuration(string duration)
    {
        try
        {
            return XmlConvert.ToTimeSpan(duration);
        }
        catch (FormatException)
        {
            throw Refusal.Invalid("advanceBy", Refusals.NotADuration, ("value", duration));
        }
        catch (OverflowException)
        {
            throw Refusal.Invalid("advanceBy", Refusals.ClockTooFarAhead, ("value", duration));
        }
    }
}
