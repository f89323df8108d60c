using AssetRegistry.Freezes;
using System.Net;
using System.Text.Json.Nodes;
using AssetRegistry.Assets;
using AssetRegistry.Infrastructure.Time;
using AssetRegistry.Tests.Infrastructure;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AssetRegistry.Tests.Infrastructure.Time;

/// <summary>
/// The registry's time across restarts and wall clocks that step back: acts stay in order, "as of" answers, and a
/// clock far behind stops the registry from recording rather than backdating what it records.
/// </summary>
public sealed class ClockAcrossRestartsTests
{
    private static readonly DateTimeOffset Later = RegistryApp.Start + TimeSpan.FromDays(400);

    [Fact]
    public async Task after_a_restart_on_a_wall_clock_set_back_an_act_is_stamped_after_the_last_and_as_of_now_answers()
    {
        var database = await RegistryApp.CreateDatabaseAsync();
        var token = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());
        var before = new FakeTimeProvider(Later);
        string number;
        await using (var host = await RegistryApp.StartHostAsync(database, before))
        {
            number = await new RegistryApi(new RegistryAppView(host, before)).RegisteredAssetAsync(token);
        }

        // The node comes back on a wall clock two minutes behind what it last handed out (NTP, another machine).
        var behind = new FakeTimeProvider(before.GetUtcNow() - TimeSpan.FromMinutes(2));
        await using var after = await RegistryApp.StartHostAsync(database, behind);
        var registry = new RegistryAppView(after, behind);
        var frozen = await FreezeAsync(registry, number);
        Assert.Equal(HttpStatusCode.Created, frozen.StatusCode);

        var events = await EventsAsync(after, number);
        Assert.True(events[1].Timestamp > events[0].Timestamp, $"{events[1].Timestamp:O} is not after {events[0].Timestamp:O}");
        Assert.Equal(((AssetFrozen)events[1].Data).FrozenAt, events[1].Timestamp);
        var now = after.Services.GetRequiredService<RegistryClock>().GetUtcNow();
        var asOfNow = await registry.Client.GetWithTokenAsync($"/api/assets/{number}?asOf={ViewJson.Query(now)}", token);
        Assert.Equal(HttpStatusCode.OK, asOfNow.StatusCode);
        Assert.True((await asOfNow.ReadJsonAsync())["frozen"]!.GetValue<bool>());
        Assert.Equal("Degraded", await HealthOfClockAsync(registry));
    }

    [Fact]
    public async Task a_wall_clock_far_behind_the_kept_mark_refuses_writes_with_503_and_reports_unhealthy_until_it_catches_up()
    {
        var database = await RegistryApp.CreateDatabaseAsync();
        var token = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());
        var before = new FakeTimeProvider(Later);
        string number, order;
        await using (var host = await RegistryApp.StartHostAsync(database, before))
        {
            var api = new RegistryApi(new RegistryAppView(host, before));
            number = await api.RegisteredAssetAsync(token);
            order = await api.UploadAsync(RegistryApi.ClerkZhao, $"查封裁定书 {Guid.NewGuid()}");
        }

        // Once, a restart sent the registry's time back 372 days.
        var wall = new FakeTimeProvider(before.GetUtcNow() - TimeSpan.FromDays(372));
        await using var after = await RegistryApp.StartHostAsync(database, wall);
        var registry = new RegistryAppView(after, wall);

        HttpResponseMessage? refused = null;
        await registry.AssertRefusedAsync(async () => refused = await FreezeAsync(registry, number, order), HttpStatusCode.ServiceUnavailable, "clock-behind",
            asset: number);
        Assert.NotNull(refused!.Headers.RetryAfter);
        Assert.Single(await EventsAsync(after, number));
        Assert.Equal(HttpStatusCode.OK, (await registry.Client.GetWithTokenAsync($"/api/assets/{number}", token)).StatusCode); // reads go on
        Assert.Equal("Unhealthy", await HealthOfClockAsync(registry));

        wall.Advance(TimeSpan.FromDays(373));
        Assert.Equal(HttpStatusCode.Created, (await FreezeAsync(registry, number)).StatusCode);
        Assert.Equal("Healthy", await HealthOfClockAsync(registry));
    }

    [Fact]
    public async Task a_stream_already_stamped_out_of_order_is_read_as_of_any_moment_without_a_failure()
    {
        await using var app = new RegistryApp();
        await app.InitializeAsync();
        var api = new RegistryApi(app);
        var token = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());
        var number = await api.RegisteredAssetAsync(token);
        var registeredAt = (await api.AssetAsync(number, token)).Instant("registeredAt");
        var recorded = new RecordedRegistrations(app);
        // As a database written before the registry clock could hold: a change stamped a year before the registration.
        var change = await recorded.RenameAsync(number, "改名之后的数据集");
        await using (var session = app.Store.LightweightSession())
        {
            var action = session.Events.Append(number, change);
            action.Events[0].Timestamp = registeredAt - TimeSpan.FromDays(372);
            await session.SaveChangesAsync();
        }

        var asOfNow = await app.Client.GetWithTokenAsync($"/api/assets/{number}?asOf={ViewJson.Query(app.Clock.GetUtcNow())}", token);
        var asOfTheChangesStamp = await app.Client.GetWithTokenAsync($"/api/assets/{number}?asOf={ViewJson.Query(registeredAt - TimeSpan.FromDays(300))}", token);

        Assert.Equal(HttpStatusCode.OK, asOfNow.StatusCode);
        // The longest prefix stamped by now is the whole stream; by a moment before the registration, nothing.
        Assert.Equal(2, (await asOfNow.ReadJsonAsync())["version"]!.GetValue<long>());
        Assert.Equal("asset-not-registered-then", (await asOfTheChangesStamp.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task marten_stamps_an_event_appended_outside_any_act_with_the_registrys_clock()
    {
        await using var app = new RegistryApp();
        await app.InitializeAsync();
        app.Clock.Advance(TimeSpan.FromTicks(1_234_567)); // not on a microsecond: the registry clock cuts it
        var stream = $"clock-probe-{Guid.NewGuid():N}";

        await using (var session = app.Store.LightweightSession())
        {
            session.Events.Append(stream, new ClockProbed(app.Clock.GetUtcNow()));
            await session.SaveChangesAsync();
        }

        await using var query = app.Store.QuerySession();
        var stamped = Assert.Single(await query.Events.FetchStreamAsync(stream));
        Assert.Equal(RegistryApp.Start + TimeSpan.FromTicks(1_234_560), stamped.Timestamp);
    }

    private static async Task<HttpResponseMessage> FreezeAsync(RegistryAppView registry, string number, string? order = null)
    {
        order ??= await new RegistryApi(registry).UploadAsync(RegistryApi.ClerkZhao, $"查封裁定书 {Guid.NewGuid()}");
        return await registry.Client.SendAsync(HttpExtensions.Json(HttpMethod.Post, $"/api/assets/{number}/freezes",
            new { court = "深圳市中级人民法院", caseNumber = $"(2026)粤03执{Random.Shared.Next(1, 99999)}号", orderFingerprint = order }, RegistryApi.ClerkZhao));
    }

    private static async Task<IReadOnlyList<IEvent>> EventsAsync(Alba.IAlbaHost host, string number)
    {
        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Events.FetchStreamAsync(number);
    }

    private static async Task<string> HealthOfClockAsync(RegistryAppView registry)
    {
        var check = ActivatorUtilities.CreateInstance<RegistryClockHealthCheck>(registry.Host.Services);
        return (await check.CheckHealthAsync(new())).Status.ToString();
    }
}

/// <summary>An event no projection knows, to see what Marten alone stamps.</summary>
public sealed record ClockProbed(DateTimeOffset At);
