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
/// of the checked-out commit, records its answers and pending timers, stops it and dumps its database, into the folder
/// <see cref="MakeFixtureVariable"/> names (as <c>make-fixture.sh</c> sets it). In an ordinary run it writes to a
/// folder of its own and throws it away: today's code must always be able to make the next fixture.
/// </summary>
public sealed class MakingTheFixture
{
    public const string MakeFixtureVariable = "ASSETREGISTRY_MAKE_FIXTURE";
    public const string CommitVariable = "ASSETREGISTRY_FIXTURE_COMMIT";

    [Fact]
    public async Task make_a_stored_data_fixture_from_the_checked_out_code()
    {
        var requested = Environment.GetEnvironmentVariable(MakeFixtureVariable);
        var folder = string.IsNullOrWhiteSpace(requested) ? Directory.CreateTempSubdirectory("fixture-").FullName : requested;
        try
        {
            await MakeAsync(folder);
            Assert.All([StoredFixture.SqlFile, StoredFixture.LedgerKeyFile, FixtureManifest.FileName],
                file => Assert.True(new FileInfo(Path.Combine(folder, file)).Length > 0, $"{file} was not written"));
        }
        finally
        {
            if (string.IsNullOrWhiteSpace(requested))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task MakeAsync(string folder)
    {
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
