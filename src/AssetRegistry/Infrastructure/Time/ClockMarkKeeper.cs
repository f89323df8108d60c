using AssetRegistry.Infrastructure.Database;

namespace AssetRegistry.Infrastructure.Time;

/// <summary>
/// Starts the registry's clock above the kept marks before anything else runs (it is the first hosted service),
/// then keeps this node's mark once a second while it moves, and once more at shutdown.
/// </summary>
public sealed class ClockMarkKeeper(RegistryDatabase database, RegistryClock clock, RegistryClockSettings settings,
    IServiceProvider services, ILogger<ClockMarkKeeper> logger) : BackgroundService
{
    private readonly ClockMarks _marks = new(database.ConnectionString);
    private DateTimeOffset _kept;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await _marks.RestoreAsync(clock, services.GetService<DevelopmentClock>(), cancellationToken);
        _kept = clock.HighWaterMark;
        logger.LogInformation("Registry clock starts at {Now:O} ({Mark})", clock.GetUtcNow(),
            _kept == default ? "no mark kept yet" : $"kept mark {_kept:O}");
        await base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await KeepOnceAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var ticks = new PeriodicTimer(settings.MarkInterval);
        try
        {
            while (await ticks.WaitForNextTickAsync(stoppingToken))
            {
                await KeepOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task KeepOnceAsync(CancellationToken cancellation)
    {
        var mark = clock.HighWaterMark;
        if (mark <= _kept)
        {
            return;
        }

        try
        {
            await _marks.KeepAsync(settings.NodeName, mark, cancellation);
            _kept = mark;
        }
        catch (Exception failure) when (failure is Npgsql.NpgsqlException or TimeoutException)
        {
            // The next tick tries again; meanwhile the clock keeps its mark in memory.
            logger.LogWarning(failure, "Could not keep the registry clock's mark {Mark:O}", mark);
        }
    }
}
