using AssetRegistry.Infrastructure.Nodes;
using AssetRegistry.Tests.Infrastructure;
using Npgsql;

namespace AssetRegistry.Tests.Infrastructure.Nodes;

/// <summary>The leadership lease: one holder at a time, lost by not renewing it, and the fence of a holder's commit.</summary>
public sealed class LeasesTests : IAsyncLifetime
{
    private static readonly TimeSpan Short = TimeSpan.FromSeconds(1);
    private string _database = "";

    public async Task InitializeAsync() => _database = await TestDatabaseServer.CreateEmptyDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task a_lease_is_held_by_one_node_while_it_renews_it_and_passes_on_in_a_new_term_when_it_runs_out()
    {
        var leases = new Leases(_database);

        Assert.Equal(1, await leases.TryHoldAsync("work", "node-a", Short, default));
        Assert.Null(await leases.TryHoldAsync("work", "node-b", Short, default));
        Assert.Equal(1, await leases.TryHoldAsync("work", "node-a", Short, default));

        await Task.Delay(Short + TimeSpan.FromMilliseconds(200));

        Assert.Equal(2, await leases.TryHoldAsync("work", "node-b", Short, default));
        Assert.Null(await leases.TryHoldAsync("work", "node-a", Short, default));
    }

    [Fact]
    public async Task a_released_lease_is_taken_at_once()
    {
        var leases = new Leases(_database);
        Assert.Equal(1, await leases.TryHoldAsync("work", "node-a", TimeSpan.FromMinutes(5), default));

        await leases.ReleaseAsync("work", "node-a", default);

        Assert.Equal(2, await leases.TryHoldAsync("work", "node-b", TimeSpan.FromMinutes(5), default));
    }

    [Fact]
    public async Task a_transaction_fenced_by_a_lease_that_passed_on_fails_and_writes_nothing()
    {
        var leases = new Leases(_database);
        Assert.Equal(1, await leases.TryHoldAsync("work", "node-a", Short, default));
        await ExecuteAsync("create table work_done (what text)");

        // Node A starts its work, is paused past its lease, and B takes the lease over meanwhile.
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var work = new NpgsqlCommand("insert into work_done values ('by a')", connection, transaction))
        {
            await work.ExecuteNonQueryAsync();
        }

        await Task.Delay(Short + TimeSpan.FromMilliseconds(200));
        Assert.Equal(2, await leases.TryHoldAsync("work", "node-b", Short, default));

        await using var fence = new NpgsqlCommand("select registry.hold_lease('work', 'node-a', 1)", connection, transaction);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => fence.ExecuteNonQueryAsync());
        Assert.Equal(Leases.LeaseLostState, refused.SqlState);
        await transaction.RollbackAsync();
        Assert.Equal(0L, await ScalarAsync("select count(*) from work_done"));
    }

    [Fact]
    public async Task a_takeover_waits_for_the_fenced_commit_of_the_holder_it_replaces()
    {
        var leases = new Leases(_database);
        Assert.Equal(1, await leases.TryHoldAsync("work", "node-a", Short, default));

        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var fence = new NpgsqlCommand("select registry.hold_lease('work', 'node-a', 1)", connection, transaction))
        {
            await fence.ExecuteNonQueryAsync();
        }

        await Task.Delay(Short + TimeSpan.FromMilliseconds(200));
        var takeover = leases.TryHoldAsync("work", "node-b", Short, default);
        await UntilTheTakeoverWaitsOnALockAsync(takeover);
        Assert.False(takeover.IsCompleted, "The lease changed hands while its holder's fenced transaction was still open.");

        await transaction.CommitAsync();
        Assert.Equal(2, await takeover);
    }

    /// <summary>Until PostgreSQL shows a lock request not granted (the takeover queued behind the fence), or the takeover ends.</summary>
    private async Task UntilTheTakeoverWaitsOnALockAsync(Task takeover)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!takeover.IsCompleted && await ScalarAsync("select count(*) from pg_locks where not granted") == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Yield();
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
