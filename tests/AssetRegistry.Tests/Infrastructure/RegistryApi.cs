using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using AssetRegistry.Security;
using AssetRegistry.Timers;
using Microsoft.Extensions.DependencyInjection;
using static AssetRegistry.Tests.Infrastructure.HttpExtensions;

namespace AssetRegistry.Tests.Infrastructure;

/// <summary>
/// The registry's HTTP API in the words of its users, for tests that build their "given" by calling it:
/// an enterprise uploads and applies, clerks review and approve, the clock moves and timers fire.
/// </summary>
public sealed class RegistryApi(IRegistryHost app)
{
    public static readonly string ClerkZhao = RegistryApp.Token(RegistryRoles.Clerk, "clerk-zhao");
    public static readonly string ClerkQian = RegistryApp.Token(RegistryRoles.Clerk, "clerk-qian");
    /// <summary>A third clerk, for acts neither Zhao (who accepts) nor Qian (who approves) may take.</summary>
    public static readonly string ClerkSun = RegistryApp.Token(RegistryRoles.Clerk, "clerk-sun");
    /// <summary>A bank's loan officer, who reads assets to lend on them and records nothing.</summary>
    public static readonly string LoanOfficer = RegistryApp.Token(RegistryRoles.Bank, "loan-officer", NewCreditCode());

    private static int _serial;

    public HttpClient Client => app.Client;

    /// <summary>The parties the registry knows: each submission below verifies those it names first (实名).</summary>
    public PartyDirectory Parties { get; } = new(app);

    /// <summary>A fresh, valid unified social credit code for an enterprise of its own.</summary>
    public static string NewCreditCode()
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        var body = $"91440300{Interlocked.Increment(ref _serial) + Random.Shared.Next(0, 1_000_000) * 1000:D9}";
        var sum = body.Select((c, i) => alphabet.IndexOf(c, StringComparison.Ordinal) * weights[i]).Sum();
        return body + alphabet[(31 - sum % 31) % 31];
    }

    public static string EnterpriseToken(string creditCode, string user = "staff-1") => RegistryApp.Token(RegistryRoles.Enterprise, user, creditCode);

    public async Task<string> UploadAsync(string token, string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes($"%PDF-1.7\n{text}\n%%EOF");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "report.pdf");
        var response = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = form }.WithToken(token));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
    }

    /// <summary>A complete initial application, its review report uploaded by the applicant (a party the registry has verified).</summary>
    public async Task<JsonObject> InitialApplicationAsync(string token, string assetKind = "dataResource", string name = "城市交通出行数据集",
        string[]? derivedFrom = null, string? authorisationEndsOn = null, Action<JsonObject>? change = null)
    {
        await Parties.EnsureVerifiedAsync(token);
        return await InitialApplicationWithoutVerifyingAsync(token, assetKind, name, derivedFrom, authorisationEndsOn, change);
    }

    /// <summary>The same application, its applicant left as the registry finds it (for tests of unverified parties).</summary>
    public async Task<JsonObject> InitialApplicationWithoutVerifyingAsync(string token, string assetKind = "dataResource", string name = "城市交通出行数据集",
        string[]? derivedFrom = null, string? authorisationEndsOn = null, Action<JsonObject>? change = null)
    {
        var report = await UploadAsync(token, $"review report {Guid.NewGuid()}");
        var body = new JsonObject
        {
            ["assetKind"] = assetKind,
            ["name"] = name,
            ["industry"] = "交通运输",
            ["applicationScenarios"] = new JsonArray("城市规划", "出行服务"),
            ["dataSource"] = "自有业务系统采集，经用户授权",
            ["structureAndScale"] = "结构化表格，约 1.2 亿条记录",
            ["updateFrequency"] = "每日",
            ["processingRules"] = "脱敏、聚合至 500 米网格",
            ["notarisationStatus"] = "已在区块链存证平台存证",
            ["sampleDataFingerprint"] = Convert.ToHexString(SHA256.HashData(Guid.NewGuid().ToByteArray())).ToLowerInvariant(),
            ["reviewReport"] = new JsonObject
            {
                ["institutionName"] = "深圳数据合规评估中心",
                ["institutionCreditCode"] = ReviewInstitutionCode,
                ["reportNumber"] = $"SZ-REV-{Random.Shared.Next(1000, 9999)}",
                ["reportDate"] = "2026-02-20",
                ["conclusion"] = "数据来源合法，内容真实",
                ["documentFingerprint"] = report,
            },
            ["declaration"] = new JsonObject { ["committed"] = true },
        };
        if (derivedFrom is not null)
        {
            body["derivedFrom"] = new JsonArray(derivedFrom.Select(d => (JsonNode)JsonValue.Create(d)!).ToArray());
        }

        if (authorisationEndsOn is not null)
        {
            body["authorisationEndsOn"] = authorisationEndsOn;
        }

        change?.Invoke(body);
        return body;
    }

    public async Task<HttpResponseMessage> SubmitAsync(string token, JsonObject application)
    {
        await Parties.EnsureVerifiedAsync(token);
        return await Client.SendAsync(RawJson(HttpMethod.Post, "/api/applications/initial", application.ToJsonString(), token));
    }

    public async Task<JsonObject> SubmittedAsync(string token, JsonObject application)
    {
        var response = await SubmitAsync(token, application);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    public Task<HttpResponseMessage> ActAsync(string act, string applicationId, string token, object? body = null) =>
        Client.SendAsync(RawJson(HttpMethod.Post, $"/api/applications/{applicationId}/{act}",
            body is null ? "{}" : System.Text.Json.JsonSerializer.Serialize(body), token));

    /// <summary>
    /// The act, answered 200. An acceptance first has the review report of an initial application confirmed by the institution
    /// it names, as formal review requires (what a test of that rule asks is done with <see cref="ActAsync"/>).
    /// </summary>
    public async Task<JsonObject> ActedAsync(string act, string applicationId, string token, object? body = null)
    {
        if (act == "accept")
        {
            await ReviewReportConfirmedAsync(applicationId);
        }

        var response = await ActAsync(act, applicationId, token, body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{act}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadJsonAsync();
    }

    /// <summary>A reviewer's token for the institution with this credit code (a user of its own: one role per token).</summary>
    public static string ReviewerToken(string institutionCreditCode, string user = "reviewer-1") =>
        RegistryApp.Token(RegistryRoles.Reviewer, user, institutionCreditCode);

    /// <summary>The credit code of the institution that <see cref="InitialApplicationAsync"/>'s review report names.</summary>
    public const string ReviewInstitutionCode = "91350100M000100Y43";

    /// <summary>The application's review report confirmed by its institution, if it is an initial one whose report awaits that.</summary>
    public async Task ReviewReportConfirmedAsync(string applicationId)
    {
        var application = await GetApplicationAsync(applicationId, ClerkZhao);
        if (application["reviewReportConfirmation"]?["state"]?.GetValue<string>() == "awaiting" && application.Text("state") == "submitted")
        {
            var institution = application["details"]!["reviewReport"]!["institutionCreditCode"]!.GetValue<string>();
            var response = await ActAsync("confirm-review-report", applicationId, ReviewerToken(institution));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"confirm-review-report: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    public async Task<JsonObject> GetApplicationAsync(string applicationId, string token)
    {
        var response = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/applications/{applicationId}").WithToken(token));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    public Task<HttpResponseMessage> GetAssetAsync(string registrationNumber, string token) =>
        Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/assets/{registrationNumber}").WithToken(token));

    /// <summary>Submitted, accepted by Zhao, notice run out, approved by Qian: the asset's registration number.</summary>
    public async Task<string> RegisteredAssetAsync(string token, string assetKind = "dataResource", string[]? derivedFrom = null, string? authorisationEndsOn = null)
    {
        var application = await SubmittedAsync(token, await InitialApplicationAsync(token, assetKind, derivedFrom: derivedFrom, authorisationEndsOn: authorisationEndsOn));
        var id = application.Text("applicationId");
        await ActedAsync("accept", id, ClerkZhao);
        await PassAsync(TimeSpan.FromDays(30));
        var approved = await ActedAsync("approve", id, ClerkQian);
        return approved.Text("registrationNumber");
    }

    /// <summary>An organisation as an application names it: by its credit code only (its name is its party record's).</summary>
    public static object Organisation(string creditCode) =>
        new { type = "unifiedSocialCreditCode", number = creditCode };

    /// <summary>An organisation named by its credit code, to be recorded under <paramref name="legalName"/> when first named.</summary>
    public static object Organisation(string creditCode, string legalName)
    {
        PartyDirectory.Name(creditCode, legalName);
        return Organisation(creditCode);
    }

    public async Task<HttpResponseMessage> ApplyAsync(string kind, string token, object body)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(body);
        await Parties.EnsureVerifiedAsync(token, JsonNode.Parse(json));
        return await Client.SendAsync(RawJson(HttpMethod.Post, $"/api/applications/{kind}", json, token));
    }

    public async Task<string> AppliedAsync(string kind, string token, object body)
    {
        var response = await ApplyAsync(kind, token, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{kind}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.ReadJsonAsync()).Text("applicationId");
    }

    /// <summary>Consent (where awaited), acceptance by Zhao, notice run out where it applies, approval by Qian.</summary>
    public async Task<JsonObject> CompletedAsync(string applicationId, string? counterpartyToken = null)
    {
        if (counterpartyToken is not null)
        {
            await ActedAsync("consent", applicationId, counterpartyToken);
        }

        await ActedAsync("accept", applicationId, ClerkZhao);
        await PassAsync(TimeSpan.FromDays(30));
        return await ActedAsync("approve", applicationId, ClerkQian);
    }

    public async Task<JsonObject> AssetAsync(string registrationNumber, string token)
    {
        var response = await GetAssetAsync(registrationNumber, token);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    public string Today(int plusDays = 0) =>
        DateOnly.FromDateTime(app.Clock.GetUtcNow().AddHours(8).AddDays(plusDays).UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Moves the registry's clock and lets the timers that came due fire, as each node's sweep does.</summary>
    public async Task PassAsync(TimeSpan time)
    {
        app.Clock.Advance(time);
        await app.Host.Services.GetRequiredService<TimerSweep>().FireDueAsync(CancellationToken.None);
    }

    public async Task PassUntilAsync(DateTimeOffset moment)
    {
        if (moment > app.Clock.GetUtcNow())
        {
            await PassAsync(moment - app.Clock.GetUtcNow());
        }
    }
}
