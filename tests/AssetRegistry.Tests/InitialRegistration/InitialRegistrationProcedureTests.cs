using System.Net;
using System.Text.Json.Nodes;
using AssetRegistry.Tests.Infrastructure;

namespace AssetRegistry.Tests.InitialRegistration;

/// <summary>The initial registration (首次登记) through the whole procedure, and each refusal on the way.</summary>
public sealed class InitialRegistrationProcedureTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private readonly RegistryApi _api = new(app);
    private static string ZhaoAccepts => RegistryApi.ClerkZhao;
    private static string QianApproves => RegistryApi.ClerkQian;

    private async Task<(string Token, string ApplicationId)> SubmittedAsync(string assetKind = "dataResource", Action<JsonObject>? change = null)
    {
        var token = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());
        var application = await _api.SubmittedAsync(token, await _api.InitialApplicationAsync(token, assetKind, change: change));
        return (token, application.Text("applicationId"));
    }

    [Fact]
    public async Task a_submitted_application_waits_for_formal_review_with_its_reply_limit()
    {
        var token = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());
        var response = await _api.SubmitAsync(token, await _api.InitialApplicationAsync(token));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var application = await response.ReadJsonAsync();
        Assert.Equal($"/api/applications/{application.Text("applicationId")}", response.Headers.Location?.ToString());
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal("submitted", application.Text("state"));
        Assert.True(DateTimeOffset.Parse(application.Text("replyDueAt"), System.Globalization.CultureInfo.InvariantCulture) > app.Clock.GetUtcNow().AddDays(10));
    }

    [Fact]
    public async Task an_accepted_application_is_under_public_notice_and_listed_publicly_with_public_fields_only()
    {
        var (_, id) = await SubmittedAsync(change: a => a["name"] = "公示中的数据资源");

        var accepted = await _api.ActedAsync("accept", id, ZhaoAccepts);

        Assert.Equal("underPublicNotice", accepted.Text("state"));
        var notices = await (await app.Client.GetAsync("/api/notices?pageSize=200")).ReadJsonAsync();
        var entry = notices["items"]!.AsArray().Single(n => n!["applicationId"]!.GetValue<string>() == id)!.AsObject();
        Assert.Equal("公示中的数据资源", entry.Text("name"));
        Assert.Null(entry["reviewReport"]);
        Assert.Null(entry["sampleDataFingerprint"]);
        Assert.Null(entry["processingRules"]);
    }

    [Fact]
    public async Task public_notice_ends_by_itself_at_its_deadline_and_not_before()
    {
        var (_, id) = await SubmittedAsync();
        var accepted = await _api.ActedAsync("accept", id, ZhaoAccepts);
        var endsAt = DateTimeOffset.Parse(accepted["publicNotice"]!["endsAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

        await _api.PassUntilAsync(endsAt - TimeSpan.FromSeconds(1));
        Assert.Equal("underPublicNotice", (await _api.GetApplicationAsync(id, ZhaoAccepts)).Text("state"));

        await _api.PassAsync(TimeSpan.FromSeconds(1));
        var ended = await _api.GetApplicationAsync(id, ZhaoAccepts);
        Assert.Equal("awaitingApproval", ended.Text("state"));
        Assert.Contains(ended["history"]!.AsArray(), h => h!["event"]!.GetValue<string>() == "public_notice_ended");
    }

    [Fact]
    public async Task approval_by_another_clerk_registers_the_asset_with_the_applicant_as_holder_valid_three_years()
    {
        var code = RegistryApi.NewCreditCode();
        var token = RegistryApi.EnterpriseToken(code);

        var number = await _api.RegisteredAssetAsync(token);

        var response = await _api.GetAssetAsync(number, token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var asset = await response.ReadJsonAsync();
        Assert.Equal(code, asset["holder"]!["partyCode"]!.GetValue<string>());
        Assert.Equal("holding", asset.Text("right"));
        Assert.Equal("active", asset.Text("status"));
        var registeredAt = DateTimeOffset.Parse(asset.Text("registeredAt"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(registeredAt.AddYears(3), DateTimeOffset.Parse(asset.Text("validUntil"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Matches("^AR-R-2026-[0-9]{8}-[0-9A-Z]$", number);
    }

    [Fact]
    public async Task validity_is_capped_by_the_end_of_the_authorisation_the_data_rests_on()
    {
        var token = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());
        var number = await _api.RegisteredAssetAsync(token, authorisationEndsOn: "2027-06-30");

        var asset = await (await _api.GetAssetAsync(number, token)).ReadJsonAsync();

        // 24:00 China Standard Time on 30 June 2027.
        Assert.Equal(new DateTimeOffset(2027, 6, 30, 16, 0, 0, TimeSpan.Zero), DateTimeOffset.Parse(asset.Text("validUntil"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task a_data_product_derived_from_an_active_resource_is_registered_with_its_operator_and_lineage()
    {
        var token = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());
        var resource = await _api.RegisteredAssetAsync(token);

        var product = await _api.RegisteredAssetAsync(token, "dataProduct", derivedFrom: [resource]);

        var asset = await (await _api.GetAssetAsync(product, token)).ReadJsonAsync();
        Assert.Equal("operating", asset.Text("right"));
        Assert.Equal("dataProduct", asset.Text("kind"));
        Assert.Equal(resource, asset["derivedFrom"]![0]!.GetValue<string>());
        Assert.Matches("^AR-P-", product);
    }

    [Fact]
    public async Task the_clerk_who_accepted_may_not_approve()
    {
        var (_, id) = await SubmittedAsync();
        await _api.ActedAsync("accept", id, ZhaoAccepts);
        await _api.PassAsync(TimeSpan.FromDays(30));

        var response = await _api.ActAsync("approve", id, ZhaoAccepts);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("approver-accepted-application", (await response.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task approval_before_acceptance_is_refused()
    {
        var (_, id) = await SubmittedAsync();

        var response = await _api.ActAsync("approve", id, QianApproves);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application-not-accepted", (await response.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task approval_during_public_notice_is_refused()
    {
        var (_, id) = await SubmittedAsync();
        await _api.ActedAsync("accept", id, ZhaoAccepts);

        var response = await _api.ActAsync("approve", id, QianApproves);

        Assert.Equal("application-under-public-notice", (await response.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task approving_twice_is_refused_and_records_one_asset()
    {
        var (_, id) = await SubmittedAsync();
        await _api.ActedAsync("accept", id, ZhaoAccepts);
        await _api.PassAsync(TimeSpan.FromDays(30));
        await _api.ActedAsync("approve", id, QianApproves);

        var again = await _api.ActAsync("approve", id, QianApproves);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application-already-decided", (await again.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task rejecting_twice_is_refused()
    {
        var (_, id) = await SubmittedAsync();
        await _api.ActedAsync("reject", id, ZhaoAccepts, new { reasons = new[] { "审查报告与申请数据不符" } });

        var again = await _api.ActAsync("reject", id, ZhaoAccepts, new { reasons = new[] { "再次驳回" } });

        Assert.Equal("application-already-decided", (await again.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task a_rejection_without_reasons_is_a_400_naming_the_field()
    {
        var (_, id) = await SubmittedAsync();

        var response = await _api.ActAsync("reject", id, ZhaoAccepts, new { reasons = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["reasons"], (await response.ReadProblemAsync()).FieldsAtFault());
    }

    [Fact]
    public async Task refusal_at_approval_closes_the_application_without_an_asset()
    {
        var (_, id) = await SubmittedAsync();
        await _api.ActedAsync("accept", id, ZhaoAccepts);
        await _api.PassAsync(TimeSpan.FromDays(30));

        var refused = await _api.ActedAsync("refuse", id, QianApproves, new { reasons = new[] { "权属存在争议" } });

        Assert.Equal("refused", refused.Text("state"));
        Assert.Null(refused["registrationNumber"]);
    }

    [Fact]
    public async Task a_correction_round_resubmits_the_changed_fields_and_the_application_goes_on_to_registration()
    {
        var (token, id) = await SubmittedAsync(change: a => a["updateFrequency"] = "不定期");

        var returned = await _api.ActedAsync("request-correction", id, ZhaoAccepts, new { whatToCorrect = new[] { "更新频率应具体说明" } });
        Assert.Equal("awaitingCorrection", returned.Text("state"));
        Assert.NotNull(returned["correction"]?["deadline"]);

        var resubmitted = await _api.ActedAsync("resubmit", id, token, new { updateFrequency = "每日 02:00 全量更新" });
        Assert.Equal("submitted", resubmitted.Text("state"));
        Assert.Equal("每日 02:00 全量更新", resubmitted["details"]!["updateFrequency"]!.GetValue<string>());
        Assert.Equal("交通运输", resubmitted["details"]!["industry"]!.GetValue<string>());

        await _api.ActedAsync("accept", id, ZhaoAccepts);
        await _api.PassAsync(TimeSpan.FromDays(30));
        var approved = await _api.ActedAsync("approve", id, QianApproves);
        Assert.Equal("approved", approved.Text("state"));

        var history = (await _api.GetApplicationAsync(id, token))["history"]!.AsArray().Select(h => h!["event"]!.GetValue<string>()).ToArray();
        Assert.Equal(["initial_registration_applied", "correction_requested", "application_resubmitted", "application_accepted",
            "public_notice_started", "public_notice_ended", "application_approved"], history);
    }

    [Fact]
    public async Task an_unanswered_correction_request_lapses_at_its_deadline()
    {
        var (token, id) = await SubmittedAsync();
        var returned = await _api.ActedAsync("request-correction", id, ZhaoAccepts, new { whatToCorrect = new[] { "补充样本数据说明" } });
        var deadline = DateTimeOffset.Parse(returned["correction"]!["deadline"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

        await _api.PassUntilAsync(deadline - TimeSpan.FromMinutes(1));
        Assert.Equal("awaitingCorrection", (await _api.GetApplicationAsync(id, token)).Text("state"));

        await _api.PassAsync(TimeSpan.FromMinutes(1));
        Assert.Equal("lapsed", (await _api.GetApplicationAsync(id, token)).Text("state"));

        var late = await _api.ActAsync("resubmit", id, token, new { updateFrequency = "每日" });
        Assert.Equal("application-closed", (await late.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task a_rejected_application_cannot_be_resubmitted()
    {
        var (token, id) = await SubmittedAsync();
        await _api.ActedAsync("reject", id, ZhaoAccepts, new { reasons = new[] { "不符合登记条件" } });

        var response = await _api.ActAsync("resubmit", id, token, new { name = "换个名字" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application-closed", (await response.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task a_withdrawn_application_cannot_be_resubmitted_or_withdrawn_again()
    {
        var (token, id) = await SubmittedAsync();
        var withdrawn = await _api.ActedAsync("withdraw", id, token, new { reason = "业务调整" });
        Assert.Equal("withdrawn", withdrawn.Text("state"));

        Assert.Equal("application-closed", (await (await _api.ActAsync("resubmit", id, token, new { name = "x" })).ReadProblemAsync()).Code());
        Assert.Equal("application-closed", (await (await _api.ActAsync("withdraw", id, token)).ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task resubmitting_an_application_not_returned_for_correction_is_refused()
    {
        var (token, id) = await SubmittedAsync();

        var response = await _api.ActAsync("resubmit", id, token, new { name = "x" });

        Assert.Equal("application-not-awaiting-correction", (await response.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task another_enterprise_may_neither_act_on_nor_read_an_application()
    {
        var (_, id) = await SubmittedAsync();
        var stranger = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());

        var withdraw = await _api.ActAsync("withdraw", id, stranger);
        Assert.Equal(HttpStatusCode.Forbidden, withdraw.StatusCode);
        Assert.Equal("not-your-application", (await withdraw.ReadProblemAsync()).Code());

        // The id is public (notices, certificates): an application that exists is refused as such, as acting on it is.
        var read = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/applications/{id}").WithToken(stranger));
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal("not-your-application", (await read.ReadProblemAsync()).Code());
        var unknown = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/applications/{Guid.CreateVersion7()}").WithToken(stranger));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application-not-found", (await unknown.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task accepting_an_application_already_accepted_says_it_is_accepted_and_records_nothing()
    {
        var (_, id) = await SubmittedAsync();
        await _api.ActedAsync("accept", id, ZhaoAccepts);
        await _api.PassAsync(TimeSpan.FromDays(30));
        var version = (await _api.GetApplicationAsync(id, ZhaoAccepts))["version"]?.GetValue<long>();

        var again = await _api.ActAsync("accept", id, QianApproves);
        var correction = await _api.ActAsync("request-correction", id, QianApproves, new { whatToCorrect = new[] { "样本" } });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var problem = await again.ReadProblemAsync();
        Assert.Equal("application-already-accepted", problem.Code());
        Assert.Equal("Cannot accept the application: it is waiting for approval.", problem.Text("detail"));
        Assert.Equal("application-already-accepted", (await correction.ReadProblemAsync()).Code());
        Assert.Equal(version, (await _api.GetApplicationAsync(id, ZhaoAccepts))["version"]?.GetValue<long>());
    }

    [Fact]
    public async Task an_enterprise_may_not_review_applications()
    {
        var (token, id) = await SubmittedAsync();

        var response = await _api.ActAsync("accept", id, token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task a_product_derived_from_a_resource_that_does_not_exist_is_refused()
    {
        var token = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());
        var unknown = AssetRegistry.Verification.Identifiers.RegistrationNumber.Create("AR", AssetRegistry.Verification.Identifiers.AssetKind.DataResource, 2026, 99_999_999).ToString();

        var response = await _api.SubmitAsync(token, await _api.InitialApplicationAsync(token, "dataProduct", derivedFrom: [unknown]));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal("derived-asset-not-found", problem.Code());
        Assert.Equal("derivedFrom[0]", problem["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_product_derived_from_an_expired_resource_is_refused()
    {
        var token = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());
        var endsSoon = DateOnly.FromDateTime(app.Clock.GetUtcNow().AddDays(40).UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var resource = await _api.RegisteredAssetAsync(token, authorisationEndsOn: endsSoon);
        await _api.PassAsync(TimeSpan.FromDays(15));

        var response = await _api.SubmitAsync(token, await _api.InitialApplicationAsync(token, "dataProduct", derivedFrom: [resource]));

        Assert.Equal("derived-asset-not-active", (await response.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task a_product_may_not_derive_from_another_product()
    {
        var token = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());
        var product = await _api.RegisteredAssetAsync(token, "dataProduct");

        var response = await _api.SubmitAsync(token, await _api.InitialApplicationAsync(token, "dataProduct", derivedFrom: [product]));

        Assert.Equal("derived-asset-not-a-resource", (await response.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task citing_a_document_that_was_never_uploaded_is_refused_and_records_nothing()
    {
        var token = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());
        var application = await _api.InitialApplicationAsync(token, change: a => a["reviewReport"]!["documentFingerprint"] = new string('a', 64));

        var response = await _api.SubmitAsync(token, application);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal("document-not-uploaded", problem.Code());
        Assert.Equal("reviewReport.documentFingerprint", problem["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task an_incomplete_application_is_a_400_naming_every_missing_field()
    {
        var token = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());
        var application = await _api.InitialApplicationAsync(token, change: a =>
        {
            a.Remove("industry");
            a.Remove("declaration");
            a["reviewReport"]!["institutionCreditCode"] = "91350100M000100Y44";
            a["derivedFrom"] = new JsonArray("AR-R-2026-00000001-0");
        });

        var response = await _api.SubmitAsync(token, application);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = (await response.ReadProblemAsync()).FieldsAtFault();
        Assert.Contains("industry", fields);
        Assert.Contains("declaration", fields);
        Assert.Contains("reviewReport.institutionCreditCode", fields);
        Assert.Contains("derivedFrom", fields);
    }

    [Fact]
    public async Task a_mistyped_registration_number_is_a_400_and_an_unknown_one_a_404()
    {
        var token = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());
        var number = await _api.RegisteredAssetAsync(token);
        var mistyped = number[..^1] + (number[^1] == '0' ? '1' : '0');
        var unknown = AssetRegistry.Verification.Identifiers.RegistrationNumber.Create("AR", AssetRegistry.Verification.Identifiers.AssetKind.DataResource, 2026, 99_999_998).ToString();

        Assert.Equal(HttpStatusCode.BadRequest, (await _api.GetAssetAsync(mistyped, token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAssetAsync(unknown, token)).StatusCode);
    }

    [Fact]
    public async Task two_clerks_approving_at_the_same_moment_register_the_asset_once()
    {
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var (_, id) = await SubmittedAsync();
            await _api.ActedAsync("accept", id, ZhaoAccepts);
            ids.Add(id);
        }

        await _api.PassAsync(TimeSpan.FromDays(30));
        var clerks = Enumerable.Range(0, 6).Select(i => AssetRegistry.Tests.Infrastructure.RegistryApp.ClerkToken($"clerk-{i}")).ToArray();
        var sequenceBefore = await EventSequenceAsync();

        var responses = await Task.WhenAll(ids.SelectMany(id => clerks.Select(async clerk => (id, response: await _api.ActAsync("approve", id, clerk)))));

        foreach (var id in ids)
        {
            Assert.Single(responses, r => r.id == id && r.response.StatusCode == HttpStatusCode.OK);
            var application = await _api.GetApplicationAsync(id, ZhaoAccepts);
            Assert.Single(application["history"]!.AsArray(), h => h!["event"]!.GetValue<string>() == "application_approved");
        }

        foreach (var (_, refused) in responses.Where(r => r.response.StatusCode != HttpStatusCode.OK))
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Equal("application-already-decided", (await refused.ReadJsonAsync())["code"]!.GetValue<string>());
        }

        // The losers waited for the winner and wrote nothing: no failed transaction drew from the global event
        // sequence, so it has no hole for the certificate issuer to wait out.
        var sequenceAfter = await EventSequenceAsync();
        Assert.Equal(sequenceAfter.Drawn - sequenceBefore.Drawn, sequenceAfter.Committed - sequenceBefore.Committed);
    }

    private async Task<(long Drawn, long Committed)> EventSequenceAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "select (select last_value from registry.mt_events_sequence), (select count(*) from registry.mt_events)", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    [Fact]
    public async Task the_clerks_queue_flags_applications_past_the_reply_limit()
    {
        var (_, id) = await SubmittedAsync();

        await _api.PassAsync(TimeSpan.FromDays(20));
        var overdue = await (await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/applications?overdue=true&state=submitted&pageSize=200")
            .WithToken(ZhaoAccepts))).ReadJsonAsync();

        var entry = overdue["items"]!.AsArray().Single(i => i!["applicationId"]!.GetValue<string>() == id)!;
        Assert.True(entry["overdue"]!.GetValue<bool>());
    }

    [Fact]
    public async Task the_clerks_queue_is_for_clerks()
    {
        var response = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/applications")
            .WithToken(RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode())));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("state=shelved", "state")]
    [InlineData("page=first", "page")]
    [InlineData("pageSize=100000", "pageSize")]
    public async Task a_queue_query_with_a_bad_parameter_is_a_400_naming_it(string query, string field)
    {
        var response = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/applications?{query}").WithToken(ZhaoAccepts));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], (await response.ReadProblemAsync()).FieldsAtFault());
    }
}
