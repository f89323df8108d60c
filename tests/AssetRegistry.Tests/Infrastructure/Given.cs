using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using AssetRegistry.Assets;
using Marten;

namespace AssetRegistry.Tests.Infrastructure;

/// <summary>
/// An enterprise with its credit code and a token of its staff: holder, licensee, buyer, objector. The registry records it
/// under <see cref="Name"/> when it first acts or is first named (<see cref="PartyDirectory"/>).
/// </summary>
public sealed record Enterprise(string Code, string Name, string Token)
{
    public static Enterprise New(string name)
    {
        var code = RegistryApi.NewCreditCode();
        PartyDirectory.Name(code, name);
        return new Enterprise(code, name, RegistryApi.EnterpriseToken(code));
    }

    /// <summary>The enterprise as a registration names it (licensee, new holder): by its credit code only.</summary>
    public object AsParty => RegistryApi.Organisation(Code);
}

/// <summary>
/// The tests' "given"s, made by calling the HTTP API as its users would: an asset registered, an application under
/// notice, an objection registered, a licensed asset, a freeze, a renewal — each with parties of its own, since the
/// tests of a class share one registry. Also the asset's history, to count what the registry recorded.
/// </summary>
public sealed class Given(RegistryApp app)
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public RegistryApi Api { get; } = new(app);

    public DateTimeOffset Now => app.Clock.GetUtcNow();

    /// <summary>An enterprise's initial application, submitted: the applicant and the application's id.</summary>
    public async Task<(Enterprise Applicant, string ApplicationId)> SubmittedAsync(string assetKind = "dataResource", Action<JsonObject>? change = null)
    {
        var applicant = Enterprise.New("深圳市数据科技有限公司");
        var application = await Api.SubmittedAsync(applicant.Token, await Api.InitialApplicationAsync(applicant.Token, assetKind, change: change));
        return (applicant, application.Text("applicationId"));
    }

    /// <summary>An initial application accepted by Zhao, its public notice running: when the notice ends.</summary>
    public async Task<(Enterprise Applicant, string ApplicationId, DateTimeOffset NoticeEndsAt)> UnderNoticeAsync()
    {
        var (applicant, id) = await SubmittedAsync();
        var accepted = await Api.ActedAsync("accept", id, RegistryApi.ClerkZhao);
        return (applicant, id, Instant(accepted["publicNotice"]!.AsObject(), "endsAt"));
    }

    /// <summary>An asset registered through the whole initial procedure (the clock moves on 30 days).</summary>
    public async Task<(Enterprise Holder, string Number)> RegisteredAsync(string? authorisationEndsOn = null, string assetKind = "dataResource")
    {
        var holder = Enterprise.New("深圳市数据科技有限公司");
        return (holder, await Api.RegisteredAssetAsync(holder.Token, assetKind, authorisationEndsOn: authorisationEndsOn));
    }

    /// <summary>A license's terms from <paramref name="startsOn"/> to <paramref name="endsOn"/> (<c>yyyy-MM-dd</c>), for 城市规划.</summary>
    public static object License(string number, Enterprise licensee, string startsOn, string endsOn, string type = "nonExclusive") => new
    {
        registrationNumber = number,
        licensee = licensee.AsParty,
        type,
        subLicensingAllowed = false,
        scope = new[] { "城市规划" },
        startsOn,
        endsOn,
    };

    /// <summary>A license's terms from <paramref name="startIn"/> to <paramref name="endIn"/> days from today.</summary>
    public object License(string number, Enterprise licensee, string type = "nonExclusive", int startIn = 1, int endIn = 200) =>
        License(number, licensee, Api.Today(startIn), Api.Today(endIn), type);

    /// <summary>A license applied for, consented to, accepted and approved (the clock moves on 30 days): its id.</summary>
    public async Task<string> LicensedAsync(Enterprise holder, string number, Enterprise licensee, string startsOn, string endsOn, string type = "nonExclusive")
    {
        var id = await Api.AppliedAsync("license", holder.Token, License(number, licensee, startsOn, endsOn, type));
        await Api.CompletedAsync(id, licensee.Token);
        return id;
    }

    /// <summary>A registered asset with one license in force from tomorrow for 200 days.</summary>
    public async Task<(Enterprise Holder, string Number, Enterprise Licensee, string LicenseId)> LicensedAssetAsync(string type = "nonExclusive")
    {
        var (holder, number) = await RegisteredAsync();
        var licensee = Enterprise.New("广州算法有限公司");
        return (holder, number, licensee, await LicensedAsync(holder, number, licensee, Api.Today(1), Api.Today(200), type));
    }

    /// <summary>An application to transfer the asset to <paramref name="newHolder"/> by trade, its contract uploaded by the applicant.</summary>
    public async Task<HttpResponseMessage> ApplyForTransferAsync(Enterprise applicant, string number, Enterprise newHolder)
    {
        var contract = await Api.UploadAsync(applicant.Token, $"data transfer contract {Guid.NewGuid()}");
        return await Api.ApplyAsync("transfer", applicant.Token, new
        {
            registrationNumber = number, newHolder = newHolder.AsParty, ground = "trade", basisFingerprint = contract,
        });
    }

    public async Task<string> AppliedForTransferAsync(Enterprise applicant, string number, Enterprise newHolder)
    {
        var response = await ApplyForTransferAsync(applicant, number, newHolder);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).Text("applicationId");
    }

    public Task<HttpResponseMessage> ApplyForCancellationAsync(string number, string token) =>
        Api.ApplyAsync("cancellation", token, new { registrationNumber = number, ground = "voluntary" });

    /// <summary>An objection filed (against the asset or the application), its evidence uploaded by the objector.</summary>
    public async Task<JsonObject> FiledObjectionAsync(Enterprise objector, string? registrationNumber = null, string? applicationId = null)
    {
        await Api.Parties.EnsureVerifiedAsync(objector.Token);
        var evidence = await Api.UploadAsync(objector.Token, $"evidence {Guid.NewGuid()}");
        var response = await Api.Client.SendAsync(HttpExtensions.Json(HttpMethod.Post, "/api/objections",
            new { registrationNumber, applicationId, grounds = "该数据集由本公司采集，申请人无权登记", evidence = new[] { evidence } }, objector.Token));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    /// <summary>An objection against the asset, filed and registered by Zhao: the objection as registered.</summary>
    public async Task<(Enterprise Objector, string ObjectionId, JsonObject Registered)> RegisteredObjectionAsync(string number, Enterprise? objector = null)
    {
        objector ??= Enterprise.New("异议人有限公司");
        var objectionId = (await FiledObjectionAsync(objector, registrationNumber: number)).Text("objectionId");
        return (objector, objectionId, await ObjectionActedAsync("register", objectionId, RegistryApi.ClerkZhao));
    }

    public Task<HttpResponseMessage> ObjectionActAsync(string act, string objectionId, string token, object? body = null) =>
        Api.Client.SendAsync(HttpExtensions.RawJson(HttpMethod.Post, $"/api/objections/{objectionId}/{act}",
            body is null ? "{}" : System.Text.Json.JsonSerializer.Serialize(body), token));

    public async Task<JsonObject> ObjectionActedAsync(string act, string objectionId, string token, object? body = null)
    {
        var response = await ObjectionActAsync(act, objectionId, token, body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{act}: {await response.Content.ReadAsStringAsync()}");
        return await response.ReadJsonAsync();
    }

    public async Task<JsonObject> ObjectionAsync(string objectionId) =>
        await (await Api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/objections/{objectionId}").WithToken(RegistryApi.ClerkZhao))).ReadJsonAsync();

    /// <summary>The asset as its stream folds, for what the HTTP view does not show.</summary>
    public async Task<Asset> StoredAssetAsync(string number)
    {
        await using var session = app.Store.QuerySession();
        return await session.LoadAsync<Asset>(number) ?? throw new InvalidOperationException($"No asset {number}.");
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
