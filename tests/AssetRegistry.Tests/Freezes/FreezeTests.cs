using System.Net;
using AssetRegistry.Tests.Infrastructure;

namespace AssetRegistry.Tests.Freezes;

/// <summary>Judicial freezes (查封): recorded by a clerk on the court's order, blocking every disposition until lifted.</summary>
public sealed class FreezeTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private readonly Given _given = new(app);
    private RegistryApi Api => _given.Api;

    [Fact]
    public async Task a_freeze_refuses_license_transfer_and_cancellation_until_the_courts_release_order_lifts_it()
    {
        var (holder, number) = await _given.RegisteredAsync();
        var freeze = await _given.FrozenAsync(number);
        Assert.True(freeze["standing"]!.GetValue<bool>());

        var licensee = Enterprise.New("被许可人");
        await app.AssertRefusedAsync(() => Api.ApplyAsync("license", holder.Token, Given.License(number, licensee, Api.Today(1), Api.Today(100))),
            HttpStatusCode.Conflict, "asset-frozen", asset: number);
        await app.AssertRefusedAsync(() => _given.ApplyForTransferAsync(holder, number, Enterprise.New("买方")), HttpStatusCode.Conflict, "asset-frozen", asset: number);
        await app.AssertRefusedAsync(() => _given.ApplyForCancellationAsync(number, holder.Token), HttpStatusCode.Conflict, "asset-frozen", asset: number);

        var released = await _given.ReleaseAsync(number, freeze.Text("freezeId"));
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        var lifted = await released.ReadJsonAsync();
        Assert.False(lifted["standing"]!.GetValue<bool>());
        Assert.Equal("releaseOrder", lifted.Text("liftedBy"));

        var after = await Api.ApplyAsync("license", holder.Token, Given.License(number, licensee, Api.Today(1), Api.Today(100)));
        Assert.Equal(HttpStatusCode.Created, after.StatusCode);
        Assert.Equal(1, await _given.RecordedAsync(number, holder.Token, "asset_frozen"));
        Assert.Equal(1, await _given.RecordedAsync(number, holder.Token, "asset_unfrozen"));
    }

    [Fact]
    public async Task a_registration_applied_for_before_the_freeze_is_refused_at_approval()
    {
        var (holder, number) = await _given.RegisteredAsync();
        var licensee = Enterprise.New("先申请的被许可人");
        var id = await Api.AppliedAsync("license", holder.Token, Given.License(number, licensee, Api.Today(1), Api.Today(100)));
        await Api.ActedAsync("consent", id, licensee.Token);
        await Api.ActedAsync("accept", id, RegistryApi.ClerkZhao);

        await _given.FrozenAsync(number);
        await app.AssertRefusedAsync(() => Api.ActAsync("approve", id, RegistryApi.ClerkQian), HttpStatusCode.Conflict, "asset-frozen",
            asset: number, application: id);
    }

    [Fact]
    public async Task a_freeze_with_a_term_ends_by_itself_at_midnight_china_time()
    {
        var (holder, number) = await _given.RegisteredAsync();
        var lastDay = Api.Today(10);
        var freeze = await _given.FrozenAsync(number, endsOn: lastDay);
        var endsAt = Given.EndOfChinaDay(lastDay);
        Assert.Equal(endsAt, Given.Instant(freeze, "endsAt"));
        var licensee = Enterprise.New("被许可人");

        await Api.PassUntilAsync(endsAt - TimeSpan.FromMinutes(1));
        await app.AssertRefusedAsync(() => Api.ApplyAsync("license", holder.Token, Given.License(number, licensee, Api.Today(1), Api.Today(100))),
            HttpStatusCode.Conflict, "asset-frozen", asset: number);
        Assert.Equal(0, await _given.RecordedAsync(number, holder.Token, "asset_unfrozen"));

        await Api.PassAsync(TimeSpan.FromMinutes(2));

        var ended = await _given.FreezeViewAsync(number, freeze.Text("freezeId"), holder.Token);
        Assert.False(ended["standing"]!.GetValue<bool>());
        Assert.Equal("termEnded", ended.Text("liftedBy"));
        Assert.Equal(endsAt, Given.Instant(ended, "liftedAt"));
        Assert.Equal(1, await _given.RecordedAsync(number, holder.Token, "asset_unfrozen"));
        var after = await Api.ApplyAsync("license", holder.Token, Given.License(number, licensee, Api.Today(1), Api.Today(100)));
        Assert.Equal(HttpStatusCode.Created, after.StatusCode);

        await app.AssertRefusedAsync(() => _given.ReleaseAsync(number, freeze.Text("freezeId")), HttpStatusCode.Conflict, "freeze-already-lifted", asset: number);
    }

    [Fact]
    public async Task an_unknown_freeze_is_a_404_and_a_lifted_one_cannot_be_released_again()
    {
        var (_, number) = await _given.RegisteredAsync();
        var freeze = await _given.FrozenAsync(number);

        await app.AssertRefusedAsync(() => _given.ReleaseAsync(number, Guid.CreateVersion7().ToString()), HttpStatusCode.NotFound, "freeze-not-found", asset: number);

        Assert.Equal(HttpStatusCode.OK, (await _given.ReleaseAsync(number, freeze.Text("freezeId"))).StatusCode);
        await app.AssertRefusedAsync(() => _given.ReleaseAsync(number, freeze.Text("freezeId")), HttpStatusCode.Conflict, "freeze-already-lifted", asset: number);
    }

    [Fact]
    public async Task only_clerks_record_freezes_if_match_is_honoured_and_a_cancelled_asset_cannot_be_frozen()
    {
        var (holder, number) = await _given.RegisteredAsync();
        var order = await Api.UploadAsync(holder.Token, $"查封裁定书 {Guid.NewGuid()}");
        var body = new { court = "深圳市中级人民法院", caseNumber = "(2026)粤03执保1号", orderFingerprint = order };

        await app.AssertRefusedAsync(() => _given.FreezeAsync(number, body, holder.Token), HttpStatusCode.Forbidden, "forbidden", asset: number);
        await app.AssertRefusedAsync(() => _given.FreezeAsync(number, body, ifMatch: "\"99\""), HttpStatusCode.PreconditionFailed, "precondition-failed", asset: number);

        await Api.CompletedAsync(await Api.AppliedAsync("cancellation", holder.Token, new { registrationNumber = number, ground = "voluntary" }));
        await app.AssertRefusedAsync(() => _given.FreezeAsync(number, body), HttpStatusCode.Conflict, "asset-cancelled", asset: number);
        Assert.Equal(0, await _given.RecordedAsync(number, holder.Token, "asset_frozen"));
    }
}
