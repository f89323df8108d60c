using AssetRegistry.Ledger;
using AssetRegistry.Ledger.Audit;
using AssetRegistry.Tests.Infrastructure;
using AssetRegistry.Verification.Checkpoints;
using Microsoft.Extensions.DependencyInjection;
using Marten;
using Marten.Events;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace AssetRegistry.Tests.Ledger;

/// <summary>A checkpoint is never dated before the one it follows, whatever the clock says after a restart.</summary>
public sealed class CheckpointDateTests
{
    private static readonly DateTimeOffset Last = new(2027, 7, 30, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void a_clock_past_the_last_checkpoint_dates_the_next_one_now_in_whole_microseconds()
    {
        var now = Last.AddTicks(TimeSpan.TicksPerSecond + 7);

        Assert.Equal(Last.AddSeconds(1), CheckpointDate.After(now, Last));
        Assert.Equal(Last.AddSeconds(1), CheckpointDate.After(now, null));
    }

    [Fact]
    public void a_clock_that_stepped_back_dates_the_next_checkpoint_one_microsecond_after_the_last()
    {
        Assert.Equal(Last.AddMicroseconds(1), CheckpointDate.After(new DateTimeOffset(2026, 12, 4, 0, 0, 0, TimeSpan.Zero), Last));
        Assert.Equal(Last.AddMicroseconds(1), CheckpointDate.After(Last, Last));
        Assert.Equal(Last.AddMicroseconds(1), CheckpointDate.After(Last.AddTicks(3), Last));
    }

    [Fact]
    public async Task after_a_restart_that_sets_the_clock_back_the_next_checkpoint_is_dated_after_the_last_and_the_ledger_audits()
    {
        var database = await RegistryApp.CreateDatabaseAsync();
        var token = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());
        var before = new FakeTimeProvider(RegistryApp.Start);
        DateTimeOffset lastBefore;
        await using (var host = await RegistryApp.StartHostAsync(database, before))
        {
            var app = new RegistryAppView(host, before);
            await new RegistryApi(app).RegisteredAssetAsync(token);
            await host.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
            lastBefore = (await CheckpointDatesAsync(database))[^1];
        }

        // The restart's clock reads a month before the ledger's last checkpoint, and the registry clock's kept mark is
        // gone (a database from before it kept one): only the issuer's own rule keeps the checkpoints in order.
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var forget = new NpgsqlCommand("delete from registry.clock_marks", connection);
            await forget.ExecuteNonQueryAsync();
        }

        var after = new FakeTimeProvider(RegistryApp.Start.AddDays(-30));
        await using (var host = await RegistryApp.StartHostAsync(database, after))
        {
            var app = new RegistryAppView(host, after);
            await new RegistryApi(app).RegisteredAssetAsync(token);
            await host.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
            Assert.True(after.GetUtcNow() < lastBefore, "the restarted clock must still read before the last checkpoint for this test to mean anything");

            var dates = await CheckpointDatesAsync(database);
            Assert.True(dates.Count >= 2);
            Assert.All(dates.Zip(dates.Skip(1)), pair => Assert.True(pair.Second > pair.First, $"{pair.Second:O} follows {pair.First:O}"));
            Assert.True(dates[^1] > lastBefore);

            await using var dataSource = NpgsqlDataSource.Create(database);
            var audit = await LedgerAudit.RunAsync(dataSource, host.Services.GetRequiredService<LedgerKeys>().Published, null, CancellationToken.None);
            Assert.True(audit.Passed, audit.FirstMismatch);
        }
    }

    /// <summary>The checkpoints' signed dates, by tree size.</summary>
    private static async Task<List<DateTimeOffset>> CheckpointDatesAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select checkpoint from {LedgerTables.Checkpoints} order by tree_size", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var dates = new List<DateTimeOffset>();
        while (await reader.ReadAsync())
        {
            dates.Add(SignedCheckpoint.Parse(reader.GetString(0)).Body.IssuedAt);
        }

        return dates;
    }
}
