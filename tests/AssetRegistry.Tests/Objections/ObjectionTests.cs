using System.Net;
using AssetRegistry.Objections;
using AssetRegistry.Tests.Infrastructure;
using AssetRegistry.Transferring;
using Marten;

namespace AssetRegistry.Tests.Objections;

/// <summary>Objections (异议登记), their clocks and their effects on notices and dispositions.</summary>
public sealed class ObjectionTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private readonly Given _given = new(app);
    private RegistryApi Api => _given.Api;
    private static string Zhao => RegistryApi.ClerkZhao;
    private static string Qian => RegistryApi.ClerkQian;

    [Fact]
    public async Task an_objection_filed_during_notice_suspends_it_at_once_and_after_its_lapse_the_notice_resumes_with_the_days_it_had_left()
    {
        var (_, id, originalEnd) = await _given.UnderNoticeAsync();
        await Api.PassAsync(TimeSpan.FromDays(3));

        var objection = await _given.FiledObjectionAsync(Enterprise.New("异议人有限公司"), applicationId: id);
        var suspended = await Api.GetApplicationAsync(id, Zhao);
        Assert.Equal("noticeSuspended", suspended.Text("state"));
        var daysLeft = suspended["publicNotice"]!["workingDaysLeftWhenSuspended"]!.GetValue<int>();
        Assert.InRange(daysLeft, 1, 9);

        // Suspended, the original end passes without ending the notice.
        await Api.PassUntilAsync(originalEnd + TimeSpan.FromHours(1));
        Assert.Equal("noticeSuspended", (await Api.GetApplicationAsync(id, Zhao)).Text("state"));
        await app.AssertRefusedAsync(() => Api.ActAsync("approve", id, Qian), HttpStatusCode.Conflict, "application-notice-suspended", application: id);

        var registered = await _given.ObjectionActedAsync("register", objection.Text("objectionId"), Zhao);
        await Api.PassUntilAsync(Given.Instant(registered, "lapsesAt"));

        Assert.Equal("lapsed", (await _given.ObjectionAsync(objection.Text("objectionId"))).Text("state"));
        var resumed = await Api.GetApplicationAsync(id, Zhao);
        Assert.Equal("underPublicNotice", resumed.Text("state"));
        var newEnd = Given.Instant(resumed["publicNotice"]!.AsObject(), "endsAt");
        Assert.True(newEnd > app.Clock.GetUtcNow());
        Assert.True(newEnd - app.Clock.GetUtcNow() >= TimeSpan.FromDays(daysLeft - 1));

        await Api.PassUntilAsync(newEnd);
        Assert.Equal("awaitingApproval", (await Api.GetApplicationAsync(id, Zhao)).Text("state"));
    }

    [Fact]
    public async Task a_refused_objection_lets_the_suspended_notice_resume()
    {
        var (_, id, _) = await _given.UnderNoticeAsync();
        var objection = await _given.FiledObjectionAsync(Enterprise.New("异议人"), applicationId: id);

        await _given.ObjectionActedAsync("refuse", objection.Text("objectionId"), Zhao, new { reasons = new[] { "异议人非利害关系人" } });

        Assert.Equal("underPublicNotice", (await Api.GetApplicationAsync(id, Zhao)).Text("state"));
    }

    [Fact]
    public async Task an_objection_against_an_application_not_under_notice_is_refused()
    {
        var (_, id) = await _given.SubmittedAsync();
        var objector = Enterprise.New("异议人");
        await Api.Parties.EnsureVerifiedAsync(objector.Token);
        var evidence = await Api.UploadAsync(objector.Token, "evidence early");

        await app.AssertRefusedAsync(() => app.Client.SendAsync(HttpExtensions.Json(HttpMethod.Post, "/api/objections",
                new { applicationId = id, grounds = "争议", evidence = new[] { evidence } }, objector.Token)),
            HttpStatusCode.Conflict, "application-not-under-notice", application: id);
    }

    [Fact]
    public async Task a_registered_objection_shows_on_the_asset_and_blocks_transfer_license_and_voluntary_cancellation()
    {
        var (holder, number) = await _given.RegisteredAsync();
        await _given.RegisteredObjectionAsync(number);

        Assert.Single((await _given.StoredAssetAsync(number)).OpenObjections);
        var buyer = Enterprise.New("买方");
        await app.AssertRefusedAsync(() => _given.ApplyForTransferAsync(holder, number, buyer), HttpStatusCode.Conflict, "asset-under-objection", asset: number);
        await app.AssertRefusedAsync(() => Api.ApplyAsync("license", holder.Token, _given.License(number, buyer, "nonExclusive", 1, 30)),
            HttpStatusCode.Conflict, "asset-under-objection", asset: number);
        await app.AssertRefusedAsync(() => _given.ApplyForCancellationAsync(number, holder.Token), HttpStatusCode.Conflict, "asset-under-objection", asset: number);
    }

    [Fact]
    public async Task proof_of_a_lawsuit_keeps_the_objection_open_past_its_lapse_until_a_clerk_records_the_outcome()
    {
        var (holder, number) = await _given.RegisteredAsync();
        var (objector, objectionId, registered) = await _given.RegisteredObjectionAsync(number, Enterprise.New("起诉的异议人"));
        var filing = await Api.UploadAsync(objector.Token, "court acceptance notice (2026) 粤 0304 民初 99 号");

        await _given.ObjectionActedAsync("lawsuit", objectionId, objector.Token, new { documentFingerprint = filing });
        await Api.PassUntilAsync(Given.Instant(registered, "lapsesAt") + TimeSpan.FromDays(5));

        Assert.Equal("registered", (await _given.ObjectionAsync(objectionId)).Text("state"));
        Assert.Single((await _given.StoredAssetAsync(number)).OpenObjections);

        await _given.ObjectionActedAsync("dismiss", objectionId, Qian, new { reasons = new[] { "法院驳回起诉" } });
        Assert.Empty((await _given.StoredAssetAsync(number)).OpenObjections);
        Assert.Equal(HttpStatusCode.Created, (await _given.ApplyForCancellationAsync(number, holder.Token)).StatusCode);
    }

    [Fact]
    public async Task an_unproved_objection_lapses_once_at_24_00_of_the_fifteenth_day_after_registration()
    {
        var (_, number) = await _given.RegisteredAsync();
        var (_, objectionId, registered) = await _given.RegisteredObjectionAsync(number);
        var registeredAt = Given.Instant(registered, "registeredAt");
        var lapsesAt = Given.Instant(registered, "lapsesAt");

        // 15 calendar days from the next day in China, ending 24:00 China Standard Time (16:00 UTC).
        var localDay = DateOnly.FromDateTime(registeredAt.ToOffset(TimeSpan.FromHours(8)).DateTime);
        Assert.Equal(new DateTimeOffset(localDay.AddDays(16).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)), lapsesAt);

        await Api.PassUntilAsync(lapsesAt - TimeSpan.FromSeconds(1));
        Assert.Equal("registered", (await _given.ObjectionAsync(objectionId)).Text("state"));
        await Api.PassAsync(TimeSpan.FromSeconds(1));
        await Api.PassAsync(TimeSpan.FromSeconds(1));

        await using var session = app.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(objectionId);
        Assert.Single(events, e => e.Data is ObjectionLapsed);
        Assert.Empty((await _given.StoredAssetAsync(number)).OpenObjections);
    }

    private async Task<long> ObjectionVersionAsync(string objectionId)
    {
        await using var session = app.Store.QuerySession();
        return (await session.Events.FetchStreamStateAsync(objectionId))!.Version;
    }

    [Fact]
    public async Task registering_an_objection_that_is_already_registered_says_so_and_records_nothing()
    {
        var (_, number) = await _given.RegisteredAsync();
        var (_, objectionId, _) = await _given.RegisteredObjectionAsync(number);
        var objectionBefore = await ObjectionVersionAsync(objectionId);

        var problem = await app.AssertRefusedAsync(() => _given.ObjectionActAsync("register", objectionId, Qian), HttpStatusCode.Conflict,
            "objection-already-registered", asset: number);

        Assert.Equal("无法登记该异议：该异议已登记。", problem.Text("detail"));
        Assert.Equal(objectionBefore, await ObjectionVersionAsync(objectionId));
    }

    [Fact]
    public async Task a_registered_objection_read_by_a_stranger_is_forbidden_not_missing()
    {
        var (_, number) = await _given.RegisteredAsync();
        var (objector, objectionId, _) = await _given.RegisteredObjectionAsync(number);

        async Task<HttpResponseMessage> ReadAsync(string id, string token) =>
            await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/objections/{id}").WithToken(token));

        var stranger = await ReadAsync(objectionId, Enterprise.New("旁人").Token);
        var unknown = await ReadAsync($"O-{Guid.NewGuid():N}", Enterprise.New("旁人").Token);

        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
        Assert.Equal("not-your-objection", (await stranger.ReadProblemAsync()).Code());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("objection-not-found", (await unknown.ReadProblemAsync()).Code());
        Assert.Equal(HttpStatusCode.OK, (await ReadAsync(objectionId, objector.Token)).StatusCode);
    }

    [Fact]
    public async Task only_the_objector_withdraws_an_objection()
    {
        var (holder, number) = await _given.RegisteredAsync();
        var objection = await _given.FiledObjectionAsync(Enterprise.New("异议人"), registrationNumber: number);
        var objectionId = objection.Text("objectionId");
        var objectionBefore = await ObjectionVersionAsync(objectionId);

        await app.AssertRefusedAsync(() => _given.ObjectionActAsync("withdraw", objectionId, holder.Token), HttpStatusCode.Forbidden, "not-the-objector",
            asset: number);

        Assert.Equal(objectionBefore, await ObjectionVersionAsync(objectionId));
    }

    [Fact]
    public async Task a_transfer_racing_an_objection_ends_in_one_of_the_two_legal_orders()
    {
        for (var round = 0; round < 4; round++)
        {
            var (holder, number) = await _given.RegisteredAsync();
            var buyer = Enterprise.New("买方");
            var transferId = await _given.AppliedForTransferAsync(holder, number, buyer);
            await Api.ActedAsync("consent", transferId, buyer.Token);
            await Api.ActedAsync("accept", transferId, Zhao);
            await Api.PassAsync(TimeSpan.FromDays(30));
            var objection = await _given.FiledObjectionAsync(Enterprise.New("异议人"), registrationNumber: number);

            var results = await Task.WhenAll(
                Api.ActAsync("approve", transferId, Qian),
                _given.ObjectionActAsync("register", objection.Text("objectionId"), RegistryApi.ClerkSun));

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
                Assert.Equal(holder.Code, (await _given.StoredAssetAsync(number)).Holder.PartyCode);
                await app.AssertRefusedAsync(() => Api.ActAsync("approve", transferId, Qian), HttpStatusCode.Conflict, "asset-under-objection",
                    asset: number, application: transferId);
            }
        }
    }
}
