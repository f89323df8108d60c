using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using AssetRegistry.Tests.Infrastructure;

namespace AssetRegistry.Tests.Clocks;

public sealed record Enterprise(string Code, string Name, string Token)
{
    public static Enterprise New(string name)
    {
        var code = RegistryApi.NewCreditCode();
        return new Enterprise(code, name, RegistryApi.EnterpriseToken(code));
    }
}

/// <summary>
/// The givens of the clock tests, through the HTTP API: registered assets, their validity, freezes, licenses,
/// and the asset's history (the events its stream recorded) to count what the registry's clock recorded.
/// </summary>
public sealed class ClockScenarios(RegistryApp app)
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public RegistryApi Api { get; } = new(app);

    public DateTimeOffset Now => app.Clock.GetUtcNow();

    public async Task<(Enterprise Holder, string Number)> RegisteredAsync(string? authorisationEndsOn = null)
    {
        var holder = Enterprise.New("深圳市数据科技有限公司");
        return (holder, await Api.RegisteredAssetAsync(holder.Token, authorisationEndsOn: authorisationEndsOn));
    }

    public async Task<DateTimeOffset> ValidUntilAsync(string number, string token) => Instant(await Api.AssetAsync(number, token), "validUntil");

    public async Task<string> StatusAsync(string number, string token) => (await Api.AssetAsync(number, token)).Text("status");

    /// <summary>The event names the asset's stream recorded, oldest first (GET /api/assets/{n}/history).</summary>
    public async Task<IReadOnlyList<JsonObject>> HistoryAsync(string number, string token)
    {
        var response = await Api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/assets/{number}/history").WithToken(token));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return [.. (await response.ReadJsonAsync())["registrations"]!.AsArray().Select(e => e!.AsObject())];
    }

    public async Task<int> RecordedAsync(string number, string token, string eventName) =>
        (await HistoryAsync(number, token)).Count(e => e.Text("event") == eventName);

    public Task<HttpResponseMessage> FreezeAsync(string number, object body, string? token = null, string? ifMatch = null)
    {
        var request = HttpExtensions.Json(HttpMethod.Post, $"/api/assets/{number}/freezes", body, token ?? RegistryApi.ClerkZhao);
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return Api.Client.SendAsync(request);
    }

    /// <summary>A court's freeze order uploaded by the clerk and recorded: the freeze as the registry answered.</summary>
    public async Task<JsonObject> FrozenAsync(string number, string? endsOn = null)
    {
        var order = await Api.UploadAsync(RegistryApi.ClerkZhao, $"查封裁定书 {Guid.NewGuid()}");
        var response = await FreezeAsync(number, new { court = "深圳市中级人民法院", caseNumber = $"(2026)粤03执{Random.Shared.Next(1, 99999)}号", orderFingerprint = order, endsOn });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    public async Task<HttpResponseMessage> ReleaseAsync(string number, string freezeId, string? token = null)
    {
        var order = await Api.UploadAsync(RegistryApi.ClerkZhao, $"解除查封裁定书 {Guid.NewGuid()}");
        return await Api.Client.SendAsync(HttpExtensions.Json(HttpMethod.Post, $"/api/assets/{number}/freezes/{freezeId}/release",
            new { orderFingerprint = order }, token ?? RegistryApi.ClerkZhao));
    }

    public async Task<JsonObject> FreezeViewAsync(string number, string freezeId, string token)
    {
        var response = await Api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/assets/{number}/freezes/{freezeId}").WithToken(token));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    public static object License(string number, Enterprise licensee, string startsOn, string endsOn, string type = "nonExclusive") => new
    {
        registrationNumber = number,
        licensee = RegistryApi.Organisation(licensee.Code, licensee.Name),
        type,
        subLicensingAllowed = false,
        scope = new[] { "城市规划" },
        startsOn,
        endsOn,
    };

    /// <summary>A license applied for, consented to, accepted and approved (the clock moves on 30 days): its id.</summary>
    public async Task<string> LicensedAsync(Enterprise holder, string number, Enterprise licensee, string startsOn, string endsOn)
    {
        var id = await Api.AppliedAsync("license", holder.Token, License(number, licensee, startsOn, endsOn));
        await Api.CompletedAsync(id, licensee.Token);
        return id;
    }

    public Task<HttpResponseMessage> ApplyForRenewalAsync(string number, string token) =>
        Api.ApplyAsync("renewal", token, new { registrationNumber = number });

    /// <summary>Renewal applied for, accepted and approved (no consent, no public notice; the clock moves on 30 days).</summary>
    public async Task<JsonObject> RenewedAsync(string number, Enterprise holder) =>
        await Api.CompletedAsync(await Api.AppliedAsync("renewal", holder.Token, new { registrationNumber = number }));

    /// <summary>24:00 China Standard Time of a day (<c>yyyy-MM-dd</c>): when a term that ends on it ends.</summary>
    public static DateTimeOffset EndOfChinaDay(string day) =>
        new DateTimeOffset(DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(1).ToDateTime(TimeOnly.MinValue), ChinaOffset).ToUniversalTime();

    /// <summary>The day in China of an instant, as <c>yyyy-MM-dd</c>.</summary>
    public static string ChinaDate(DateTimeOffset instant) => instant.ToOffset(ChinaOffset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateTimeOffset Instant(JsonObject json, string name) =>
        DateTimeOffset.Parse(json.Text(name), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
