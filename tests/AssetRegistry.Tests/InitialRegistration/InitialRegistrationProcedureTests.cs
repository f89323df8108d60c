using System.Net;
using System.Text.Json.Nodes;
using AssetRegistry.Tests.Infrastructure;

namespace AssetRegistry.Tests.InitialRegistration;

/// <summary>The initial registration (首次登记) through the whole procedure, and each refusal on the way.</summary>
public sealed class InitialRegistrationProcedureTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private readonly Given _given = new(app);
    private RegistryApi Api => _given.Api;
    private static string ZhaoAccepts => RegistryApi.ClerkZhao;
    private static string QianApproves => RegistryApi.ClerkQian;

    private async Task<(string Token, string ApplicationId)> SubmittedAsync(Action<JsonObject>? change = null)
    {
        var (applicant, id) = await _given.SubmittedAsync(change: change);
        return (applicant.Token, id);
    }

    [Fact]
    public async Task a_submitted_application_waits_for_formal_review_with_its_reply_limit()
    {
        var token = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());
        var response = await Api.SubmitAsync(token, await Api.InitialApplicationAsync(token));

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

        var accepted = await Api.ActedAsync("accept", id, ZhaoAccepts);

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
        var accepted = await Api.ActedAsync("accept", id, ZhaoAccepts);
        var endsAt = DateTimeOffset.Parse(accepted["publicNotice"]!["endsAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

        await Api.PassUntilAsync(endsAt - TimeSpan.FromSeconds(1));
        Assert.Equal("underPublicNotice", (await Api.GetApplicationAsync(id, ZhaoAccepts)).Text("state"));

        await Api.PassAsync(TimeSpan.FromSeconds(1));
        var ended = await Api.GetApplicationAsync(id, ZhaoAccepts);
        Assert.Equal("awaitingApproval", ended.Text("state"));
        Assert.Contains(ended["history"]!.AsArray(), h => h!["event"]!.GetValue<string>() == "public_notice_ended");
    }

    [Fact]
    public async Task approval_by_another_clerk_registers_the_asset_with_the_applicant_as_holder_valid_three_years()
    {
        var code = RegistryApi.NewCreditCode();
        var token = RegistryApi.EnterpriseToken(code);

        var number = await Api.RegisteredAssetAsync(token);

        var response = await Api.GetAssetAsync(number, token);
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
        var number = await Api.RegisteredAssetAsync(token, authorisationEndsOn: "2027-06-30");

        var asset = await (await Api.GetAssetAsync(number, token)).ReadJsonAsync();

        // 24:00 China Standard Time on 30 June 2027.
        Assert.Equal(new DateTimeOffset(2027, 6, 30, 16, 0, 0, TimeSpan.Zero), DateTimeOffset.Parse(asset.Text("validUntil"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task a_data_product_derived_from_an_active_resource_is_registered_with_its_operator_and_lineage()
    {
        var token = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());
        var resource = await Api.RegisteredAssetAsync(token);

        var product = await Api.RegisteredAssetAsync(token, "dataProduct", derivedFrom: [resource]);

        var asset = await (await Api.GetAssetAsync(product, token)).ReadJsonAsync();
        Assert.Equal("operating", asset.Text("right"));
        Assert.Equal("dataProduct", asset.Text("kind"));
        Assert.Equal(resource, asset["derivedFrom"]![0]!.GetValue<string>());
        Assert.Matches("^AR-P-", product);
    }

    [Fact]
    public async Task the_clerk_who_accepted_may_not_approve()
    {
        var (_, id) = await SubmittedAsync();
        await Api.ActedAsync("accept", id, ZhaoAccepts);
        await Api.PassAsync(TimeSpan.FromDays(30));

        await app.AssertRefusedAsync(() => Api.ActAsync("approve", id, ZhaoAccepts), HttpStatusCode.Conflict, "approver-accepted-application", application: id);
    }

    [Fact]
    public async Task approval_before_acceptance_is_refused()
    {
        var (_, id) = await SubmittedAsync();

        await app.AssertRefusedAsync(() => Api.ActAsync("approve", id, QianApproves), HttpStatusCode.Conflict, "application-not-accepted", application: id);
    }

    [Fact]
    public async Task approval_during_public_notice_is_refused()
    {
        var (_, id) = await SubmittedAsync();
        await Api.ActedAsync("accept", id, ZhaoAccepts);

        await app.AssertRefusedAsync(() => Api.ActAsync("approve", id, QianApproves), HttpStatusCode.Conflict, "application-under-public-notice", application: id);
    }

    [Fact]
    public async Task approving_twice_is_refused_and_records_one_asset()
    {
        var (_, id) = await SubmittedAsync();
        await Api.ActedAsync("accept", id, ZhaoAccepts);
        await Api.PassAsync(TimeSpan.FromDays(30));
        var number = (await Api.ActedAsync("approve", id, QianApproves)).Text("registrationNumber");

        await app.AssertRefusedAsync(() => Api.ActAsync("approve", id, QianApproves), HttpStatusCode.Conflict, "application-already-decided",
            asset: number, application: id);
    }

    [Fact]
    public async Task rejecting_twice_is_refused()
    {
        var (_, id) = await SubmittedAsync();
        await Api.ActedAsync("reject", id, ZhaoAccepts, new { reasons = new[] { "审查报告与申请数据不符" } });

        await app.AssertRefusedAsync(() => Api.ActAsync("reject", id, ZhaoAccepts, new { reasons = new[] { "再次驳回" } }), HttpStatusCode.Conflict,
            "application-already-decided", application: id);
    }

    [Fact]
    public async Task a_rejection_without_reasons_is_a_400_naming_the_field()
    {
        var (_, id) = await SubmittedAsync();

        var problem = await app.AssertRefusedAsync(() => Api.ActAsync("reject", id, ZhaoAccepts, new { reasons = Array.Empty<string>() }),
            HttpStatusCode.BadRequest, "invalid-fields", application: id);

        Assert.Equal(["reasons"], problem.FieldsAtFault());
    }

    [Fact]
    public async Task refusal_at_approval_closes_the_application_without_an_asset()
    {
        var (_, id) = await SubmittedAsync();
        await Api.ActedAsync("accept", id, ZhaoAccepts);
        await Api.PassAsync(TimeSpan.FromDays(30));

        var refused = await Api.ActedAsync("refuse", id, QianApproves, new { reasons = new[] { "权属存在争议" } });

        Assert.Equal("refused", refused.Text("state"));
        Assert.Null(refused["registrationNumber"]);
    }

    [Fact]
    public async Task a_correction_round_resubmits_the_changed_fields_and_the_application_goes_on_to_registration()
    {
        var (token, id) = await SubmittedAsync(change: a => a["updateFrequency"] = "不定期");

        var returned = await Api.ActedAsync("request-correction", id, ZhaoAccepts, new { whatToCorrect = new[] { "更新频率应具体说明" } });
        Assert.Equal("awaitingCorrection", returned.Text("state"));
        Assert.NotNull(returned["correction"]?["deadline"]);

        var resubmitted = await Api.ActedAsync("resubmit", id, token, new { updateFrequency = "每日 02:00 全量更新" });
        Assert.Equal("submitted", resubmitted.Text("state"));
        Assert.Equal("每日 02:00 全量更新", resubmitted["details"]!["updateFrequency"]!.GetValue<string>());
        Assert.Equal("交通运输", resubmitted["details"]!["industry"]!.GetValue<string>());

        await Api.ActedAsync("accept", id, ZhaoAccepts);
        await Api.PassAsync(TimeSpan.FromDays(30));
        var approved = await Api.ActedAsync("approve", id, QianApproves);
        Assert.Equal("approved", approved.Text("state"));

        var history = (await Api.GetApplicationAsync(id, token))["history"]!.AsArray().Select(h => h!["event"]!.GetValue<string>()).ToArray();
        Assert.Equal(["initial_registration_applied", "correction_requested", "application_resubmitted", "review_report_confirmed", "application_accepted",
            "public_notice_started", "public_notice_ended", "application_approved"], history);
    }

    [Fact]
    public async Task an_unanswered_correction_request_lapses_at_its_deadline()
    {
        var (token, id) = await SubmittedAsync();
        var returned = await Api.ActedAsync("request-correction", id, ZhaoAccepts, new { whatToCorrect = new[] { "补充样本数据说明" } });
        var deadline = DateTimeOffset.Parse(returned["correction"]!["deadline"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

        await Api.PassUntilAsync(deadline - TimeSpan.FromMinutes(1));
        Assert.Equal("awaitingCorrection", (await Api.GetApplicationAsync(id, token)).Text("state"));

        await Api.PassAsync(TimeSpan.FromMinutes(1));
        Assert.Equal("lapsed", (await Api.GetApplicationAsync(id, token)).Text("state"));

        await app.AssertRefusedAsync(() => Api.ActAsync("resubmit", id, token, new { updateFrequency = "每日" }), HttpStatusCode.Conflict,
            "application-closed", application: id);
    }

    [Fact]
    public async Task a_rejected_application_cannot_be_resubmitted()
    {
        var (token, id) = await SubmittedAsync();
        await Api.ActedAsync("reject", id, ZhaoAccepts, new { reasons = new[] { "不符合登记条件" } });

        await app.AssertRefusedAsync(() => Api.ActAsync("resubmit", id, token, new { name = "换个名字" }), HttpStatusCode.Conflict, "application-closed",
            application: id);
    }

    [Fact]
    public async Task a_withdrawn_application_cannot_be_resubmitted_or_withdrawn_again()
    {
        var (token, id) = await SubmittedAsync();
        var withdrawn = await Api.ActedAsync("withdraw", id, token, new { reason = "业务调整" });
        Assert.Equal("withdrawn", withdrawn.Text("state"));

        await app.AssertRefusedAsync(() => Api.ActAsync("resubmit", id, token, new { name = "x" }), HttpStatusCode.Conflict, "application-closed", application: id);
        await app.AssertRefusedAsync(() => Api.ActAsync("withdraw", id, token), HttpStatusCode.Conflict, "application-closed", application: id);
    }

    [Fact]
    public async Task resubmitting_an_application_not_returned_for_correction_is_refused()
    {
        var (token, id) = await SubmittedAsync();

        await app.AssertRefusedAsync(() => Api.ActAsync("resubmit", id, token, new { name = "x" }), HttpStatusCode.Conflict,
            "application-not-awaiting-correction", application: id);
    }

    [Fact]
    public async Task another_enterprise_may_neither_act_on_nor_read_an_application()
    {
        var (_, id) = await SubmittedAsync();
        var stranger = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());

        await app.AssertRefusedAsync(() => Api.ActAsync("withdraw", id, stranger), HttpStatusCode.Forbidden, "not-your-application", application: id);

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
        await Api.ActedAsync("accept", id, ZhaoAccepts);
        await Api.PassAsync(TimeSpan.FromDays(30));

        var problem = await app.AssertRefusedAsync(() => Api.ActAsync("accept", id, QianApproves), HttpStatusCode.Conflict, "application-already-accepted",
            application: id);
        await app.AssertRefusedAsync(() => Api.ActAsync("request-correction", id, QianApproves, new { whatToCorrect = new[] { "样本" } }),
            HttpStatusCode.Conflict, "application-already-accepted", application: id);

        Assert.Equal("无法受理该申请：该申请正在等待核准。", problem.Text("detail"));
    }

    [Fact]
    public async Task an_enterprise_may_not_review_applications()
    {
        var (token, id) = await SubmittedAsync();

        await app.AssertRefusedAsync(() => Api.ActAsync("accept", id, token), HttpStatusCode.Forbidden, "forbidden", application: id);
    }

    [Fact]
    public async Task a_product_derived_from_a_resource_that_does_not_exist_is_refused()
    {
        var applicant = Enterprise.New("深圳市数据科技有限公司");
        var unknown = AssetRegistry.Verification.Identifiers.RegistrationNumber.Create("AR", AssetRegistry.Verification.Identifiers.AssetKind.DataResource, 2026, 99_999_999).ToString();
        var application = await Api.InitialApplicationAsync(applicant.Token, "dataProduct", derivedFrom: [unknown]);

        await app.AssertRefusedAsync(() => Api.SubmitAsync(applicant.Token, application), HttpStatusCode.Conflict, "derived-asset-not-found",
            field: "derivedFrom[0]", asset: unknown, applicant: applicant.Code);
    }

    [Fact]
    public async Task a_product_derived_from_an_expired_resource_is_refused()
    {
        var endsSoon = DateOnly.FromDateTime(app.Clock.GetUtcNow().AddDays(40).UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var (holder, resource) = await _given.RegisteredAsync(authorisationEndsOn: endsSoon);
        await Api.PassAsync(TimeSpan.FromDays(15));
        var application = await Api.InitialApplicationAsync(holder.Token, "dataProduct", derivedFrom: [resource]);

        await app.AssertRefusedAsync(() => Api.SubmitAsync(holder.Token, application), HttpStatusCode.Conflict, "derived-asset-not-active",
            asset: resource, applicant: holder.Code);
    }

    [Fact]
    public async Task a_product_may_not_derive_from_another_product()
    {
        var (holder, product) = await _given.RegisteredAsync(assetKind: "dataProduct");
        var application = await Api.InitialApplicationAsync(holder.Token, "dataProduct", derivedFrom: [product]);

        await app.AssertRefusedAsync(() => Api.SubmitAsync(holder.Token, application), HttpStatusCode.Conflict, "derived-asset-not-a-resource",
            asset: product, applicant: holder.Code);
    }

    [Fact]
    public async Task citing_a_document_that_was_never_uploaded_is_refused_and_records_nothing()
    {
        var applicant = Enterprise.New("深圳市数据科技有限公司");
        var application = await Api.InitialApplicationAsync(applicant.Token, change: a => a["reviewReport"]!["documentFingerprint"] = new string('a', 64));

        await app.AssertRefusedAsync(() => Api.SubmitAsync(applicant.Token, application), HttpStatusCode.Conflict, "document-not-uploaded",
            field: "reviewReport.documentFingerprint", applicant: applicant.Code);
    }

    [Fact]
    public async Task an_incomplete_application_is_a_400_naming_every_missing_field()
    {
        var applicant = Enterprise.New("深圳市数据科技有限公司");
        var application = await Api.InitialApplicationAsync(applicant.Token, change: a =>
        {
            a.Remove("industry");
            a.Remove("declaration");
            a["reviewReport"]!["institutionCreditCode"] = "91350100M000100Y44";
            a["derivedFrom"] = new JsonArray("AR-R-2026-00000001-0");
        });

        var fields = (await app.AssertRefusedAsync(() => Api.SubmitAsync(applicant.Token, application), HttpStatusCode.BadRequest, "invalid-fields",
            applicant: applicant.Code)).FieldsAtFault();
        Assert.Contains("industry", fields);
        Assert.Contains("declaration", fields);
        Assert.Contains("reviewReport.institutionCreditCode", fields);
        Assert.Contains("derivedFrom", fields);
    }

    [Fact]
    public async Task a_mistyped_registration_number_is_a_400_and_an_unknown_one_a_404()
    {
        var token = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());
        var number = await Api.RegisteredAssetAsync(token);
        var mistyped = number[..^1] + (number[^1] == '0' ? '1' : '0');
        var unknown = AssetRegistry.Verification.Identifiers.RegistrationNumber.Create("AR", AssetRegistry.Verification.Identifiers.AssetKind.DataResource, 2026, 99_999_998).ToString();

        Assert.Equal(HttpStatusCode.BadRequest, (await Api.GetAssetAsync(mistyped, token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.GetAssetAsync(unknown, token)).StatusCode);
    }

    [Fact]
    public async Task two_clerks_approving_at_the_same_moment_register_the_asset_once()
    {
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var (_, id) = await SubmittedAsync();
            await Api.ActedAsync("accept", id, ZhaoAccepts);
            ids.Add(id);
        }

        await Api.PassAsync(TimeSpan.FromDays(30));
        var clerks = Enumerable.Range(0, 6).Select(i => AssetRegistry.Tests.Infrastructure.RegistryApp.ClerkToken($"clerk-{i}")).ToArray();
        var sequenceBefore = await EventSequenceAsync();

        var responses = await Task.WhenAll(ids.SelectMany(id => clerks.Select(async clerk => (id, response: await Api.ActAsync("approve", id, clerk)))));

        foreach (var id in ids)
        {
            Assert.Single(responses, r => r.id == id && r.response.StatusCode == HttpStatusCode.OK);
            var application = await Api.GetApplicationAsync(id, ZhaoAccepts);
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

        await Api.PassAsync(TimeSpan.FromDays(20));
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
