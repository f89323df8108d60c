using AssetRegistry.Assets;
using AssetRegistry.Infrastructure;
using AssetRegistry.Portfolios;
using AssetRegistry.Rebuilding;
using AssetRegistry.Register;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;

namespace AssetRegistry.Tests.StoredData;

/// <summary>
/// Stored data is a contract: a database written by an earlier version (commit 6254490) is read by today's service —
/// every event, every answer the registry gave then.
/// </summary>
public sealed class StoredDataTests(RegistryOf6254490 stored) : IClassFixture<RegistryOf6254490>
{
    [Fact]
    public async Task every_stored_event_reads_back_as_an_event_the_registry_knows()
    {
        await using var session = stored.Store.QuerySession();
        var events = await session.Events.QueryAllRawEvents().ToListAsync();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.False(e.Data is null, $"event {e.Sequence} ({e.EventTypeName}) did not read back"));
    }

    [Fact]
    public async Task the_registry_answers_every_read_as_the_version_that_stored_the_data_did()
    {
        var answers = await Answers.ReadAllAsync(stored.Client, stored.Manifest.Reads);

        var differences = Answers.Compare(stored.Manifest.Reads, answers, exact: false);
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Fact]
    public async Task the_rebuild_writes_every_view_again_from_the_events_and_every_answer_comes_back_the_same()
    {
        var before = await Answers.ReadAllAsync(stored.Client, stored.Manifest.Reads);
        // As if the views were lost, or their stored shape no longer read: every document of every inline view goes.
        var options = RegistryStore.Options(stored.ConnectionString, stored.Clock);
        var views = options.Projections.All.Where(p => p.Lifecycle == ProjectionLifecycle.Inline).SelectMany(p => p.PublishedTypes())
            .Append(typeof(PublicRegisterEntry)).Distinct().ToArray();
        foreach (var view in views)
        {
            await stored.Store.Advanced.Clean.DeleteDocumentsByTypeAsync(view);
        }

        // And rows no event accounts for, as a faulty version might have left: a rebuild must not keep them.
        await using (var session = stored.Store.LightweightSession())
        {
            session.Store(new PartyRight("stray-right", "91440300MA5STRAY0X", stored.Manifest.Subject("asset.renewed"), RightType.Holding, null, null, stored.Clock.GetUtcNow()));
            await session.SaveChangesAsync();
        }

        var exit = await RebuildCommand.RunAsync(["rebuild"], new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Registry"] = stored.ConnectionString }).Build(),
            new HostingEnvironment { EnvironmentName = "Testing" }, stored.Clock);

        Assert.Equal(0, exit);
        var after = await Answers.ReadAllAsync(stored.Client, stored.Manifest.Reads);
        var differences = Answers.Compare(before, after, exact: true);
        Assert.True(differences.Count == 0, string.Join("\n", differences));
        await using var query = stored.Store.QuerySession();
        Assert.Null(await query.LoadAsync<PartyRight>("stray-right"));
    }

    [Fact]
    public void the_rebuild_knows_every_inline_view_of_the_store()
    {
        var views = RebuildCommand.InlineViews(RegistryStore.Options(stored.ConnectionString, stored.Clock));

        Assert.Equal(["Application", "Asset", "Objection", "Onboarding", "Party", AssetRegistry.Portfolios.PartyRightsProjection.ViewName, PublicRegisterProjection.Name], views.Order(StringComparer.Ordinal));
    }
}
