using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.InitialRegistration;
using AssetRegistry.Infrastructure.Nodes;
using AssetRegistry.Ledger;
using AssetRegistry.Security;
using AssetRegistry.Tests.Infrastructure;
using AssetRegistry.Verification.Identifiers;
using Marten;
using Marten.Events;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace AssetRegistry.Tests.Infrastructure.Nodes;

/// <summary>
/// A node that wakes up after its lease passed to another node: the certificate batch it had in hand fails at commit
/// and writes nothing — no certificate, no checkpoint, no progress.
/// </summary>
public sealed class StaleLeaderTests
{
    [Fact]
    public async Task a_batch_of_a_node_whose_lease_passed_on_fails_at_commit_and_writes_nothing()
    {
        var database = await RegistryApp.CreateDatabaseAsync();
        var clock = new FakeTimeProvider(RegistryApp.Start);
        var logs = new CapturedLogs();
        // Renewing once a minute: for the length of the test, this node goes on as if it still led.
        await using var host = await RegistryApp.StartHostAsync(database, clock, web => web
            .UseSetting("Nodes:LeaseDuration", "00:05:00")
            .UseSetting("Nodes:LeaseRenewal", "00:01:00")
            .ConfigureLogging(logging => logging.AddProvider(logs)));
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var lease = host.Services.GetRequiredService<DaemonLease>();
        await logs.WaitForAsync("leads the async daemon", TimeSpan.FromSeconds(30), "the node never took the daemon's lease");
        Assert.NotNull(lease.Term);

        await RegisterAsync(store, 1, clock);
        await store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(1, await ScalarAsync(database, $"select count(*) from {LedgerTables.Certificates}"));
        var progress = await ProgressAsync(database);

        // Another node takes the lease over while this one is (as far as it knows) still leading.
        await ExecuteAsync(database, $"update registry.leases set holder = 'another-node/1/00000000', term = term + 1 where name = '{Leases.Daemon}'");
        await RegisterAsync(store, 2, clock);
        var lastEvent = await ScalarAsync(database, "select max(seq_id) from registry.mt_events");

        // The daemon picks the new event up and tries to commit its batch: PostgreSQL refuses it (the fence's state).
        await logs.WaitForAsync(Leases.LeaseLostState, TimeSpan.FromSeconds(30), "the node never tried to commit the second registration's batch");
        Assert.Equal(1, await ScalarAsync(database, $"select count(*) from {LedgerTables.Certificates}"));
        Assert.Equal(1, await ScalarAsync(database, $"select count(*) from {LedgerTables.Checkpoints}"));
        Assert.Equal(progress, await ProgressAsync(database));

        Assert.True(progress < lastEvent, "The first certificate's batch already covered the second registration; the test proves less than it should.");
    }

    private static async Task RegisterAsync(IDocumentStore store, int serial, FakeTimeProvider clock)
    {
        await using var session = store.LightweightSession();
        var number = RegistrationNumber.Create("AR", AssetKind.DataResource, 2026, serial).ToString();
        var details = new InitialRegistrationDetails(AssetKind.DataResource, $"数据集 {serial}", "交通运输", ["城市规划"], "自有采集", "表格", "每日", "脱敏",
            "已存证", new string('a', 64), new ThirdPartyReviewReport("评估中心", "91350100M000100Y43", $"R-{serial}", new DateOnly(2026, 2, 1), "合规", new string('b', 64)),
            new DeclarationAndCommitment(true, null), null, []);
        session.Events.StartStream<Asset>(number, new AssetRegistered(number, $"app-{serial}", new Applicant("91350100M000100Y43", "福建数据科技有限公司"),
            RightType.Holding, details, clock.GetUtcNow(), clock.GetUtcNow().AddYears(3), new Actor("clerk-seed", RegistryRoles.Clerk, null), clock.GetUtcNow()));
        await session.SaveChangesAsync();
    }

    private static Task<long> ProgressAsync(string database) =>
        ScalarAsync(database, $"select coalesce(max(last_seq_id), 0) from registry.mt_event_progression where name like '{CertificateIssuer.SubscriptionTitle}%'");

    private static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync() is long value ? value : 0;
    }
}
