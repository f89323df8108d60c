using AssetRegistry.Transferring;
using AssetRegistry.Objections;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using AssetRegistry.Assets;
using AssetRegistry.Tests.Infrastructure;

namespace AssetRegistry.Tests.Objections;

/// <summary>Objections (异议登记), their clocks and their effects on notices and dispositions; corrections (更正登记).</summary>
public sealed class ObjectionTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private readonly RegistryApi _api = new(app);
    private static string Zhao => RegistryApi.ClerkZhao;
    private static string Qian => RegistryApi.ClerkQian;

    private sealed record Party(string Code, string Name, string Token);

    private static Party NewParty(string name)
    {
        var code = RegistryApi.NewCreditCode();
        return new Party(code, name, RegistryApi.EnterpriseToken(code));
    }

    private async Task<JsonObject> FileAsync(Party objector, string? registrationNumber = null, string? applicationId = null)
    {
        var evidence = await _api.UploadAsync(objector.Token, $"evidence {Guid.NewGuid()}");
        var response = await app.Client.SendAsync(HttpExtensions.Json(HttpMethod.Post, "/api/objections",
            new { registrationNumber, applicationId, objectorName = objector.Name, grounds = "该数据集由本公司采集，申请人无权登记", evidence = new[] { evidence } }, objector.Token));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    private Task<HttpResponseMessage> ObjectionActAsync(string act, string objectionId, string token, object? body = null) =>
        app.Client.SendAsync(HttpExtensions.RawJson(HttpMethod.Post, $"/api/objections/{objectionId}/{act}",
            body is null ? "{}" : System.Text.Json.JsonSerializer.Serialize(body), token));

    private async Task<JsonObject> ObjectionActedAsync(string act, string objectionId, string token, object? body = null)
    {
        var response = await ObjectionActAsync(act, objectionId, token, body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{act}: {await response.Content.ReadAsStringAsync()}");
        return await response.ReadJsonAsync();
    }

    private async Task<Asset> StoredAssetAsync(string number)
    {
        await using var session = app.Store.QuerySession();
        return (await session.LoadAsync<Asset>(number))!;
    }

    private static DateTimeOffset At(JsonNode? node) => DateTimeOffset.Parse(node!.GetValue<string>(), CultureInfo.InvariantCulture);

    private async Task<(Party Holder, string Number)> RegisteredAsync()
    {
        var holder = NewParty("深圳市数据科技有限公司");
        return (holder, await _api.RegisteredAssetAsync(holder.Token));
    }

    private async Task<(Party Applicant, string ApplicationId, DateTimeOffset NoticeEndsAt)> UnderNoticeAsync()
    {
        var applicant = NewParty("申请人有限公司");
        var application = await _api.SubmittedAsync(applicant.Token, await _api.InitialApplicationAsync(applicant.Token));
        var id = application.Text("applicationId");
        var accepted = await _api.ActedAsync("accept", id, Zhao);
        return (applicant, id, At(accepted["publicNotice"]!["endsAt"]));
    }

    [Fact]
    public async Task an_objection_filed_during_notice_suspends_it_at_once_and_after_its_lapse_the_notice_resumes_with_the_days_it_had_left()
    {
        var (_, id, originalEnd) = await UnderNoticeAsync();
        await _api.PassAsync(TimeSpan.FromDays(3));
        var objector = NewParty("异议人有限公司");

        var objection = await FileAsync(objector, applicationId: id);
        var suspended = await _api.GetApplicationAsync(id, Zhao);
        Assert.Equal("noticeSuspended", suspended.Text("state"));
        var daysLeft = suspended["publicNotice"]!["workingDaysLeftWhenSuspended"]!.GetValue<int>();
        Assert.InRange(daysLeft, 1, 9);

        // Suspended, the original end passes without ending the notice.
        await _api.PassUntilAsync(originalEnd + TimeSpan.FromHours(1));
        Assert.Equal("noticeSuspended", (await _api.GetApplicationAsync(id, Zhao)).Text("state"));
        var approve = await _api.ActAsync("approve", id, Qian);
        Assert.Equal("application-notice-suspended", (await approve.ReadProblemAsync()).Code());

        var registered = await ObjectionActedAsync("register", objection.Text("objectionId"), Zhao);
        await _api.PassUntilAsync(At(registered["lapsesAt"]));

        Assert.Equal("lapsed", (await GetObjectionAsync(objection.Text("objectionId"))).Text("state"));
        var resumed = await _api.GetApplicationAsync(id, Zhao);
        Assert.Equal("underPublicNotice", resumed.Text("state"));
        var newEnd = At(resumed["publicNotice"]!["endsAt"]);
        Assert.True(newEnd > app.Clock.GetUtcNow());
        Assert.True(newEnd - app.Clock.GetUtcNow() >= TimeSpan.FromDays(daysLeft - 1));

        await _api.PassUntilAsync(newEnd);
        Assert.Equal("awaitingApproval", (await _api.GetApplicationAsync(id, Zhao)).Text("state"));
    }

    private async Task<JsonObject> GetObjectionAsync(string objectionId) =>
        await (await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/objections/{objectionId}").WithToken(Zhao))).ReadJsonAsync();

    [Fact]
    public async Task a_refused_objection_lets_the_suspended_notice_resume()
    {
        var (_, id, _) = await UnderNoticeAsync();
        var objection = await FileAsync(NewParty("异议人"), applicationId: id);

        await ObjectionActedAsync("refuse", objection.Text("objectionId"), Zhao, new { reasons = new[] { "异议人非利害关系人" } });

        Assert.Equal("underPublicNotice", (await _api.GetApplicationAsync(id, Zhao)).Text("state"));
    }

    [Fact]
    public async Task an_objection_against_an_application_not_under_notice_is_refused()
    {
        var applicant = NewParty("申请人");
        var application = await _api.SubmittedAsync(applicant.Token, await _api.InitialApplicationAsync(applicant.Token));
        var objector = NewParty("异议人");
        var evidence = await _api.UploadAsync(objector.Token, "evidence early");

        var response = await app.Client.SendAsync(HttpExtensions.Json(HttpMethod.Post, "/api/objections",
            new { applicationId = application.Text("applicationId"), objectorName = objector.Name, grounds = "争议", evidence = new[] { evidence } }, objector.Token));

        Assert.Equal("application-not-under-notice", (await response.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task a_registered_objection_shows_on_the_asset_and_blocks_transfer_license_and_voluntary_cancellation()
    {
        var (holder, number) = await RegisteredAsync();
        var objection = await FileAsync(NewParty("异议人"), registrationNumber: number);
        await ObjectionActedAsync("register", objection.Text("objectionId"), Zhao);

        Assert.Single((await StoredAssetAsync(number)).OpenObjections);
        var buyer = NewParty("买方");
        var contract = await _api.UploadAsync(holder.Token, "contract under objection");
        var transfer = await _api.ApplyAsync("transfer", holder.Token, new
        {
            registrationNumber = number, newHolder = RegistryApi.Organisation(buyer.Code, buyer.Name), ground = "trade", basisFingerprint = contract,
        });
        var license = await _api.ApplyAsync("license", holder.Token, new
        {
            registrationNumber = number, licensee = RegistryApi.Organisation(buyer.Code, buyer.Name), type = "nonExclusive", subLicensingAllowed = false,
            scope = new[] { "城市规划" }, startsOn = _api.Today(1), endsOn = _api.Today(30),
        });
        var cancellation = await _api.ApplyAsync("cancellation", holder.Token, new { registrationNumber = number, ground = "voluntary" });

        Assert.Equal("asset-under-objection", (await transfer.ReadProblemAsync()).Code());
        Assert.Equal("asset-under-objection", (await license.ReadProblemAsync()).Code());
        Assert.Equal("asset-under-objection", (await cancellation.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task proof_of_a_lawsuit_keeps_the_objection_open_past_its_lapse_until_a_clerk_records_the_outcome()
    {
        var (holder, number) = await RegisteredAsync();
        var objector = NewParty("起诉的异议人");
        var objection = await FileAsync(objector, registrationNumber: number);
        var objectionId = objection.Text("objectionId");
        var registered = await ObjectionActedAsync("register", objectionId, Zhao);
        var filing = await _api.UploadAsync(objector.Token, "court acceptance notice (2026) 粤 0304 民初 99 号");

        await ObjectionActedAsync("lawsuit", objectionId, objector.Token, new { documentFingerprint = filing });
        await _api.PassUntilAsync(At(registered["lapsesAt"]) + TimeSpan.FromDays(5));

        Assert.Equal("registered", (await GetObjectionAsync(objectionId)).Text("state"));
        Assert.Single((await StoredAssetAsync(number)).OpenObjections);

        await ObjectionActedAsync("dismiss", objectionId, Qian, new { reasons = new[] { "法院驳回起诉" } });
        Assert.Empty((await StoredAssetAsync(number)).OpenObjections);
        var cancellation = await _api.ApplyAsync("cancellation", holder.Token, new { registrationNumber = number, ground = "voluntary" });
        Assert.Equal(HttpStatusCode.Created, cancellation.StatusCode);
    }

    [Fact]
    public async Task an_unproved_objection_lapses_once_at_24_00_of_the_fifteenth_day_after_registration()
    {
        var (_, number) = await RegisteredAsync();
        var objection = await FileAsync(NewParty("异议人"), registrationNumber: number);
        var registered = await ObjectionActedAsync("register", objection.Text("objectionId"), Zhao);
        var registeredAt = At(registered["registeredAt"]);
        var lapsesAt = At(registered["lapsesAt"]);

        // 15 calendar days from the next day in China, ending 24:00 China Standard Time (16:00 UTC).
        var localDay = DateOnly.FromDateTime(registeredAt.ToOffset(TimeSpan.FromHours(8)).DateTime);
        Assert.Equal(new DateTimeOffset(localDay.AddDays(16).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)), lapsesAt);

        await _api.PassUntilAsync(lapsesAt - TimeSpan.FromSeconds(1));
        Assert.Equal("registered", (await GetObjectionAsync(objection.Text("objectionId"))).Text("state"));
        await _api.PassAsync(TimeSpan.FromSeconds(1));
        await _api.PassAsync(TimeSpan.FromSeconds(1));

        await using var session = app.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(objection.Text("objectionId"));
        Assert.Single(events, e => e.Data is AssetRegistry.Objections.ObjectionLapsed);
        Assert.Empty((await StoredAssetAsync(number)).OpenObjections);
    }

    [Fact]
    public async Task an_upheld_objection_is_the_basis_of_a_correction_that_may_change_the_holder()
    {
        var (_, number) = await RegisteredAsync();
        var rightful = NewParty("真正的持有人有限公司");
        var objection = await FileAsync(rightful, registrationNumber: number);
        var objectionId = objection.Text("objectionId");
        await ObjectionActedAsync("register", objectionId, Zhao);

        var early = await app.Client.SendAsync(HttpExtensions.Json(HttpMethod.Post, $"/api/assets/{number}/corrections",
            new { objectionId, holder = RegistryApi.Organisation(rightful.Code, rightful.Name) }, Qian));
        Assert.Equal("objection-not-upheld", (await early.ReadProblemAsync()).Code());

        await ObjectionActedAsync("uphold", objectionId, Qian, new { decision = "仲裁裁决确认数据归异议人所有" });
        var corrected = await app.Client.SendAsync(HttpExtensions.Json(HttpMethod.Post, $"/api/assets/{number}/corrections",
            new { objectionId, holder = RegistryApi.Organisation(rightful.Code, rightful.Name) }, Qian));

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var asset = await StoredAssetAsync(number);
        Assert.Equal(rightful.Code, asset.Holder.PartyCode);
        Assert.Empty(asset.OpenObjections);
        var again = await app.Client.SendAsync(HttpExtensions.Json(HttpMethod.Post, $"/api/assets/{number}/corrections",
            new { objectionId, name = "再改一次" }, Qian));
        Assert.Equal("correction-already-made", (await again.ReadProblemAsync()).Code());

        // The public register lists the objection registered and resolved, and the correction — no token needed.
        var register = await (await app.Client.GetAsync("/api/register?pageSize=200")).ReadJsonAsync();
        var kinds = register["items"]!.AsArray().Where(i => i!["registrationNumber"]!.GetValue<string>() == number)
            .Select(i => i!["kind"]!.GetValue<string>()).ToArray();
        Assert.Contains("objectionRegistered", kinds);
        Assert.Contains("objectionResolved", kinds);
        Assert.Contains("correction", kinds);
    }

    private async Task<long> ObjectionVersionAsync(string objectionId)
    {
        await using var session = app.Store.QuerySession();
        return (await session.Events.FetchStreamStateAsync(objectionId))!.Version;
    }

    [Fact]
    public async Task registering_an_objection_that_is_already_registered_says_so_and_records_nothing()
    {
        var (_, number) = await RegisteredAsync();
        var objectionId = (await FileAsync(NewParty("异议人"), registrationNumber: number)).Text("objectionId");
        await ObjectionActedAsync("register", objectionId, Zhao);
        var (objectionBefore, assetBefore) = (await ObjectionVersionAsync(objectionId), (await StoredAssetAsync(number)).Version);

        var again = await ObjectionActAsync("register", objectionId, Qian);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var problem = await again.ReadProblemAsync();
        Assert.Equal("objection-already-registered", problem.Code());
        Assert.Equal("Cannot register the objection: it is already registered.", problem.Text("detail"));
        Assert.Equal((objectionBefore, assetBefore), (await ObjectionVersionAsync(objectionId), (await StoredAssetAsync(number)).Version));
    }

    [Fact]
    public async Task a_registered_objection_read_by_a_stranger_is_forbidden_not_missing()
    {
        var (_, number) = await RegisteredAsync();
        var objector = NewParty("异议人");
        var objectionId = (await FileAsync(objector, registrationNumber: number)).Text("objectionId");
        await ObjectionActedAsync("register", objectionId, Zhao);

        async Task<HttpResponseMessage> ReadAsync(string id, string token) =>
            await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/objections/{id}").WithToken(token));

        var stranger = await ReadAsync(objectionId, NewParty("旁人").Token);
        var unknown = await ReadAsync($"O-{Guid.NewGuid():N}", NewParty("旁人").Token);

        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
        Assert.Equal("not-your-objection", (await stranger.ReadProblemAsync()).Code());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("objection-not-found", (await unknown.ReadProblemAsync()).Code());
        Assert.Equal(HttpStatusCode.OK, (await ReadAsync(objectionId, objector.Token)).StatusCode);
    }

    [Fact]
    public async Task only_the_objector_withdraws_an_objection()
    {
        var (holder, number) = await RegisteredAsync();
        var objection = await FileAsync(NewParty("异议人"), registrationNumber: number);

        var response = await ObjectionActAsync("withdraw", objection.Text("objectionId"), holder.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("not-the-objector", (await response.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task a_transfer_racing_an_objection_ends_in_one_of_the_two_legal_orders()
    {
        for (var round = 0; round < 4; round++)
        {
            var (holder, number) = await RegisteredAsync();
            var buyer = NewParty("买方");
            var contract = await _api.UploadAsync(holder.Token, $"contract {Guid.NewGuid()}");
            var transferId = await _api.AppliedAsync("transfer", holder.Token, new
            {
                registrationNumber = number, newHolder = RegistryApi.Organisation(buyer.Code, buyer.Name), ground = "trade", basisFingerprint = contract,
            });
            await _api.ActedAsync("consent", transferId, buyer.Token);
            await _api.ActedAsync("accept", transferId, Zhao);
            await _api.PassAsync(TimeSpan.FromDays(30));
            var objection = await FileAsync(NewParty("异议人"), registrationNumber: number);

            var results = await Task.WhenAll(
                _api.ActAsync("approve", transferId, Qian),
                ObjectionActAsync("register", objection.Text("objectionId"), RegistryApp.ClerkToken("clerk-sun")));

            Assert.True(results[1].StatusCode == HttpStatusCode.OK, await results[1].Content.ReadAsStringAsync());
            await using var session = app.Store.QuerySession();
            var events = (await session.Events.FetchStreamAsync(number)).ToList();
            var transfer = events.FirstOrDefault(e => e.Data is TransferRegistered);
            var objected = events.Single(e => e.Data is ObjectionRegisteredOnAsset);
            if (results[0].StatusCode == HttpStatusCode.OK)
            {
                // The transfer came first; the objection stands against the new state.
                Assert.NotNull(transfer);
                Assert.True(objected.Version > transfer.Version);
            }
            else
            {
                // The objection came first (or at the same moment): the transfer is refused and nothing moved.
                Assert.Equal(HttpStatusCode.Conflict, results[0].StatusCode);
                Assert.Null(transfer);
                Assert.Equal(holder.Code, (await session.LoadAsync<Asset>(number))!.Holder.PartyCode);
                var retry = await _api.ActAsync("approve", transferId, Qian);
                Assert.Equal("asset-under-objection", (await retry.ReadProblemAsync()).Code());
            }
        }
    }
}
