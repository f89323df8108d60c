using Marten;

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
}
