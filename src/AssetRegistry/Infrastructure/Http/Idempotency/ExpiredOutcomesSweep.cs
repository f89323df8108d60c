using Marten;

namespace AssetRegistry.Infrastructure.Http.Idempotency;

/// <summary>
/// Removes the outcomes whose keys have expired, hourly by the registry's clock. They are already ignored from the
/// instant they expire; removing them keeps the table to the acts of the last <see cref="IdempotencySettings.KeepFor"/>
/// rather than every keyed act ever made, and forgets who acted for whom once no retry can need it.
/// </summary>
public sealed class ExpiredOutcomesSweep(IDocumentStore store, TimeProvider clock, ILogger<ExpiredOutcomesSweep> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromHours(1);

    public async Task RemoveExpiredAsync(CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        await using var session = store.LightweightSession();
        session.DeleteWhere<IdempotentOutcome>(o => o.ExpiresAt <= now);
        await session.SaveChangesAsync(cancellation);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every);
        do
        {
            try
            {
                await RemoveExpiredAsync(stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // The next hour tries again; until then expired outcomes are ignored all the same.
                logger.LogWarning(failure, "Could not remove expired idempotency outcomes");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
