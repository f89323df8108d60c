using System.Net;
using AssetRegistry.Tests.Infrastructure;

namespace AssetRegistry.Tests.Clocks;

/// <summary>Judicial freezes (查封): recorded by a clerk on the court's order, blocking every disposition until lifted.</summary>
public sealed class FreezeTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private readonly ClockScenarios _given = new(app);
    private RegistryApi Api => _given.Api;

    [Fact]
    public async Task a_freeze_refuses_license_transfer_and_cancellation_until_the_courts_release_order_lifts_it()
    {
        var (holder, number) = await _given.RegisteredAsync();
        var freeze = await _given.FrozenAsync(number);
        Assert.True(freeze["standing"]!.GetValue<bool>());

        var licensee = Enterprise.New("被许可人");
        var license = await Api.ApplyAsync("license", holder.Token, ClockScenarios.License(number, licensee, Api.Today(1), Api.Today(100)));
        var buyer = Enterprise.New("买方");
        var contract = await Api.UploadAsync(holder.Token, $"transfer contract {Guid.NewGuid()}");
        var transfer = await Api.ApplyAsync("transfer", holder.Token, new
        {
            registrationNumber = number, newHolder = RegistryApi.Organisation(buyer.Code, buyer.Name), ground = "trade", basisFingerprint = contract,
        });
        var cancellation = await Api.ApplyAsync("cancellation", holder.Token, new { registrationNumber = number, ground = "voluntary" });

        foreach (var refused in new[] { license, transfer, cancellation })
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Equal("asset-frozen", (await refused.ReadProblemAsync()).Code());
        }

        var released = await _given.ReleaseAsync(number, freeze.Text("freezeId"));
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        var lifted = await released.ReadJsonAsync();
        Assert.False(lifted["standing"]!.GetValue<bool>());
        Assert.Equal("releaseOrder", lifted.Text("liftedBy"));

        var after = await Api.ApplyAsync("license", holder.Token, ClockScenarios.License(number, licensee, Api.Today(1), Api.Today(100)));
        Assert.Equal(HttpStatusCode.Created, after.StatusCode);
        Assert.Equal(1, await _given.RecordedAsync(number, holder.Token, "asset_frozen"));
        Assert.Equal(1, await _given.RecordedAsync(number, holder.Token, "asset_unfrozen"));
    }

    [Fact]
    public async Task a_registration_applied_for_before_the_freeze_is_refused_at_approval()
    {
        var (holder, number) = await _given.RegisteredAsync();
        var licensee = Enterprise.New("先申请的被许可人");
        var id = await Api.AppliedAsync("license", holder.Token, ClockScenarios.License(number, licensee, Api.Today(1), Api.Today(100)));
        await Api.ActedAsync("consent", id, licensee.Token);
        await Api.ActedAsync("accept", id, RegistryApi.ClerkZhao);

        await _given.FrozenAsync(number);
        var approval = await Api.ActAsync("approve", id, RegistryApi.ClerkQian);

        Assert.Equal(HttpStatusCode.Conflict, approval.StatusCode);
        Assert.Equal("asset-frozen", (await approval.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task a_freeze_with_a_term_ends_by_itself_at_midnight_china_time()
    {
        var (holder, number) = await _given.RegisteredAsync();
        var lastDay = Api.Today(10);
        var freeze = await _given.FrozenAsync(number, endsOn: lastDay);
        var endsAt = ClockScenarios.EndOfChinaDay(lastDay);
        Assert.Equal(endsAt, ClockScenarios.Instant(freeze, "endsAt"));
        var licensee = Enterprise.New("被许可人");

        await Api.PassUntilAsync(endsAt - TimeSpan.FromMinutes(1));
        var during = await Api.ApplyAsync("license", holder.Token, ClockScenarios.License(number, licensee, Api.Today(1), Api.Today(100)));
        Assert.Equal("asset-frozen", (await during.ReadProblemAsync()).Code());
        Assert.Equal(0, await _given.RecordedAsync(number, holder.Token, "asset_unfrozen"));

        await Api.PassAsync(TimeSpan.FromMinutes(2));

        var ended = await _given.FreezeViewAsync(number, freeze.Text("freezeId"), holder.Token);
        Assert.False(ended["standing"]!.GetValue<bool>());
        Assert.Equal("termEnded", ended.Text("liftedBy"));
        Assert.Equal(endsAt, ClockScenarios.Instant(ended, "liftedAt"));
        Assert.Equal(1, await _given.RecordedAsync(number, holder.Token, "asset_unfrozen"));
        var after = await Api.ApplyAsync("license", holder.Token, ClockScenarios.License(number, licensee, Api.Today(1), Api.Today(100)));
        Assert.Equal(HttpStatusCode.Created, after.StatusCode);

        var release = await _given.ReleaseAsync(number, freeze.Text("freezeId"));
        Assert.Equal(HttpStatusCode.Conflict, release.StatusCode);
        Assert.Equal("freeze-already-lifted", (await release.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task an_unknown_freeze_is_a_404_and_a_lifted_one_cannot_be_released_again()
    {
        var (_, number) = await _given.RegisteredAsync();
        var freeze = await _given.FrozenAsync(number);

        var unknown = await _given.ReleaseAsync(number, Guid.CreateVersion7().ToString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("freeze-not-found", (await unknown.ReadProblemAsync()).Code());

        Assert.Equal(HttpStatusCode.OK, (await _given.ReleaseAsync(number, freeze.Text("freezeId"))).StatusCode);
        var again = await _given.ReleaseAsync(number, freeze.Text("freezeId"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("freeze-already-lifted", (await again.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task only_clerks_record_freezes_if_match_is_honoured_and_a_cancelled_asset_cannot_be_frozen()
    {
        var (holder, number) = await _given.RegisteredAsync();
        var order = await Api.UploadAsync(holder.Token, $"查封裁定书 {Guid.NewGuid()}");
        var body = new { court = "深圳市中级人民法院", caseNumber = "(2026)粤03执保1号", orderFingerprint = order };

        var byHolder = await _given.FreezeAsync(number, body, holder.Token);
        Assert.Equal(HttpStatusCode.Forbidden, byHolder.StatusCode);

        var stale = await _given.FreezeAsync(number, body, ifMatch: "\"99\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);

        await Api.CompletedAsync(await Api.AppliedAsync("cancellation", holder.Token, new { registrationNumber = number, ground = "voluntary" }));
        var cancelled = await _given.FreezeAsync(number, body);
        Assert.Equal(HttpStatusCode.Conflict, cancelled.StatusCode);
        Assert.Equal("asset-cancelled", (await cancelled.ReadProblemAsync()).Code());
        Assert.Equal(0, await _given.RecordedAsync(number, holder.Token, "asset_frozen"));
    }
}
