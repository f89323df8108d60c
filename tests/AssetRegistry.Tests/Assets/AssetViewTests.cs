using System.Net;
using AssetRegistry.Assets;
using AssetRegistry.Tests.Infrastructure;
using AssetRegistry.Verification.Identifiers;

namespace AssetRegistry.Tests.Assets;

/// <summary>The asset as anyone with a token sees it now: title, status from dates, licenses in force, validity, public metadata.</summary>
public sealed class AssetViewTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private readonly RegistryApi _api = new(app);
    private readonly Given _given = new(app);
    private readonly RecordedRegistrations _recorded = new(app);
    private static string Bank => RegistryApi.LoanOfficer;

    [Fact]
    public async Task the_asset_shows_its_holder_status_validity_and_public_metadata_with_its_version_as_etag()
    {
        var code = RegistryApi.NewCreditCode();
        var number = await _api.RegisteredAssetAsync(RegistryApi.EnterpriseToken(code));

        var response = await _api.GetAssetAsync(number, Bank);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        var asset = await response.ReadJsonAsync();
        Assert.Equal(number, asset.Text("registrationNumber"));
        Assert.Equal(code, asset["holder"]!["partyCode"]!.GetValue<string>());
        Assert.Equal("active", asset.Text("status"));
        Assert.True(asset.Instant("validUntil") > app.Clock.GetUtcNow().AddYears(2));
        Assert.Equal("自有业务系统采集，经用户授权", asset.Text("dataSource"));
        Assert.Empty(asset["licensesInForce"]!.AsArray());
        Assert.Equal(1, asset["version"]!.GetValue<long>());
        Assert.Null(asset["asOf"]);
        var body = asset.ToJsonString();
        Assert.DoesNotContain("reviewReport", body, StringComparison.Ordinal);
        Assert.DoesNotContain("ingerprint", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task licenses_in_force_are_shown_and_ended_cancelled_or_future_ones_are_not()
    {
        var number = (await _given.RegisteredAsync()).Number;
        var today = _recorded.Today;
        var licensee = RecordedRegistrations.Enterprise("杭州出行研究院有限公司");
        var lasting = await _recorded.LicenseAsync(number, licensee, today.AddDays(-5), today.AddDays(365), AssetRegistry.Licensing.LicenseType.Sole);
        var endingTomorrow = await _recorded.LicenseAsync(number, RecordedRegistrations.Enterprise("短期被许可人"), today.AddDays(-5), today.AddDays(1));
        var cancelled = await _recorded.LicenseAsync(number, RecordedRegistrations.Enterprise("已注销被许可人"), today, today.AddDays(365));
        var future = await _recorded.LicenseAsync(number, RecordedRegistrations.Enterprise("未来被许可人"), today.AddDays(30), today.AddDays(365));
        foreach (var license in new[] { lasting, endingTomorrow, cancelled, future })
        {
            await _recorded.RecordAsync(number, license);
        }

        await _recorded.RecordAsync(number, _recorded.LicenseCancellation(number, cancelled.LicenseId));

        var asset = await (await _api.GetAssetAsync(number, Bank)).ReadJsonAsync();
        Assert.Equal(new[] { lasting.LicenseId, endingTomorrow.LicenseId }.Order(), asset.Objects("licensesInForce").Select(l => l.Text("licenseId")).Order());
        var shown = asset.Objects("licensesInForce").Single(l => l.Text("licenseId") == lasting.LicenseId);
        Assert.Equal(licensee.PartyCode, shown["licensee"]!["partyCode"]!.GetValue<string>());
        Assert.Equal("杭州出行研究院有限公司", shown["licensee"]!["name"]!.GetValue<string>());
        Assert.Equal("sole", shown.Text("type"));
        Assert.True(shown["subLicensingAllowed"]!.GetValue<bool>());
        Assert.Equal(["城市规划", "出行服务"], shown["scope"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(today.AddDays(365).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), shown.Text("endsOn"));
        Assert.Equal(6, asset["version"]!.GetValue<long>());

        app.Clock.Advance(TimeSpan.FromDays(3)); // past 24:00 of the short license's last day

        var later = await (await _api.GetAssetAsync(number, Bank)).ReadJsonAsync();
        Assert.Equal([lasting.LicenseId], later.Objects("licensesInForce").Select(l => l.Text("licenseId")));
    }

    [Fact]
    public async Task a_cancelled_asset_shows_cancelled_and_no_licenses()
    {
        var number = (await _given.RegisteredAsync()).Number;
        var today = _recorded.Today;
        await _recorded.RecordAsync(number, await _recorded.LicenseAsync(number, RecordedRegistrations.Enterprise("被许可人"), today, today.AddDays(90)));
        app.Clock.Advance(TimeSpan.FromHours(2));
        var cancelledAt = await _recorded.RecordAsync(number, _recorded.Cancellation(number));

        var asset = await (await _api.GetAssetAsync(number, Bank)).ReadJsonAsync();

        Assert.Equal("cancelled", asset.Text("status"));
        Assert.Equal(cancelledAt, asset.Instant("cancelledAt"));
        // The license's term still runs, but the registration it was made on has ended.
        Assert.Empty(asset["licensesInForce"]!.AsArray());
    }

    [Fact]
    public async Task an_asset_past_its_validity_shows_expired_whether_or_not_a_timer_has_run()
    {
        var authorisationEnds = _recorded.Today.AddDays(45);
        var number = await _api.RegisteredAssetAsync(RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode()),
            authorisationEndsOn: authorisationEnds.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var validUntil = (await (await _api.GetAssetAsync(number, Bank)).ReadJsonAsync()).Instant("validUntil");

        // The clock alone moves: no sweep, no timer — the status is worked out from the dates.
        app.Clock.Advance(validUntil - app.Clock.GetUtcNow() - TimeSpan.FromSeconds(1));
        Assert.Equal("active", (await (await _api.GetAssetAsync(number, Bank)).ReadJsonAsync()).Text("status"));
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("expired", (await (await _api.GetAssetAsync(number, Bank)).ReadJsonAsync()).Text("status"));
    }

    [Fact]
    public async Task an_open_objection_and_a_standing_freeze_are_shown_to_whoever_looks()
    {
        var number = (await _given.RegisteredAsync()).Number;
        var quiet = await (await _api.GetAssetAsync(number, Bank)).ReadJsonAsync();
        var objection = _recorded.Objection(number, RecordedRegistrations.Enterprise("异议人有限公司"), "该数据集来源于本公司系统");
        await _recorded.RecordAsync(number, objection);
        await _recorded.RecordAsync(number, _recorded.Freeze(number));

        var warned = await (await _api.GetAssetAsync(number, Bank)).ReadJsonAsync();

        Assert.Empty(quiet["openObjections"]!.AsArray());
        Assert.False(quiet["frozen"]!.GetValue<bool>());
        var shown = Assert.Single(warned.Objects("openObjections"));
        Assert.Equal((objection.ObjectionId, "异议人有限公司"), (shown.Text("objectionId"), shown.Text("objectorName")));
        Assert.True(warned["frozen"]!.GetValue<bool>());
    }

    [Fact]
    public async Task a_mistyped_number_is_400_an_unknown_one_404_and_no_token_401()
    {
        var number = RegistrationNumber.Parse((await _given.RegisteredAsync()).Number);
        var unknown = RegistrationNumber.Create(number.Registry, number.Kind, number.Year, number.Serial + 1_000_000);
        var text = number.ToString();
        var mistyped = text[..^1] + (text[^1] == 'A' ? 'B' : 'A');

        var bad = await _api.GetAssetAsync(mistyped, Bank);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("registrationNumber", (await bad.ReadProblemAsync()).FieldsAtFault());

        var missing = await _api.GetAssetAsync(unknown.ToString(), Bank);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("asset-not-found", (await missing.ReadProblemAsync()).Code());

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client.GetAsync(new Uri($"/api/assets/{text}", UriKind.Relative))).StatusCode);
    }
}
