using System.Net;
using AssetRegistry.Security;
using AssetRegistry.Tests.Infrastructure;
using static AssetRegistry.Tests.Infrastructure.HttpExtensions;

namespace AssetRegistry.Tests.Parties;

/// <summary>
/// The HTTP ground rules every endpoint follows, shown on the party directory: problem details naming the
/// field at fault, ETag and If-Match, Idempotency-Key under real parallel requests, and tokens.
/// </summary>
public sealed class HttpGroundRulesTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private static readonly string Clerk = RegistryApp.ClerkToken();

    private static object Organisation(string code, string name = "深圳市数据科技有限公司") =>
        new { name, identifier = new { type = "unifiedSocialCreditCode", number = code }, identityDocuments = new[] { PartyDirectory.SampleLicence } };

    [Fact]
    public async Task a_write_without_a_token_is_refused_with_401_problem_details()
    {
        var response = await app.Client.SendAsync(Json(HttpMethod.Post, "/api/parties", Organisation(RegistryApi.NewCreditCode())));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("unauthenticated", (await response.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task a_token_signed_with_another_key_is_refused()
    {
        var forged = DevelopmentIssuer.SigningFor(new Uri(TestIssuers.Registry.Authority).Port, TestIssuers.NewKey())
            .Issue("mallory", RegistryRoles.Clerk, null, TimeSpan.FromHours(1), DateTime.UtcNow);

        var response = await app.Client.SendAsync(Json(HttpMethod.Post, "/api/parties", Organisation(RegistryApi.NewCreditCode()), forged));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task an_enterprise_may_not_record_parties()
    {
        var code = RegistryApi.NewCreditCode();
        var response = await app.Client.SendAsync(Json(HttpMethod.Post, "/api/parties", Organisation(code),
            RegistryApp.Token(RegistryRoles.Enterprise, "staff-1", code)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("forbidden", (await response.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task a_recorded_party_is_created_with_its_location_and_etag()
    {
        var code = RegistryApi.NewCreditCode();
        var response = await app.Client.SendAsync(Json(HttpMethod.Post, "/api/parties", Organisation(code), Clerk));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/parties/{code}", response.Headers.Location?.ToString());
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);

        var read = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/parties/{code}").WithToken(Clerk));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("\"1\"", read.Headers.ETag?.Tag);
        Assert.Equal("organisation", (await read.ReadJsonAsync()).Text("kind"));
    }

    [Fact]
    public async Task malformed_json_is_a_400_naming_the_field()
    {
        var response = await app.Client.SendAsync(RawJson(HttpMethod.Post, "/api/parties", """{"name": 42, "identifier": null}""", Clerk));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal("malformed-json", problem.Code());
        Assert.Contains("name", problem.FieldsAtFault());
    }

    [Fact]
    public async Task truncated_json_is_a_400_not_a_500()
    {
        var response = await app.Client.SendAsync(RawJson(HttpMethod.Post, "/api/parties", """{"name": "半""", Clerk));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("malformed-json", (await response.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task an_unknown_enum_value_is_a_400_naming_the_field()
    {
        var response = await app.Client.SendAsync(Json(HttpMethod.Post, "/api/parties",
            new { name = "x", identifier = new { type = "socialSecurityNumber", number = "1" } }, Clerk));

        var problem = await response.ReadProblemAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["identifier.type"], problem.FieldsAtFault());
    }

    [Fact]
    public async Task missing_and_over_long_fields_are_each_named_in_one_answer()
    {
        var response = await app.Client.SendAsync(Json(HttpMethod.Post, "/api/parties",
            new { name = new string('名', 201), identifier = new { type = "unifiedSocialCreditCode" }, identityDocuments = new[] { PartyDirectory.SampleLicence } }, Clerk));

        var problem = await response.ReadProblemAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid-fields", problem.Code());
        Assert.Equal(["identifier.number", "name"], problem.FieldsAtFault().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task a_credit_code_with_a_wrong_check_character_is_a_400_naming_the_field_and_records_nothing()
    {
        var code = RegistryApi.NewCreditCode();
        var mistyped = code[..17] + (code[17] == '0' ? '1' : '0');

        var response = await app.Client.SendAsync(Json(HttpMethod.Post, "/api/parties", Organisation(mistyped), Clerk));

        var problem = await response.ReadProblemAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["identifier.number"], problem.FieldsAtFault());
        await using var session = app.Store.QuerySession();
        Assert.Null(await session.Events.FetchStreamStateAsync(mistyped));
    }

    [Fact]
    public async Task a_well_formed_code_that_names_no_party_is_a_404()
    {
        var response = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/parties/{RegistryApi.NewCreditCode()}").WithToken(Clerk));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("party-not-found", (await response.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task recording_the_same_credit_code_twice_is_a_409_with_a_stable_code()
    {
        var code = RegistryApi.NewCreditCode();
        await app.Client.SendAsync(Json(HttpMethod.Post, "/api/parties", Organisation(code), Clerk));

        var again = await app.Client.SendAsync(Json(HttpMethod.Post, "/api/parties", Organisation(code), Clerk));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("already-exists", (await again.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task recording_the_same_passport_twice_is_a_409_with_a_stable_code()
    {
        var passport = new { name = "John Smith", identifier = new { type = "passport", number = $"P{Random.Shared.Next(10_000_000, 99_999_999)}", issuingCountry = "GB" }, identityDocuments = new[] { PartyDirectory.SampleLicence } };
        var first = await app.Client.SendAsync(Json(HttpMethod.Post, "/api/parties", passport, Clerk));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.StartsWith("P-", (await first.ReadJsonAsync()).Text("partyCode"), StringComparison.Ordinal);

        var again = await app.Client.SendAsync(Json(HttpMethod.Post, "/api/parties", passport, Clerk));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("party-already-recorded", (await again.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task a_natural_persons_id_number_is_shown_masked_and_never_becomes_the_party_code()
    {
        var response = await app.Client.SendAsync(Json(HttpMethod.Post, "/api/parties",
            new { name = "张三", identifier = new { type = "residentIdNumber", number = "11010519491231002X" }, identityDocuments = new[] { PartyDirectory.SampleLicence } }, Clerk));

        var party = await response.ReadJsonAsync();
        Assert.Equal("11010519491231002X".Length, party.Text("identifier").Length);
        Assert.DoesNotContain("19491231", party.Text("identifier"), StringComparison.Ordinal);
        Assert.DoesNotContain("11010519491231002X", party.Text("partyCode"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task text_is_normalised_to_nfc_at_the_edge()
    {
        var code = RegistryApi.NewCreditCode();
        var decomposed = "Cafe\u0301 Data";
        await app.Client.SendAsync(Json(HttpMethod.Post, "/api/parties", Organisation(code, decomposed), Clerk));

        var read = await (await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/parties/{code}").WithToken(Clerk))).ReadJsonAsync();

        Assert.Equal("Caf\u00e9 Data", read.Text("name"));
    }

    [Fact]
    public async Task a_write_with_the_current_etag_succeeds_and_returns_the_next_one()
    {
        var code = RegistryApi.NewCreditCode();
        await app.Client.SendAsync(Json(HttpMethod.Post, "/api/parties", Organisation(code), Clerk));

        var rename = Json(HttpMethod.Put, $"/api/parties/{code}/name", new { name = "新名称有限公司", licenceFingerprint = PartyDirectory.SampleLicence }, Clerk);
        rename.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        var response = await app.Client.SendAsync(rename);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task a_write_with_a_stale_etag_is_a_412_and_changes_nothing()
    {
        var code = RegistryApi.NewCreditCode();
        await app.Client.SendAsync(Json(HttpMethod.Post, "/api/parties", Organisation(code), Clerk));
        var first = Json(HttpMethod.Put, $"/api/parties/{code}/name", new { name = "第一次改名", licenceFingerprint = PartyDirectory.SampleLicence }, Clerk);
        first.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        await app.Client.SendAsync(first);

        var stale = Json(HttpMethod.Put, $"/api/parties/{code}/name", new { name = "过时的改名", licenceFingerprint = PartyDirectory.SampleLicence }, Clerk);
        stale.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        var response = await app.Client.SendAsync(stale);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("precondition-failed", (await response.ReadProblemAsync()).Code());
        var read = await (await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/parties/{code}").WithToken(Clerk))).ReadJsonAsync();
        Assert.Equal("第一次改名", read.Text("name"));
    }

    [Fact]
    public async Task parallel_requests_with_one_idempotency_key_record_once_and_all_get_the_first_response()
    {
        var code = RegistryApi.NewCreditCode();
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(async _ =>
        {
            var request = Json(HttpMethod.Post, "/api/parties", Organisation(code), Clerk);
            request.Headers.Add("Idempotency-Key", key);
            var response = await app.Client.SendAsync(request);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync(), response.Headers.Location);
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(responses.Select(r => r.Body).Distinct());
        Assert.All(responses, r => Assert.Equal($"/api/parties/{code}", r.Location?.ToString()));
        await using var session = app.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(code);
        Assert.Single(events);
    }

    [Fact]
    public async Task without_an_idempotency_key_parallel_duplicates_record_once_and_the_rest_are_refused()
    {
        var code = RegistryApi.NewCreditCode();

        var statuses = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
            (await app.Client.SendAsync(Json(HttpMethod.Post, "/api/parties", Organisation(code), Clerk))).StatusCode));

        Assert.Single(statuses, HttpStatusCode.Created);
        Assert.All(statuses.Where(s => s != HttpStatusCode.Created), s => Assert.Equal(HttpStatusCode.Conflict, s));
    }

    [Fact]
    public async Task an_idempotency_key_reused_for_another_request_is_refused()
    {
        var key = Guid.NewGuid().ToString();
        var first = Json(HttpMethod.Post, "/api/parties", Organisation(RegistryApi.NewCreditCode()), Clerk);
        first.Headers.Add("Idempotency-Key", key);
        Assert.Equal(HttpStatusCode.Created, (await app.Client.SendAsync(first)).StatusCode);

        var other = Json(HttpMethod.Post, "/api/parties", Organisation(RegistryApi.NewCreditCode()), Clerk);
        other.Headers.Add("Idempotency-Key", key);
        var response = await app.Client.SendAsync(other);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("idempotency-key-reused", (await response.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task a_refused_request_releases_its_idempotency_key_so_a_corrected_retry_can_use_it()
    {
        var code = RegistryApi.NewCreditCode();
        var key = Guid.NewGuid().ToString();
        var first = Json(HttpMethod.Post, "/api/parties", Organisation(code), Clerk);
        first.Headers.Add("Idempotency-Key", key);
        await app.Client.SendAsync(first);

        // The same key, same body, but the party now exists: the kept 201 is replayed, nothing is recorded again.
        var retry = Json(HttpMethod.Post, "/api/parties", Organisation(code), Clerk);
        retry.Headers.Add("Idempotency-Key", key);
        var response = await app.Client.SendAsync(retry);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(response.Headers.Contains("Idempotent-Replayed"));
    }

    [Fact]
    public async Task an_oversized_body_is_a_413_problem()
    {
        var huge = new string('x', 2 * 1024 * 1024);
        var response = await app.Client.SendAsync(RawJson(HttpMethod.Post, "/api/parties", $$"""{"name":"{{huge}}"}""", Clerk));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("payload-too-large", (await response.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task the_openapi_document_describes_the_api_and_its_errors()
    {
        var document = await (await app.Client.GetAsync("/openapi/v1.json")).ReadJsonAsync();

        Assert.NotNull(document["paths"]?["/api/parties"]?["post"]?["responses"]?["400"]);
        Assert.NotNull(document["components"]?["securitySchemes"]?["bearer"]);
        Assert.NotNull(document["components"]?["schemas"]?["RecordPartyRequest"]?["examples"]?[0]?["identifier"]);
        Assert.NotNull(document["paths"]?["/api/applications/initial"]?["post"]?["responses"]?["409"]);
    }

    [Fact]
    public async Task health_endpoints_answer_and_readiness_checks_the_database()
    {
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/health/live")).StatusCode);
        var ready = await app.Client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", (await ready.ReadJsonAsync())["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task the_development_clock_does_not_exist_outside_development()
    {
        var response = await app.Client.SendAsync(RawJson(HttpMethod.Post, "/dev/clock", """{"advanceBy":"P1D"}"""));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
