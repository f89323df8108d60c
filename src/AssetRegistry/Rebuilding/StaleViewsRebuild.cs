using Marten;
using Npgsql;

namespace AssetRegistry.Rebuilding;

/// <summary>
/// At start-up, before the service serves a request or fires a timer: the views an earlier version stored in a shape
/// this version no longer reads (<see cref="ViewVersions"/>) are rebuilt from the events, and every view is recorded at
/// its current number. Without it, an upgrade that reshapes a snapshot would answer 500 for everything stored before it,
/// and decide on nothing, until someone ran <c>rebuild</c>.
/// </summary>
/// <remarks>
/// One node rebuilds: the check runs in a transaction holding an advisory lock, so a node starting meanwhile waits and
/// then finds the views current. Every node of a registry must run the same version before it starts: a node of the
/// earlier version would go on writing the old shape.
/// </remarks>
public sealed class StaleViewsRebuild(IDocumentStore store, TimeProvider clock, ILogger<StaleViewsRebuild> logger) : IHostedService
{
    /// <summary>The advisory lock's key: "views" in ASCII, one the registry uses for nothing else.</summary>
    private const long LockKey = 0x7669657773;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Marten applies its schema at start-up too; the views' tables and mt_events must exist before they are read.
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        var views = RebuildCommand.InlineViews(((DocumentStore)store).Options);
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockViews = new NpgsqlCommand($"select pg_advisory_xact_lock({LockKey})", connection, transaction))
        {
            await lockViews.ExecuteNonQueryAsync(cancellationToken);
        }

        var stale = await ViewVersions.StaleAsync(connection, views, cancellationToken);
        if (stale.Count > 0)
        {
            logger.LogWarning("Rebuilding from the events the views an earlier version stored in another shape: {Views}", string.Join(", ", stale));
            await RebuildCommand.RebuildAsync(store, stale, (view, took) =>
                logger.LogWarning("View {View} rebuilt in {Seconds:N1} s", view, took.TotalSeconds), cancellationToken);
        }

        await ViewVersions.RecordCurrentAsync(connection, views, clock.GetUtcNow(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
