using AssetRegistry.Applications;
using AssetRegistry.Tests.Infrastructure;
using AssetRegistry.Timers;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AssetRegistry.Tests.Infrastructure.Nodes;

/// <summary>Every node sweeps the timers; a timer two nodes fire at once takes effect once.</summary>
public sealed class TimersOnSeveralNodesTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    [Fact]
    public async Task a_deadline_two_nodes_fire_at_the_same_moment_takes_effect_once()
    {
        var (_, applicationId, noticeEndsAt) = await new Given(app).UnderNoticeAsync();
        var otherClock = new FakeTimeProvider(app.Clock.GetUtcNow());
        await using var otherNode = await RegistryApp.StartHostAsync(app.ConnectionString, otherClock);

        var past = noticeEndsAt.AddMinutes(1) - app.Clock.GetUtcNow();
        app.Clock.Advance(past);
        otherClock.Advance(past);
        var sweeps = new[] { app.Host.Services, otherNode.Services, app.Host.Services, otherNode.Services }
            .Select(services => Task.Run(() => services.GetRequiredService<TimerSweep>().FireDueAsync(CancellationToken.None)));
        await Task.WhenAll(sweeps);

        await using var session = app.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(applicationId);
        Assert.Single(events, e => e.Data is PublicNoticeEnded);
        Assert.Equal(0, await session.Query<RegistryTimer>().CountAsync(t => t.DueAt <= app.Clock.GetUtcNow()));
    }
}
