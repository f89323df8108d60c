using System.Net;
using AssetRegistry.Changing;
using AssetRegistry.Tests.Infrastructure;
using Marten;

namespace AssetRegistry.Tests.Changing;

/// <summary>Change registration (变更登记): each item before and after, never the holder, and the rules a change must keep.</summary>
public sealed class ChangeTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private readonly Given _given = new(app);
    private RegistryApi Api => _given.Api;

    [Fact]
    public async Task a_change_records_each_item_before_and_after_and_keeps_the_holder()
    {
        var (holder, number) = await _given.RegisteredAsync();
        // The holder's name comes from its party record, renamed by a clerk on the new licence (名称变更).
        await Api.Parties.RenamedAsync(holder.Code, "深圳市数据集团有限公司");

        var id = await Api.AppliedAsync("change", holder.Token, new { registrationNumber = number, updateFrequency = "每小时" });
        await Api.CompletedAsync(id);

        await using var session = app.Store.QuerySession();
        var changed = (await session.Events.FetchStreamAsync(number)).Select(e => e.Data).OfType<ChangeRegistered>().Single();
        Assert.Contains(changed.Changes, c => c is { Field: "updateFrequency", After: "每小时" } && c.Before != null);
        Assert.Contains(changed.Changes, c => c is { Field: "holderName", Before: "深圳市数据科技有限公司", After: "深圳市数据集团有限公司" });
        var asset = await _given.StoredAssetAsync(number);
        Assert.Equal(holder.Code, asset.Holder.PartyCode);
        Assert.Equal("深圳市数据集团有限公司", asset.Holder.Name);
    }

    [Fact]
    public async Task a_change_that_tries_to_change_the_holder_is_refused()
    {
        var (holder, number) = await _given.RegisteredAsync();

        await app.AssertRefusedAsync(() => Api.ApplyAsync("change", holder.Token, new { registrationNumber = number, holderPartyCode = RegistryApi.NewCreditCode() }),
            HttpStatusCode.Conflict, "change-cannot-change-holder", asset: number);
    }

    [Fact]
    public async Task a_change_that_changes_nothing_is_refused()
    {
        var (holder, number) = await _given.RegisteredAsync();

        await app.AssertRefusedAsync(() => Api.ApplyAsync("change", holder.Token, new { registrationNumber = number, industry = "交通运输" }),
            HttpStatusCode.Conflict, "change-changes-nothing", asset: number);
    }

    [Fact]
    public async Task a_change_of_a_licenses_terms_obeys_the_overlap_rules()
    {
        var (holder, number) = await _given.RegisteredAsync();
        // Dates fixed now: each completion below moves the clock on by a month.
        var (earlyStart, earlyEnd, lateStart, lateEnd, overlapping) = (Api.Today(200), Api.Today(250), Api.Today(300), Api.Today(350), Api.Today(320));
        var earlyId = await _given.LicensedAsync(holder, number, Enterprise.New("前段"), earlyStart, earlyEnd, "exclusive");
        await _given.LicensedAsync(holder, number, Enterprise.New("后段"), lateStart, lateEnd, "exclusive");

        await app.AssertRefusedAsync(() => Api.ApplyAsync("change", holder.Token, new { registrationNumber = number, license = new { licenseId = earlyId, endsOn = overlapping } }),
            HttpStatusCode.Conflict, "license-overlaps-exclusive", asset: number);
    }

    [Fact]
    public async Task a_change_that_removes_a_scenario_a_license_in_force_uses_is_refused_and_nothing_is_recorded()
    {
        // The license's scope is 城市规划.
        var (holder, number, _, _) = await _given.LicensedAssetAsync();

        await app.AssertRefusedAsync(() => Api.ApplyAsync("change", holder.Token, new { registrationNumber = number, applicationScenarios = new[] { "出行服务" } }),
            HttpStatusCode.Conflict, "scenario-used-by-license", field: "applicationScenarios", asset: number);
    }

    [Fact]
    public async Task a_change_approved_after_a_license_took_up_the_scenario_it_removes_is_refused_at_approval()
    {
        var (holder, number) = await _given.RegisteredAsync();
        var change = await Api.AppliedAsync("change", holder.Token, new { registrationNumber = number, applicationScenarios = new[] { "出行服务" } });
        await _given.LicensedAsync(holder, number, Enterprise.New("规划院"), Api.Today(1), Api.Today(200));
        await Api.ActedAsync("accept", change, RegistryApi.ClerkZhao);

        await app.AssertRefusedAsync(() => Api.ActAsync("approve", change, RegistryApi.ClerkQian), HttpStatusCode.Conflict, "scenario-used-by-license",
            asset: number, application: change);
    }
}
