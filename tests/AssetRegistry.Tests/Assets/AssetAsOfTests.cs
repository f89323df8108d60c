using System.Net;
using AssetRegistry.Tests.Infrastructure;

namespace AssetRegistry.Tests.Assets;

/// <summary>
/// <c>?asOf=</c>: what the register said at a past recording time — the events recorded by then, judged at
/// that moment — with recording times stamped by the registry's clock.
/// </summary>
public sealed class AssetAsOfTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private readonly RegistryApi _api = new(app);
    private readonly Given _given = new(app);
    private readonly RecordedRegistrations _recorded = new(app);
    private static string Bank => RegistryApi.LoanOfficer;

    private Task<HttpResponseMessage> AsOfAsync(string number, string asOf) => _api.Client.GetWithTokenAsync($"/api/assets/{number}?asOf={asOf}", Bank);

    private async Task<System.Text.Json.Nodes.JsonObject> AssetAsOfAsync(string number, DateTimeOffset asOf)
    {
        var response = await AsOfAsync(number, ViewJson.Query(asOf));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Null(response.Headers.ETag); // a past state is no basis for a write
        return await response.ReadJsonAsync();
    }

    [Fact]
    public async Task before_a_transfer_the_previous_holder_and_after_it_the_new_one()
    {
        var code = RegistryApi.NewCreditCode();
        var number = await _api.RegisteredAssetAsync(RegistryApi.EnterpriseToken(code));
        app.Clock.Advance(TimeSpan.FromDays(1));
        var newHolder = RecordedRegistrations.Enterprise("北京数据交易服务有限公司");
        var transferredAt = await _recorded.RecordAsync(number, await _recorded.TransferAsync(number, newHolder, RecordedRegistrations.Fingerprint()));
        app.Clock.Advance(TimeSpan.FromHours(1));

        var before = await AssetAsOfAsync(number, transferredAt - TimeSpan.FromSeconds(1));
        var after = await AssetAsOfAsync(number, transferredAt + TimeSpan.FromMinutes(1));
        var atTheMoment = await AssetAsOfAsync(number, transferredAt); // recorded at asOf counts as recorded by then

        Assert.Equal(code, before["holder"]!["partyCode"]!.GetValue<string>());
        Assert.Equal(1, before["version"]!.GetValue<long>());
        Assert.Equal(transferredAt - TimeSpan.FromSeconds(1), before.Instant("asOf"));
        Assert.Equal(newHolder.PartyCode, after["holder"]!["partyCode"]!.GetValue<string>());
        Assert.Equal(2, after["version"]!.GetValue<long>());
        Assert.Equal(newHolder.PartyCode, atTheMoment["holder"]!["partyCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_license_appears_only_as_of_its_recording_even_when_its_term_began_earlier()
    {
        var number = (await _given.RegisteredAsync()).Number;
        var registeredAt = app.Clock.GetUtcNow();
        app.Clock.Advance(TimeSpan.FromDays(10));
        // Its term started before it was registered: by dates alone it would be "in force" earlier too.
        var license = await _recorded.LicenseAsync(number, RecordedRegistrations.Enterprise("被许可人有限公司"), _recorded.Today.AddDays(-20), _recorded.Today.AddDays(100));
        var licensedAt = await _recorded.RecordAsync(number, license);
        app.Clock.Advance(TimeSpan.FromDays(1));

        var before = await AssetAsOfAsync(number, licensedAt - TimeSpan.FromMilliseconds(1));
        var after = await AssetAsOfAsync(number, licensedAt + TimeSpan.FromSeconds(1));

        Assert.Empty(before["licensesInForce"]!.AsArray());
        Assert.Equal([license.LicenseId], after.Objects("licensesInForce").Select(l => l.Text("licenseId")));
        Assert.Equal("active", (await AssetAsOfAsync(number, registeredAt)).Text("status"));
    }

    [Fact]
    public async Task status_as_of_is_the_status_at_that_moment()
    {
        var number = (await _given.RegisteredAsync()).Number;
        app.Clock.Advance(TimeSpan.FromDays(2));
        var cancelledAt = await _recorded.RecordAsync(number, _recorded.Cancellation(number));
        app.Clock.Advance(TimeSpan.FromDays(2));

        Assert.Equal("active", (await AssetAsOfAsync(number, cancelledAt - TimeSpan.FromHours(1))).Text("status"));
        Assert.Equal("cancelled", (await AssetAsOfAsync(number, cancelledAt + TimeSpan.FromHours(1))).Text("status"));
    }

    [Fact]
    public async Task before_the_asset_was_registered_is_404_asset_not_registered_then()
    {
        var before = app.Clock.GetUtcNow();
        var number = (await _given.RegisteredAsync()).Number;

        var response = await AsOfAsync(number, ViewJson.Query(before));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("asset-not-registered-then", (await response.ReadProblemAsync()).Code());
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2026-05-01")]
    [InlineData("2026-05-01T00:00:00")]
    [InlineData("2026-13-01T00:00:00Z")]
    public async Task a_malformed_as_of_is_400_naming_as_of(string asOf)
    {
        var number = (await _given.RegisteredAsync()).Number;

        var response = await AsOfAsync(number, Uri.EscapeDataString(asOf));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["asOf"], (await response.ReadProblemAsync()).FieldsAtFault());
    }

    [Fact]
    public async Task an_as_of_with_an_offset_is_read_in_that_offset_and_a_future_one_is_refused()
    {
        var number = (await _given.RegisteredAsync()).Number;
        var now = app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8));

        // An unescaped '+' arrives as a space; the view takes it back.
        var inChina = await AsOfAsync(number, now.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        var future = await AsOfAsync(number, ViewJson.Query(now.AddMinutes(1)));

        Assert.Equal(HttpStatusCode.OK, inChina.StatusCode);
        Assert.Equal(now.UtcDateTime, (await inChina.ReadJsonAsync()).Instant("asOf").UtcDateTime);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Equal(["asOf"], (await future.ReadProblemAsync()).FieldsAtFault());
    }
}
