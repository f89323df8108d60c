using System.Net;
using System.Text.Json.Nodes;
using AssetRegistry.Applications;
using AssetRegistry.Infrastructure.Http.Idempotency;
using AssetRegistry.Tests.Contract;
using AssetRegistry.Tests.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static AssetRegistry.Tests.Infrastructure.HttpExtensions;

namespace AssetRegistry.Tests.Infrastructure.Http.Idempotency;

/// <summary>
/// An <c>Idempotency-Key</c> after every kind of failure: the act's outcome commits with the act, so a retry gets
/// the recorded answer or a first run, never a key stuck in use and never a second record.
/// </summary>
public sealed class IdempotencyKeyTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private const string Header = "Idempotency-Key";
    private readonly RegistryApi _api = new(app);

    [Fact]
    public async Task a_retry_after_the_act_committed_and_its_process_died_gets_the_recorded_answer_and_nothing_is_recorded_twice()
    {
        var database = await RegistryApp.CreateDatabaseAsync();
        var clock = new FakeTimeProvider(RegistryApp.Start);
        var faults = new IdempotencyFaults();
        var partyCode = RegistryApi.NewCreditCode();
        var token = RegistryApi.EnterpriseToken(partyCode);
        var key = Guid.NewGuid().ToString();
        string body;

        var dying = await RegistryApp.StartHostAsync(database, clock, WithFaults(faults));
        var api = new RegistryApi(new RegistryAppView(dying, clock));
        body = (await api.InitialApplicationAsync(token)).ToJsonString();
        faults.HangAfterCommit = true;
        var lost = api.Client.SendAsync(Keyed(body, token, key));
        await faults.Committed.WaitAsync(TimeSpan.FromSeconds(30));
        // The process dies with the request in flight: its response never leaves.
        await Task.WhenAny(dying.DisposeAsync().AsTask(), Task.Delay(TimeSpan.FromSeconds(20)));
        faults.Release();
        _ = lost.ContinueWith(t => t.Exception, TaskScheduler.Default);

        await using var restarted = await RegistryApp.StartHostAsync(database, clock);
        var retry = await restarted.ContractClient().SendAsync(Keyed(body, token, key));

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.True(retry.Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
        Assert.Equal("\"1\"", retry.Headers.ETag?.Tag);
        var application = await retry.ReadJsonAsync();
        Assert.Equal($"/api/applications/{application.Text("applicationId")}", retry.Headers.Location?.ToString());
        Assert.Equal("submitted", application.Text("state"));
        Assert.Single(await ApplicationsOfAsync(restarted.Services.GetRequiredService<IDocumentStore>(), partyCode));
    }

    [Fact]
    public async Task a_retry_after_a_failure_before_commit_runs_as_the_first_attempt()
    {
        var faults = new IdempotencyFaults();
        await using var host = await RegistryApp.StartHostAsync(await RegistryApp.CreateDatabaseAsync(), app.Clock, WithFaults(faults));
        var api = new RegistryApi(new RegistryAppView(host, app.Clock));
        var partyCode = RegistryApi.NewCreditCode();
        var token = RegistryApi.EnterpriseToken(partyCode);
        var key = Guid.NewGuid().ToString();
        var body = (await api.InitialApplicationAsync(token)).ToJsonString();

        faults.FailBeforeCommitOnce();
        var failed = await api.Client.SendAsync(Keyed(body, token, key));
        var retry = await api.Client.SendAsync(Keyed(body, token, key));

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.False(retry.Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
        Assert.Single(await ApplicationsOfAsync(host.Services.GetRequiredService<IDocumentStore>(), partyCode));
    }

    [Fact]
    public async Task concurrent_retries_with_one_key_record_the_act_once_and_all_get_its_answer()
    {
        var partyCode = RegistryApi.NewCreditCode();
        var token = RegistryApi.EnterpriseToken(partyCode);
        var key = Guid.NewGuid().ToString();
        // Each run draws its own application id, so nothing but the outcome's key stops a second application.
        var body = (await _api.InitialApplicationAsync(token)).ToJsonString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            var response = await app.Client.SendAsync(Keyed(body, token, key));
            return (response.StatusCode, response.Headers.Location, Id: (await response.ReadJsonAsync())["applicationId"]?.GetValue<string>());
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(responses.Select(r => r.Id).Distinct());
        Assert.Single(responses.Select(r => r.Location).Distinct());
        Assert.Single(await ApplicationsOfAsync(app.Store, partyCode));
    }

    [Fact]
    public async Task one_user_acting_for_two_parties_makes_two_acts_under_one_key()
    {
        var (first, second) = (RegistryApi.NewCreditCode(), RegistryApi.NewCreditCode());
        var (forFirst, forSecond) = (RegistryApi.EnterpriseToken(first, "agent-wang"), RegistryApi.EnterpriseToken(second, "agent-wang"));
        await _api.Parties.EnsureVerifiedAsync(forSecond);
        var report = await _api.UploadAsync(forFirst, "the review report both parties hold");
        Assert.Equal(report, await _api.UploadAsync(forSecond, "the review report both parties hold"));
        var body = (await _api.InitialApplicationAsync(forFirst, change: b => b["reviewReport"]!["documentFingerprint"] = report)).ToJsonString();
        var key = Guid.NewGuid().ToString();

        var forFirstResponse = await app.Client.SendAsync(Keyed(body, forFirst, key));
        var forSecondResponse = await app.Client.SendAsync(Keyed(body, forSecond, key));

        Assert.Equal(HttpStatusCode.Created, forFirstResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Created, forSecondResponse.StatusCode);
        Assert.False(forSecondResponse.Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
        var (a, b) = (await forFirstResponse.ReadJsonAsync(), await forSecondResponse.ReadJsonAsync());
        Assert.NotEqual(a.Text("applicationId"), b.Text("applicationId"));
        Assert.Equal(first, a["applicant"]!["partyCode"]!.GetValue<string>());
        Assert.Equal(second, b["applicant"]!["partyCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task an_idempotency_key_on_an_anonymous_request_is_refused()
    {
        var request = RawJson(HttpMethod.Post, "/api/verify", """{"certificateNumber":"AR-C-2026-000001"}""");
        request.Headers.Add(Header, Guid.NewGuid().ToString());

        var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal("idempotency-key-anonymous", problem.Code());
        Assert.Contains(Header, problem.FieldsAtFault());
    }

    [Fact]
    public async Task an_answer_is_replayed_for_72_hours_and_then_the_key_is_free_again()
    {
        var token = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());
        var key = Guid.NewGuid().ToString();
        var body = (await _api.InitialApplicationAsync(token)).ToJsonString();
        var first = await (await app.Client.SendAsync(Keyed(body, token, key))).ReadJsonAsync();

        app.Clock.Advance(TimeSpan.FromHours(72) - TimeSpan.FromMinutes(1));
        var withinTheTerm = await app.Client.SendAsync(Keyed(body, token, key));
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        var afterIt = await app.Client.SendAsync(Keyed(body, token, key));

        Assert.True(withinTheTerm.Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
        Assert.Equal(first.Text("applicationId"), (await withinTheTerm.ReadJsonAsync()).Text("applicationId"));
        Assert.Equal(HttpStatusCode.Created, afterIt.StatusCode);
        Assert.False(afterIt.Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
        Assert.NotEqual(first.Text("applicationId"), (await afterIt.ReadJsonAsync()).Text("applicationId"));
    }

    [Fact]
    public async Task the_sweep_removes_outcomes_whose_keys_expired()
    {
        var partyCode = RegistryApi.NewCreditCode();
        var token = RegistryApi.EnterpriseToken(partyCode, "staff-sweep");
        var key = Guid.NewGuid().ToString();
        var body = (await _api.InitialApplicationAsync(token)).ToJsonString();
        Assert.Equal(HttpStatusCode.Created, (await app.Client.SendAsync(Keyed(body, token, key))).StatusCode);
        var id = new KeyedRequest("staff-sweep", partyCode, key, "").OutcomeId;
        await using (var before = app.Store.QuerySession())
        {
            Assert.NotNull(await before.LoadAsync<IdempotentOutcome>(id));
        }

        app.Clock.Advance(TimeSpan.FromHours(73));
        await app.Host.Services.GetRequiredService<ExpiredOutcomesSweep>().RemoveExpiredAsync(CancellationToken.None);

        await using var after = app.Store.QuerySession();
        Assert.Null(await after.LoadAsync<IdempotentOutcome>(id));
    }

    [Fact]
    public async Task a_refused_act_records_nothing_so_its_retry_is_decided_on_the_state_it_finds()
    {
        var token = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());
        var applicationId = (await _api.SubmittedAsync(token, await _api.InitialApplicationAsync(token))).Text("applicationId");
        await _api.ActedAsync("accept", applicationId, RegistryApi.ClerkZhao);
        var key = Guid.NewGuid().ToString();

        await app.AssertRefusedAsync(() => app.Client.SendAsync(KeyedAct("approve", applicationId, key)), HttpStatusCode.Conflict,
            "application-under-public-notice", application: applicationId);
        await _api.PassAsync(TimeSpan.FromDays(30));
        var afterNotice = await app.Client.SendAsync(KeyedAct("approve", applicationId, key));
        var again = await app.Client.SendAsync(KeyedAct("approve", applicationId, key));

        Assert.Equal(HttpStatusCode.OK, afterNotice.StatusCode);
        Assert.False(afterNotice.Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True(again.Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
        Assert.Equal(afterNotice.Headers.ETag?.Tag, again.Headers.ETag?.Tag);
        Assert.Equal(await afterNotice.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
    }

    private static Action<IWebHostBuilder> WithFaults(IdempotencyFaults faults) =>
        web => web.ConfigureServices(services => services.ConfigureMarten(options => options.Listeners.Add(faults)));

    private static HttpRequestMessage Keyed(string body, string token, string key)
    {
        var request = RawJson(HttpMethod.Post, "/api/applications/initial", body, token);
        request.Headers.Add(Header, key);
        return request;
    }

    private static HttpRequestMessage KeyedAct(string act, string applicationId, string key)
    {
        var request = RawJson(HttpMethod.Post, $"/api/applications/{applicationId}/{act}", "{}", RegistryApi.ClerkQian);
        request.Headers.Add(Header, key);
        return request;
    }

    private static async Task<IReadOnlyList<Application>> ApplicationsOfAsync(IDocumentStore store, string partyCode)
    {
        await using var session = store.QuerySession();
        return await session.Query<Application>().Where(a => a.Applicant.PartyCode == partyCode).ToListAsync();
    }
}
