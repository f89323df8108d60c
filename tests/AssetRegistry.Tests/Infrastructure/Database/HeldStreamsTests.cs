using AssetRegistry.Infrastructure.Database;
using Marten;

namespace AssetRegistry.Tests.Infrastructure.Database;

/// <summary>
/// A decision resting on another stream (a product's sources, a correction's objection) holds that stream until it
/// commits: an append that would change the fact waits for the decision, and a second decision resting on the same
/// fact does not.
/// </summary>
public sealed class HeldStreamsTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private static readonly TimeSpan LongEnoughToHaveCommitted = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task an_append_to_a_held_stream_waits_until_the_decision_holding_it_commits()
    {
        var number = await StreamAsync();
        await using var deciding = app.Store.LightweightSession();
        await deciding.HoldAsync([number], CancellationToken.None);

        await using var changing = app.Store.LightweightSession();
        changing.Events.Append(number, new FactChanged(number));
        var append = changing.SaveChangesAsync();
        await Task.WhenAny(append, Task.Delay(LongEnoughToHaveCommitted));
        Assert.False(append.IsCompleted, "The append went through while a decision held the stream.");

        // The decision records what it decided, on its own stream, and commits.
        deciding.Events.StartStream($"decision-{Guid.NewGuid():N}", new FactChanged(number));
        await deciding.SaveChangesAsync();
        await append.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(2, (await app.Store.QuerySession().Events.FetchStreamStateAsync(number))!.Version);
    }

    [Fact]
    public async Task two_decisions_holding_the_same_stream_do_not_wait_for_each_other()
    {
        var number = await StreamAsync();
        await using var first = app.Store.LightweightSession();
        await first.HoldAsync([number], CancellationToken.None);

        await using var second = app.Store.LightweightSession();
        await second.HoldAsync([number], CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));

        first.Events.StartStream($"decision-{Guid.NewGuid():N}", new FactChanged(number));
        second.Events.StartStream($"decision-{Guid.NewGuid():N}", new FactChanged(number));
        await first.SaveChangesAsync();
        await second.SaveChangesAsync();
    }

    /// <summary>An event no projection or certificate reads: the streams here stand for any fact a decision rests on.</summary>
    private sealed record FactChanged(string Id);

    /// <summary>A stream of its own for each test: like the asset or objection a decision holds.</summary>
    private async Task<string> StreamAsync()
    {
        var number = $"held-{Guid.NewGuid():N}";
        await using var session = app.Store.LightweightSession();
        session.Events.StartStream(number, new FactChanged(number));
        await session.SaveChangesAsync();
        return number;
    }
}
