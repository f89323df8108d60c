using System.Net;
using AssetRegistry.Tests.Infrastructure;
using AssetRegistry.Timers;
using Marten;
using Marten.Events;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace AssetRegistry.Tests.StoredData;

/// <summary>
/// Makes a stored-data fixture (StoredData/Fixtures/README.md): runs <see cref="FixtureScenario"/> against the service
/// of the checked-out commit, records its answers and pending timers, stops it and dumps its database. A tool, not a
/// test: it runs only when <see cref="MakeFixtureVariable"/> names the folder to write, as <c>make-fixture.sh</c> sets it.
/// </summary>
public sealed class MakingTheFixture
{
    public const string MakeFixtureVariable = "ASSETREGISTRY_MAKE_FIXTURE";
    public const string CommitVariable = "ASSETREGISTRY_FIXTURE_COMMIT";

    [FixtureMakerFact]
    public async Task make_a_stored_data_fixture_from_the_checked_out_code()
    {
        var folder = Environment.GetEnvironmentVariable(MakeFixtureVariable)!;
        Directory.CreateDirectory(folder);
        var ledgerKey = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem();

        var connectionString = await RegistryApp.CreateDatabaseAsync();
        var clock = new FakeTimeProvider(RegistryApp.Start);
        var host = await RegistryApp.StartHostAsync(connectionString, clock, web => web.UseSetting("Ledger:Keys:0:Pem", ledgerKey));
        var app = new RegistryAppView(host, clock);
        var scenario = new FixtureScenario(app);
        await scenario.RunAsync();
        await host.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));

        var reads = new List<RecordedRead>();
        foreach (var (path, reader) in scenario.Reads())
        {
            var read = await Answers.ReadAsync(app.Client, path, reader);
            Assert.True(read.Status == (int)HttpStatusCode.OK, $"{path}: {read.Status} {read.Body?.ToJsonString()}");
            reads.Add(read);
        }

        IReadOnlyList<RegistryTimer> timers;
        await using (var query = host.Services.GetRequiredService<IDocumentStore>().QuerySession())
        {
            timers = await query.Query<RegistryTimer>().OrderBy(t => t.DueAt).ToListAsync();
        }

        var now = clock.GetUtcNow();
        // Stopped before the dump: the clock's high-water mark is written at shutdown, and nothing is left in flight.
        await host.StopAsync();
        await host.DisposeAsync();

        await File.WriteAllTextAsync(Path.Combine(folder, StoredFixture.LedgerKeyFile), ledgerKey);
        new FixtureManifest(Environment.GetEnvironmentVariable(CommitVariable) ?? "unknown", now, scenario.Subjects, scenario.Parties, reads,
            [.. timers.Select(t => new PendingTimer(t.Id, t.DueAt, t.CommandType))]).Write(folder);
        await StoredFixture.DumpAsync(connectionString, Path.Combine(folder, StoredFixture.SqlFile));
    }
}

/// <summary>A fact that runs only when a fixture is being made (<see cref="MakingTheFixture.MakeFixtureVariable"/> set), and says so when skipped.</summary>
public sealed class FixtureMakerFactAttribute : FactAttribute
{
    public FixtureMakerFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(MakingTheFixture.MakeFixtureVariable)))
        {
            Skip = "Makes a stored-data fixture; run by tests/AssetRegistry.Tests/StoredData/make-fixture.sh (StoredData/Fixtures/README.md).";
        }
    }
}
