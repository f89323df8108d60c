using System.Net;
using System.Text.Json.Nodes;
using AssetRegistry.Tests.Infrastructure;
using static AssetRegistry.Tests.Infrastructure.HttpExtensions;

namespace AssetRegistry.Tests.Parties;

/// <summary>
/// 入驻 (实名): a party exists once a clerk has verified its identity documents. It submits its onboarding with a token for
/// its still-unverified code; a clerk approves (the party is recorded) or rejects; duplicates are 409, names that would
/// not show what they say are 400.
/// </summary>
public sealed class OnboardingTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private static readonly string Zhao = RegistryApi.ClerkZhao;
    private readonly RegistryApi _api = new(app);

    private async Task<HttpResponseMessage> SubmitAsync(string token, string name, object identifier, string? licence = null) =>
        await app.Client.SendAsync(Json(HttpMethod.Post, "/api/parties/onboarding",
            new { name, identifier, identityDocuments = new[] { licence ?? await _api.UploadAsync(token, $"营业执照 {Guid.NewGuid()}") } }, token));

    private async Task<JsonObject> SubmittedAsync(string token, string name, object identifier)
    {
        var response = await SubmitAsync(token, name, identifier);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    private static object CreditCode(string code) => new { type = "unifiedSocialCreditCode", number = code };

    private Task<HttpResponseMessage> DecideAsync(string onboardingId, string act, object? body = null) =>
        app.Client.SendAsync(Json(HttpMethod.Post, $"/api/parties/onboarding/{onboardingId}/{act}", body ?? new { }, Zhao));

    /// <summary>An initial application sent as the party sends it, without the givens that verify parties first.</summary>
    private async Task<HttpResponseMessage> ApplyDirectlyAsync(string token)
    {
        var application = await _api.InitialApplicationWithoutVerifyingAsync(token);
        return await app.Client.SendAsync(RawJson(HttpMethod.Post, "/api/applications/initial", application.ToJsonString(), token));
    }

    [Fact]
    public async Task an_onboarding_submitted_and_approved_records_the_party_which_then_applies_under_its_recorded_name()
    {
        var code = RegistryApi.NewCreditCode();
        var token = RegistryApi.EnterpriseToken(code);

        var submitted = await SubmittedAsync(token, "真名数据有限公司", CreditCode(code));
        Assert.Equal(("submitted", code, "organisation"), (submitted.Text("state"), submitted.Text("partyCode"), submitted.Text("kind")));
        var waiting = await app.Client.GetJsonAsync("/api/parties/onboarding?state=submitted&pageSize=200", Zhao);
        Assert.Contains(waiting.Objects("items"), o => o.Text("onboardingId") == submitted.Text("onboardingId") && o.Text("name") == "真名数据有限公司");
        await app.AssertRefusedAsync(() => ApplyDirectlyAsync(token), HttpStatusCode.Forbidden, "party-not-verified", applicant: code);

        var approved = await DecideAsync(submitted.Text("onboardingId"), "approve");
        Assert.True(approved.StatusCode == HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        Assert.Equal("approved", (await approved.ReadJsonAsync()).Text("state"));
        var queue = await app.Client.GetJsonAsync("/api/parties/onboarding?state=submitted&pageSize=200", Zhao);
        Assert.DoesNotContain(queue.Objects("items"), o => o.Text("onboardingId") == submitted.Text("onboardingId"));
        var party = await app.Client.GetJsonAsync($"/api/parties/{code}", Zhao);
        Assert.Equal("真名数据有限公司", party.Text("name"));

        var applied = await ApplyDirectlyAsync(token);
        Assert.True(applied.StatusCode == HttpStatusCode.Created, await applied.Content.ReadAsStringAsync());
        Assert.Equal("真名数据有限公司", (await applied.ReadJsonAsync())["applicant"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_rejected_onboarding_records_no_party_and_the_party_may_submit_again()
    {
        var code = RegistryApi.NewCreditCode();
        var token = RegistryApi.EnterpriseToken(code);
        var submitted = await SubmittedAsync(token, "待核实数据有限公司", CreditCode(code));

        var rejected = await DecideAsync(submitted.Text("onboardingId"), "reject", new { reasons = new[] { "营业执照不清晰" } });

        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var view = await app.Client.GetJsonAsync($"/api/parties/onboarding/{submitted.Text("onboardingId")}", token);
        Assert.Equal(("rejected", "营业执照不清晰"), (view.Text("state"), view["reasons"]![0]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetWithTokenAsync($"/api/parties/{code}", Zhao)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ApplyDirectlyAsync(token)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await DecideAsync(submitted.Text("onboardingId"), "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SubmitAsync(token, "待核实数据有限公司", CreditCode(code))).StatusCode);
    }

    [Fact]
    public async Task a_duplicate_identifier_is_409_at_submission_and_at_approval()
    {
        // Recorded already: the credit code of a verified party.
        var recorded = Enterprise.New("已登记有限公司");
        await _api.Parties.EnsureVerifiedAsync(recorded.Token);
        var again = await SubmitAsync(recorded.Token, "已登记有限公司", CreditCode(recorded.Code));
        Assert.Equal((HttpStatusCode.Conflict, "party-already-verified"), (again.StatusCode, (await again.ReadProblemAsync()).Code()));

        // Open in another onboarding: one passport, two accounts.
        var passport = new { type = "passport", number = $"E{Random.Shared.Next(10_000_000, 99_999_999)}", issuingCountry = "GB" };
        var first = RegistryApp.Token("natural-person", "smith-1", $"P-{Guid.NewGuid():N}");
        var second = RegistryApp.Token("natural-person", "smith-2", $"P-{Guid.NewGuid():N}");
        var opened = await SubmittedAsync(first, "John Smith", passport);
        var duplicate = await SubmitAsync(second, "John Smith", passport);
        Assert.Equal((HttpStatusCode.Conflict, "onboarding-already-open"), (duplicate.StatusCode, (await duplicate.ReadProblemAsync()).Code()));

        // Recorded meanwhile at the counter: approval finds the identifier taken, and records nothing.
        var counter = await app.Client.SendAsync(Json(HttpMethod.Post, "/api/parties",
            new { name = "John Smith", identifier = passport, identityDocuments = new[] { PartyDirectory.SampleLicence } }, Zhao));
        Assert.Equal(HttpStatusCode.Created, counter.StatusCode);
        var approval = await DecideAsync(opened.Text("onboardingId"), "approve");
        Assert.Equal((HttpStatusCode.Conflict, "party-already-recorded"), (approval.StatusCode, (await approval.ReadProblemAsync()).Code()));
        Assert.Equal("submitted", (await app.Client.GetJsonAsync($"/api/parties/onboarding/{opened.Text("onboardingId")}", Zhao)).Text("state"));
    }

    [Fact]
    public async Task an_organisation_onboards_only_under_its_own_credit_code()
    {
        var token = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());

        var response = await SubmitAsync(token, "冒名数据有限公司", CreditCode(RegistryApi.NewCreditCode()));

        Assert.Equal((HttpStatusCode.Forbidden, "identifier-not-your-code"), (response.StatusCode, (await response.ReadProblemAsync()).Code()));
    }

    [Fact]
    public async Task identity_documents_are_the_partys_own_uploads()
    {
        var code = RegistryApi.NewCreditCode();

        var response = await SubmitAsync(RegistryApi.EnterpriseToken(code), "数据有限公司", CreditCode(code), licence: new string('a', 64));

        Assert.Equal((HttpStatusCode.Conflict, "document-not-uploaded"), (response.StatusCode, (await response.ReadProblemAsync()).Code()));
    }

    [Theory]
    [InlineData("数据\u0007科技有限公司", "name-control-character")]
    [InlineData("数据科技\u000A有限公司", "name-control-character")]
    [InlineData("\u202E司公限有技科据数", "name-bidi-control")]
    [InlineData("数据\u2066科技\u2069有限公司", "name-bidi-control")]
    [InlineData("数据\u200F科技有限公司", "name-bidi-control")]
    [InlineData("\u200B\u200B", "name-invisible")]
    [InlineData("\u3164 \uFEFF", "name-invisible")]
    public async Task a_name_that_would_not_show_what_it_says_is_400_wherever_a_name_is_recorded(string name, string code)
    {
        var party = RegistryApi.NewCreditCode();
        var token = RegistryApi.EnterpriseToken(party);
        var recorded = Enterprise.New("改名前有限公司");
        await _api.Parties.EnsureVerifiedAsync(recorded.Token);

        var onboarding = await SubmitAsync(token, name, CreditCode(party));
        var counter = await app.Client.SendAsync(Json(HttpMethod.Post, "/api/parties",
            new { name, identifier = CreditCode(party), identityDocuments = new[] { PartyDirectory.SampleLicence } }, Zhao));
        var rename = await app.Client.SendAsync(Json(HttpMethod.Put, $"/api/parties/{recorded.Code}/name",
            new { name, licenceFingerprint = PartyDirectory.SampleLicence }, Zhao));

        foreach (var response in new[] { onboarding, counter, rename })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.ReadProblemAsync();
            Assert.Equal([code], problem.FieldCodes("name"));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetWithTokenAsync($"/api/parties/{party}", Zhao)).StatusCode);
        Assert.Equal("改名前有限公司", (await app.Client.GetJsonAsync($"/api/parties/{recorded.Code}", Zhao)).Text("name"));
    }

    [Fact]
    public async Task an_unverified_partys_objection_during_notice_is_filed_and_registered_once_its_onboarding_is_approved()
    {
        var given = new Given(app);
        var (_, applicationId, _) = await given.UnderNoticeAsync();
        var code = RegistryApi.NewCreditCode();
        var token = RegistryApi.EnterpriseToken(code);
        var evidence = await _api.UploadAsync(token, $"采集记录 {Guid.NewGuid()}");
        var objection = new { applicationId, grounds = "该数据由本公司采集", evidence = new[] { evidence } };
        await app.AssertRefusedAsync(() => app.Client.SendAsync(Json(HttpMethod.Post, "/api/objections", objection, token)),
            HttpStatusCode.Forbidden, "party-not-verified", application: applicationId);
        var onboarding = await SubmittedAsync(token, "异议人数据有限公司", CreditCode(code));

        var filed = await app.Client.SendAsync(Json(HttpMethod.Post, "/api/objections", objection, token));

        Assert.True(filed.StatusCode == HttpStatusCode.Created, await filed.Content.ReadAsStringAsync());
        var objectionId = (await filed.ReadJsonAsync()).Text("objectionId");
        Assert.Equal("noticeSuspended", (await _api.GetApplicationAsync(applicationId, Zhao)).Text("state"));
        await app.AssertRefusedAsync(() => given.ObjectionActAsync("register", objectionId, Zhao), HttpStatusCode.Conflict, "objector-not-verified",
            application: applicationId);
        Assert.Equal("filed", (await given.ObjectionAsync(objectionId)).Text("state"));

        Assert.Equal(HttpStatusCode.OK, (await DecideAsync(onboarding.Text("onboardingId"), "approve")).StatusCode);
        var registered = await given.ObjectionActedAsync("register", objectionId, Zhao);

        Assert.Equal(("registered", "异议人数据有限公司"), (registered.Text("state"), registered.Text("objectorName")));
    }

    [Fact]
    public async Task rejecting_the_onboarding_refuses_the_objection_it_filed_and_the_notice_resumes()
    {
        var given = new Given(app);
        var (_, applicationId, _) = await given.UnderNoticeAsync();
        var code = RegistryApi.NewCreditCode();
        var token = RegistryApi.EnterpriseToken(code);
        var onboarding = await SubmittedAsync(token, "可疑异议人有限公司", CreditCode(code));
        var evidence = await _api.UploadAsync(token, $"采集记录 {Guid.NewGuid()}");
        var filed = await app.Client.SendAsync(Json(HttpMethod.Post, "/api/objections",
            new { applicationId, grounds = "该数据由本公司采集", evidence = new[] { evidence } }, token));
        var objectionId = (await filed.ReadJsonAsync()).Text("objectionId");
        Assert.Equal("noticeSuspended", (await _api.GetApplicationAsync(applicationId, Zhao)).Text("state"));

        Assert.Equal(HttpStatusCode.OK, (await DecideAsync(onboarding.Text("onboardingId"), "reject", new { reasons = new[] { "营业执照系伪造" } })).StatusCode);

        Assert.Equal("refused", (await given.ObjectionAsync(objectionId)).Text("state"));
        Assert.Equal("underPublicNotice", (await _api.GetApplicationAsync(applicationId, Zhao)).Text("state"));
    }

    [Fact]
    public async Task someone_elses_onboarding_is_not_found()
    {
        var code = RegistryApi.NewCreditCode();
        var submitted = await SubmittedAsync(RegistryApi.EnterpriseToken(code), "隐私数据有限公司", CreditCode(code));

        var response = await app.Client.GetWithTokenAsync($"/api/parties/onboarding/{submitted.Text("onboardingId")}",
            RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
