using System.Text.Json.Nodes;
using AssetRegistry.Tests.Infrastructure;
using Marten;
using Marten.Events;

namespace AssetRegistry.Tests.StoredData;

/// <summary>
/// The deadlines an earlier version (commit 6254490) left pending — stored under its commands' CLR names then — fire
/// when today's registry clock reaches them, and the ledger that version began goes on.
/// </summary>
public sealed class StoredTimersTests(RegistryOf6254490 stored) : IClassFixture<RegistryOf6254490>
{
    private static readonly string Clerk = RegistryApi.ClerkZhao;
    private readonly RegistryApi _api = new(stored);

    private string Subject(string part) => stored.Manifest.Subject(part);

    private DateTimeOffset DueAt(string timerId) =>
        stored.Manifest.PendingTimers.SingleOrDefault(t => t.Id == timerId)?.DueAt
        ?? throw new Xunit.Sdk.XunitException($"The fixture has no pending timer {timerId}.");

    private async Task<string> StateAsync(string kind, string id) =>
        (await stored.Client.GetJsonAsync($"/api/{kind}/{id}", Clerk)).Text("state");

    [Fact]
    public async Task the_pending_notice_end_correction_lapse_objection_lapses_and_freeze_term_fire_at_their_time()
    {
        var underNotice = Subject("application.underPublicNotice");
        var suspended = Subject("application.noticeSuspended");
        var awaitingCorrection = Subject("application.awaitingCorrection");
        var objectionOnAsset = Subject("objection.onAsset");
        var objectionOnApplication = Subject("objection.onApplication");
        var frozen = Subject("asset.corrected");
        var freeze = Subject("freeze.withTerm");

        await _api.PassUntilAsync(DueAt($"public-notice:{underNotice}") + TimeSpan.FromMinutes(1));
        Assert.Equal("awaitingApproval", await StateAsync("applications", underNotice));
        Assert.Equal("noticeSuspended", await StateAsync("applications", suspended));

        await _api.PassUntilAsync(DueAt($"objection-lapse:{objectionOnAsset}") + TimeSpan.FromMinutes(1));
        Assert.Equal("lapsed", await StateAsync("objections", objectionOnAsset));
        Assert.Empty((await stored.Client.GetJsonAsync($"/api/assets/{Subject("asset.renewed")}", Clerk))["openObjections"]!.AsArray());
        Assert.Equal("lapsed", await StateAsync("objections", objectionOnApplication));
        Assert.Equal("underPublicNotice", await StateAsync("applications", suspended));

        await _api.PassUntilAsync(DueAt($"freeze-term:{frozen}:{freeze}") + TimeSpan.FromMinutes(1));
        var lifted = await stored.Client.GetJsonAsync($"/api/assets/{frozen}/freezes/{freeze}", Clerk);
        Assert.Equal((false, "termEnded"), (lifted["standing"]!.GetValue<bool>(), lifted.Text("liftedBy")));

        await _api.PassUntilAsync(DueAt($"correction:{awaitingCorrection}") + TimeSpan.FromMinutes(1));
        Assert.Equal("lapsed", await StateAsync("applications", awaitingCorrection));
    }

    [Fact]
    public async Task a_registration_approved_on_the_stored_data_is_certified_in_the_ledger_the_earlier_version_began()
    {
        await stored.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));
        var before = await stored.Client.GetJsonAsync("/api/ledger/checkpoint");
        var application = Subject("application.awaitingApproval");

        var approved = await _api.ActedAsync("approve", application, RegistryApi.ClerkQian);
        await stored.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));

        var number = approved.Text("registrationNumber");
        var certificates = (await stored.Client.GetAsync($"/api/assets/{number}/certificates")).Content;
        var chain = JsonNode.Parse(await certificates.ReadAsStringAsync())!.AsArray();
        var latest = chain[^1]!.AsObject();
        Assert.Equal("change", latest.Text("kind"));
        Assert.Equal(before["treeSize"]!.GetValue<long>(), latest["leafIndex"]!.GetValue<long>());
        var verdict = await (await stored.Client.SendAsync(HttpExtensions.Json(HttpMethod.Post, "/api/verify",
            new { certificateNumber = latest.Text("certificateNumber") }))).ReadJsonAsync();
        Assert.True(verdict["genuine"]!.GetValue<bool>(), verdict.ToJsonString());
        var first = await (await stored.Client.SendAsync(HttpExtensions.Json(HttpMethod.Post, "/api/verify",
            new { certificateNumber = chain[0]!.AsObject().Text("certificateNumber") }))).ReadJsonAsync();
        Assert.True(first["genuine"]!.GetValue<bool>(), first.ToJsonString());
    }
}
