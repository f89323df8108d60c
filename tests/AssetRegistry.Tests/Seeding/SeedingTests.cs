using AssetRegistry.Applications;
using AssetRegistry.Infrastructure;
using AssetRegistry.InitialRegistration;
using AssetRegistry.Assets;
using AssetRegistry.Ledger;
using AssetRegistry.Ledger.Audit;
using AssetRegistry.Seeding;
using AssetRegistry.Tests.Infrastructure;
using AssetRegistry.Timers;
using AssetRegistry.Validity;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;

namespace AssetRegistry.Tests.Seeding;

/// <summary>The <c>seed</c> verb records registered assets in bulk; the running service certifies them like any others.</summary>
public sealed class SeedingTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    [Fact]
    public async Task seeding_200_assets_creates_200_asset_streams_with_their_history_which_issuance_certifies_and_the_audit_passes()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Registry"] = app.ConnectionString })
            .AddInMemoryCollection(RegistryApp.Identity.Select(setting => KeyValuePair.Create(setting.Key, (string?)setting.Value)))
            .Build();

        var exit = await SeedCommand.RunAsync(["seed", "--assets", "200", "--batch", "64", "--random", "7"], configuration,
            new HostingEnvironment { EnvironmentName = "Testing" }, app.Clock);

        Assert.Equal(0, exit);
        await using (var session = app.Store.QuerySession())
        {
            var assetStreams = await session.AdvancedSql.QueryAsync<long>(
                "select count(distinct stream_id) from registry.mt_events where type = 'asset_registered'", CancellationToken.None);
            Assert.Equal(200, assetStreams[0]);
            var assets = await session.Query<Asset>().ToListAsync();
            Assert.Equal(200, assets.Count);
            Assert.All(assets, asset => Assert.Equal(1, asset.Version));
            Assert.Contains(assets, asset => asset.Kind == Verification.Identifiers.AssetKind.DataProduct && asset.Details.DerivedFrom.Count > 0);
            Assert.True(assets.Select(a => a.Holder.PartyCode).Distinct().Count() > 10);

            // Every holder is a verified party, named on the register as its party record names it (实名).
            var holders = assets.Select(a => a.Holder).Distinct().ToList();
            var parties = await session.LoadManyAsync<AssetRegistry.Parties.Party>(holders.Select(h => h.PartyCode));
            Assert.Equal(holders.Select(h => (h.PartyCode, h.Name)).Order(), parties.Select(p => (p.Id, p.Name)).Order());

            // Each asset's application went the whole way, as the service records it, and its expiry clock is armed.
            var applications = await session.Query<Application>().ToListAsync();
            Assert.Equal(200, applications.Count);
            Assert.All(applications, application =>
            {
                Assert.Equal(ApplicationState.Approved, application.State);
                Assert.Equal(6, application.Version);
                Assert.False(string.IsNullOrEmpty(application.AcceptedBy));
                // Its review report confirmed, before acceptance, by the institution it names.
                var subject = Assert.IsType<InitialSubject>(application.Subject);
                Assert.Equal(ReviewReportConfirmationState.Confirmed, subject.Confirmation?.State);
                Assert.True(subject.Confirmation!.By!.Reviews(subject.Details.ReviewReport.InstitutionCreditCode));
            });
            var numbers = applications.Select(a => a.RegistrationNumber).ToHashSet();
            Assert.True(numbers.SetEquals(assets.Select(a => a.Id)));
            Assert.All(assets, asset => Assert.True(asset.ValidUntil > app.Clock.GetUtcNow()));
            var timers = await session.LoadManyAsync<RegistryTimer>(assets.Select(a => ValidityTimers.ExpiryTimerId(a.Id)));
            Assert.Equal(200, timers.Count);
        }

        // The service's counters, one per kind and year: each counts its seeded registrations from 1 without a gap, and
        // the service's next registration of that kind and year follows them.
        await using var reading = app.Store.QuerySession();
        var seeded = (await reading.Query<Asset>().ToListAsync())
            .Select(asset => Verification.Identifiers.RegistrationNumber.TryParse(asset.Id, out var number, out _) ? number : throw new InvalidOperationException(asset.Id))
            .GroupBy(number => (number.Kind, number.Year))
            .ToDictionary(group => group.Key, group => group.Select(number => number.Serial).Order().ToList());
        Assert.True(seeded.Count >= 4, string.Join(", ", seeded.Keys));
        Assert.All(seeded.Values, serials => Assert.Equal(Enumerable.Range(1, serials.Count).Select(i => (long)i), serials));
        var next = await new RegistryApi(app).RegisteredAssetAsync(RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode()));
        Assert.True(Verification.Identifiers.RegistrationNumber.TryParse(next, out var nextNumber, out _));
        Assert.Equal(2026, nextNumber.Year);
        Assert.Equal(seeded[(Verification.Identifiers.AssetKind.DataResource, 2026)].Count + 1, nextNumber.Serial);

        await app.WaitForCertificatesAsync();
        var audit = await LedgerAudit.RunAsync(app.ConnectionString, app.Host.Services.GetRequiredService<LedgerKeys>().Published);
        Assert.True(audit.Passed, audit.FirstMismatch);
        Assert.Equal(201, audit.Certificates); // the seeded 200 and the service's own registration after them
        Assert.Equal(201, audit.Assets);
    }

    [Fact]
    public async Task seeded_acts_are_stamped_with_their_own_instants_and_seeding_reads_the_registrys_time_above_the_kept_mark()
    {
        var database = await RegistryApp.CreateDatabaseAsync();
        var kept = RegistryApp.Start + TimeSpan.FromDays(500);
        await new AssetRegistry.Infrastructure.Time.ClockMarks(database).KeepAsync("another-node", kept, CancellationToken.None);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Registry"] = database })
            .AddInMemoryCollection(RegistryApp.Identity.Select(setting => KeyValuePair.Create(setting.Key, (string?)setting.Value)))
            .Build();

        // The seeding machine's clock is far behind what the registry has already recorded.
        Assert.Equal(0, await SeedCommand.RunAsync(["seed", "--assets", "20", "--batch", "8", "--random", "3"], configuration,
            new HostingEnvironment { EnvironmentName = "Testing" }, app.Clock));

        var options = RegistryStore.Options(database, TimeProvider.System);
        using var store = new DocumentStore(options);
        await using var session = store.QuerySession();
        var assets = await session.Query<Asset>().ToListAsync();
        Assert.Equal(20, assets.Count);
        Assert.All(assets, asset => Assert.True(asset.ValidUntil > kept, "validity is reckoned from the registry's time, not the seeding machine's"));
        foreach (var asset in assets.Take(5))
        {
            var registered = Assert.Single(await session.Events.FetchStreamAsync(asset.Id));
            Assert.Equal(((AssetRegistered)registered.Data).RegisteredAt, registered.Timestamp);
            var application = await session.Events.FetchStreamAsync(((AssetRegistered)registered.Data).ApplicationId);
            Assert.All(application, e => Assert.True(e.Timestamp <= registered.Timestamp));
            Assert.Equal(((InitialRegistrationApplied)application[0].Data).SubmittedAt, application[0].Timestamp);
        }
    }

    [Fact]
    public async Task the_seed_verb_refuses_a_missing_count()
    {
        var configuration = new ConfigurationBuilder().Build();
        Assert.Equal(2, await SeedCommand.RunAsync(["seed", "--batch", "10"], configuration, new HostingEnvironment { EnvironmentName = "Testing" }, app.Clock));
        Assert.Equal(2, await SeedCommand.RunAsync(["seed", "--assets", "ten"], configuration, new HostingEnvironment { EnvironmentName = "Testing" }, app.Clock));
    }
}
