using AssetRegistry.Applications;
using AssetRegistry.Infrastructure.Time;
using Marten;
using Microsoft.Extensions.Options;
using Wolverine;

namespace AssetRegistry.Timers;

/// <summary>
/// Fires the timers whose time has come by the registry's clock — at start-up (what came due while the
/// service was down), then every <see cref="ProcedureSettings.TimerPollInterval"/>, and whenever the
/// development clock is moved. Every node runs one; a timer two nodes fire at once takes effect once,
/// since its command appends to a stream under optimistic concurrency and lets state decide.
/// </summary>
/// <remarks>
/// Why not Wolverine's scheduled messages: they run on the wall clock, while a registry's deadlines must
/// follow the one injected <see cref="TimeProvider"/> — the development clock in walk-throughs, a fake one
/// in tests. The durability is the same: rows in PostgreSQL, written in the transaction that set them.
/// </remarks>
public sealed class TimerSweep(IDocumentStore store, IServiceScopeFactory scopes, RegistryClock clock,
    IOptions<ProcedureSettings> settings, ILogger<TimerSweep> logger) : BackgroundService
{
    private const int Batch = 200;
    private readonly SemaphoreSlim _oneSweepAtATime = new(1, 1);

    /// <summary>Fires every timer due now; returns how many fired.</summary>
    public async Task<int> FireDueAsync(CancellationToken cancellation)
    {
        if (clock.RefusesWrites)
        {
            // Nothing is recorded while the wall clock is far behind (ClockBehindGuard); deadlines wait for it.
            return 0;
        }

        await _oneSweepAtATime.WaitAsync(cancellation);
        try
        {
            var fired = 0;
            while (true)
            {
                var now = clock.GetUtcNow();
                IReadOnlyList<RegistryTimer> due;
                await using (var query = store.QuerySession())
                {
                    due = await query.Query<RegistryTimer>().Where(t => t.DueAt <= now).OrderBy(t => t.DueAt).Take(Batch).ToListAsync(cancellation);
                }

                foreach (var timer in due)
                {
                    if (await FireAsync(timer, cancellation))
                    {
                        fired++;
                    }
                }

                if (due.Count < Batch)
                {
                    return fired;
                }
            }
        }
        finally
        {
            _oneSweepAtATime.Release();
        }
    }

    private async Task<bool> FireAsync(RegistryTimer timer, CancellationToken cancellation)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
            await bus.InvokeAsync(timer.Command(), cancellation);

            await using var session = store.LightweightSession();
            // Only this firing's row: the command may have re-armed the timer with a later time.
            session.DeleteWhere<RegistryTimer>(t => t.Id == timer.Id && t.Arming == timer.Arming);
            await session.SaveChangesAsync(cancellation);
            return true;
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.LogWarning(failure, "Timer {TimerId} due at {DueAt} failed; it fires again on the next sweep", timer.Id, timer.DueAt);
            return false;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var ticks = new PeriodicTimer(settings.Value.TimerPollInterval);
        do
        {
            try
            {
                await FireDueAsync(stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                logger.LogWarning(failure, "Timer sweep failed; retrying on the next tick");
            }
        }
        while (await ticks.WaitForNextTickAsync(stoppingToken));
    }
}
