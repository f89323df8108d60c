using System.Net;
using System.Text.Json.Nodes;
using AssetRegistry.Tests.Infrastructure;
using static AssetRegistry.Tests.Infrastructure.HttpExtensions;

namespace AssetRegistry.Tests.Parties;

/// <summary>
/// The names on applications, views, the register and certificates are those of the party records (实名): a body never
/// names a party, every party an act names is verified, and a rename reaches the register at the holder's change registration.
/// </summary>
public sealed class NamesFromPartyRecordsTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private static readonly string Zhao = RegistryApi.ClerkZhao;
    private readonly Given _given = new(app);
    private RegistryApi Api => _given.Api;

    /// <summary>A request sent as is: no given verifies the parties it names.</summary>
    private Task<HttpResponseMessage> SendAsync(string path, object body, string token) =>
        app.Client.SendAsync(RawJson(HttpMethod.Post, path, System.Text.Json.JsonSerializer.Serialize(body), token));

    private async Task<Enterprise> VerifiedAsync(string name)
    {
        var enterprise = Enterprise.New(name);
        await Api.Parties.EnsureVerifiedAsync(enterprise.Token);
        return enterprise;
    }

    private async Task<JsonObject> RegisterEntryAsync(string number, string kind) =>
        (await app.Client.GetJsonAsync($"/api/register?kind={kind}&pageSize=200")).Objects("items").Single(e => e.Text("registrationNumber") == number);

    private async Task<JsonObject> LatestCertificateAsync(string number)
    {
        await app.WaitForCertificatesAsync();
        var certificates = JsonNode.Parse(await app.Client.GetStringAsync($"/api/assets/{number}/certificates"))!.AsArray();
        var certificateNumber = certificates[^1]!["certificateNumber"]!.GetValue<string>();
        return JsonNode.Parse(await app.Client.GetStringAsync($"/api/certificates/{certificateNumber}"))!.AsObject();
    }

    [Theory]
    [InlineData("initial", "applicantName")]
    [InlineData("transfer", "applicantName")]
    [InlineData("license", "licensee.name")]
    [InlineData("transfer", "newHolder.name")]
    [InlineData("objection", "objectorName")]
    [InlineData("change", "holderName")]
    [InlineData("correction", "holderName")]
    [InlineData("correction", "holder.name")]
    public async Task a_body_that_names_a_party_is_refused_naming_the_member(string act, string member)
    {
        var (holder, number) = await _given.RegisteredAsync();
        var other = await VerifiedAsync("假名公司");
        var party = new JsonObject { ["type"] = "unifiedSocialCreditCode", ["number"] = other.Code };
        JsonObject body;
        string path;
        var token = holder.Token;
        switch (act)
        {
            case "initial":
                body = await Api.InitialApplicationAsync(holder.Token);
                path = "/api/applications/initial";
                break;
            case "license":
                body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(_given.License(number, other)))!.AsObject();
                path = "/api/applications/license";
                break;
            case "transfer":
                body = new JsonObject
                {
                    ["registrationNumber"] = number, ["newHolder"] = party, ["ground"] = "trade",
                    ["basisFingerprint"] = await Api.UploadAsync(holder.Token, $"contract {Guid.NewGuid()}"),
                };
                path = "/api/applications/transfer";
                break;
            case "objection":
                body = new JsonObject
                {
                    ["registrationNumber"] = number, ["grounds"] = "该数据由本公司采集",
                    ["evidence"] = new JsonArray(await Api.UploadAsync(other.Token, $"evidence {Guid.NewGuid()}")),
                };
                path = "/api/objections";
                token = other.Token;
                break;
            case "change":
                body = new JsonObject { ["registrationNumber"] = number, ["updateFrequency"] = "每周" };
                path = "/api/applications/change";
                break;
            default:
                body = new JsonObject { ["objectionId"] = Guid.NewGuid().ToString(), ["holder"] = party };
                path = $"/api/assets/{number}/corrections";
                token = RegistryApi.ClerkQian;
                break;
        }

        var at = member.Split('.');
        (at.Length == 1 ? body : body[at[0]]!.AsObject())[at[^1]] = "假名公司";

        var problem = await app.AssertRefusedAsync(() => app.Client.SendAsync(RawJson(HttpMethod.Post, path, body.ToJsonString(), token)),
            HttpStatusCode.BadRequest, "unknown-member", asset: number);
        Assert.Equal([member], problem.FieldsAtFault());
    }

    [Fact]
    public async Task an_unverified_applicant_is_refused_and_nothing_is_recorded()
    {
        var code = RegistryApi.NewCreditCode();
        var token = RegistryApi.EnterpriseToken(code);
        var application = await Api.InitialApplicationWithoutVerifyingAsync(token);

        await app.AssertRefusedAsync(() => app.Client.SendAsync(RawJson(HttpMethod.Post, "/api/applications/initial", application.ToJsonString(), token)),
            HttpStatusCode.Forbidden, "party-not-verified", applicant: code);
    }

    [Fact]
    public async Task an_unverified_licensee_or_new_holder_is_refused_and_nothing_is_recorded()
    {
        var (holder, number) = await _given.RegisteredAsync();
        var stranger = Enterprise.New("未经实名认证有限公司");
        var contract = await Api.UploadAsync(holder.Token, $"contract {Guid.NewGuid()}");

        await app.AssertRefusedAsync(() => SendAsync("/api/applications/license", _given.License(number, stranger), holder.Token),
            HttpStatusCode.Conflict, "party-not-recorded", "licensee.number", asset: number);
        await app.AssertRefusedAsync(() => SendAsync("/api/applications/transfer",
                new { registrationNumber = number, newHolder = stranger.AsParty, ground = "trade", basisFingerprint = contract }, holder.Token),
            HttpStatusCode.Conflict, "party-not-recorded", "newHolder.number", asset: number);
    }

    [Fact]
    public async Task an_unverified_party_may_not_apply_on_an_asset_or_object_to_one()
    {
        var (_, number) = await _given.RegisteredAsync();
        var stranger = Enterprise.New("未经实名认证有限公司");
        var judgment = await Api.UploadAsync(stranger.Token, $"judgment {Guid.NewGuid()}");

        await app.AssertRefusedAsync(() => SendAsync("/api/applications/transfer",
                new { registrationNumber = number, newHolder = stranger.AsParty, ground = "courtJudgment", basisFingerprint = judgment }, stranger.Token),
            HttpStatusCode.Forbidden, "party-not-verified", asset: number);
        await app.AssertRefusedAsync(() => SendAsync("/api/objections",
                new { registrationNumber = number, grounds = "争议", evidence = new[] { judgment } }, stranger.Token),
            HttpStatusCode.Forbidden, "party-not-verified", asset: number);
    }

    [Fact]
    public async Task the_register_and_the_certificates_carry_the_names_of_the_party_records()
    {
        var holder = Enterprise.New("真名数据有限公司");
        var number = await Api.RegisteredAssetAsync(holder.Token);
        var licensee = Enterprise.New("真名算法有限公司");
        await _given.LicensedAsync(holder, number, licensee, Api.Today(1), Api.Today(100));
        var buyer = Enterprise.New("真名交易有限公司");
        await Api.CompletedAsync(await _given.AppliedForTransferAsync(holder, number, buyer), buyer.Token);

        var initial = await RegisterEntryAsync(number, "initial");
        var license = await RegisterEntryAsync(number, "license");
        var transfer = await RegisterEntryAsync(number, "transfer");
        Assert.Equal(("真名数据有限公司", holder.Code), (initial.Text("holderName"), initial.Text("holderCode")));
        Assert.Equal("真名算法有限公司", license.Text("counterpartyName"));
        Assert.Equal(("真名交易有限公司", "真名数据有限公司"), (transfer.Text("holderName"), transfer.Text("counterpartyName")));
        var certificate = await LatestCertificateAsync(number);
        Assert.Equal(("真名交易有限公司", buyer.Code), (certificate["holder"]!["name"]!.GetValue<string>(), certificate["holder"]!["partyCode"]!.GetValue<string>()));
        var asset = await Api.AssetAsync(number, Zhao);
        Assert.Equal("真名交易有限公司", asset["holder"]!["name"]!.GetValue<string>());
        Assert.Null(asset["holder"]!["currentName"]);
    }

    [Fact]
    public async Task a_rename_shows_both_names_until_the_holders_change_registration_takes_the_new_one()
    {
        var (holder, number) = await _given.RegisteredAsync();
        var licence = await Api.UploadAsync(Zhao, $"营业执照（名称变更）{Guid.NewGuid()}");
        var renamed = await app.Client.SendAsync(Json(HttpMethod.Put, $"/api/parties/{holder.Code}/name", new { name = "深圳市数据集团有限公司", licenceFingerprint = licence }, Zhao));
        Assert.True(renamed.StatusCode == HttpStatusCode.OK, await renamed.Content.ReadAsStringAsync());

        var meanwhile = await Api.AssetAsync(number, Zhao);
        Assert.Equal(("深圳市数据科技有限公司", "深圳市数据集团有限公司"),
            (meanwhile["holder"]!["name"]!.GetValue<string>(), meanwhile["holder"]!["currentName"]!.GetValue<string>()));
        Assert.Equal("深圳市数据科技有限公司", (await RegisterEntryAsync(number, "initial")).Text("holderName"));

        await Api.CompletedAsync(await Api.AppliedAsync("change", holder.Token, new { registrationNumber = number }));

        var after = await Api.AssetAsync(number, Zhao);
        Assert.Equal("深圳市数据集团有限公司", after["holder"]!["name"]!.GetValue<string>());
        Assert.Null(after["holder"]!["currentName"]);
        Assert.Equal("深圳市数据集团有限公司", (await RegisterEntryAsync(number, "change")).Text("holderName"));
        Assert.Equal("深圳市数据科技有限公司", (await RegisterEntryAsync(number, "initial")).Text("holderName"));
        Assert.Equal("深圳市数据集团有限公司", (await LatestCertificateAsync(number))["holder"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_change_registration_with_nothing_to_change_and_no_rename_is_refused()
    {
        var (holder, number) = await _given.RegisteredAsync();

        await app.AssertRefusedAsync(() => Api.ApplyAsync("change", holder.Token, new { registrationNumber = number }),
            HttpStatusCode.Conflict, "change-changes-nothing", asset: number);
    }
}
