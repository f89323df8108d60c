using System.Net;
using System.Text.Json.Nodes;
using AssetRegistry.Security;
using AssetRegistry.Tests.Infrastructure;

namespace AssetRegistry.Tests.InitialRegistration;

/// <summary>
/// The third-party reviewer (第三方服务机构) confirms, or declines with reasons, the review report an initial application
/// names it in; formal review accepts the application only once its current report is confirmed.
/// </summary>
public sealed class ReviewReportConfirmationTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private readonly Given _given = new(app);
    private RegistryApi Api => _given.Api;
    private static string TheReviewer => RegistryApi.ReviewerToken(RegistryApi.ReviewInstitutionCode);

    [Fact]
    public async Task formal_review_does_not_accept_an_initial_application_whose_report_is_not_confirmed()
    {
        var (_, id) = await _given.SubmittedAsync();

        await app.AssertRefusedAsync(() => Api.ActAsync("accept", id, RegistryApi.ClerkZhao), HttpStatusCode.Conflict, "review-report-not-confirmed", application: id);
    }

    [Fact]
    public async Task the_institution_the_report_names_confirms_it_and_formal_review_then_accepts()
    {
        var (applicant, id) = await _given.SubmittedAsync();
        var waiting = await QueueEntryAsync(id);
        Assert.Equal("awaiting", waiting.Text("reviewReportState"));
        Assert.Equal("awaiting", (await Api.GetApplicationAsync(id, applicant.Token))["reviewReportConfirmation"]!.AsObject().Text("state"));

        var confirmed = await Api.ActedAsync("confirm-review-report", id, RegistryApi.ReviewerToken(RegistryApi.ReviewInstitutionCode, "reviewer-wang"));

        var confirmation = confirmed["reviewReportConfirmation"]!.AsObject();
        Assert.Equal("confirmed", confirmation.Text("state"));
        Assert.Equal(("reviewer-wang", RegistryRoles.Reviewer, RegistryApi.ReviewInstitutionCode),
            (confirmation["by"]!.AsObject().Text("userId"), confirmation["by"]!.AsObject().Text("role"), confirmation["by"]!.AsObject().Text("partyCode")));
        Assert.Equal(app.Clock.GetUtcNow(), Given.Instant(confirmation, "at"));
        Assert.Equal("submitted", confirmed.Text("state"));
        Assert.Equal("confirmed", (await QueueEntryAsync(id)).Text("reviewReportState"));

        var accepted = await Api.ActAsync("accept", id, RegistryApi.ClerkZhao);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("underPublicNotice", (await accepted.ReadJsonAsync()).Text("state"));
        var history = (await Api.GetApplicationAsync(id, applicant.Token))["history"]!.AsArray().Select(h => h!["event"]!.GetValue<string>()).ToArray();
        Assert.Equal(["initial_registration_applied", "review_report_confirmed", "application_accepted", "public_notice_started"], history);
    }

    [Fact]
    public async Task a_reviewer_the_report_does_not_name_is_refused()
    {
        var (_, id) = await _given.SubmittedAsync();
        var another = RegistryApi.ReviewerToken(RegistryApi.NewCreditCode());

        await app.AssertRefusedAsync(() => Api.ActAsync("confirm-review-report", id, another), HttpStatusCode.Forbidden, "not-the-reviewer", application: id);
        await app.AssertRefusedAsync(() => Api.ActAsync("decline-review-report", id, another, new { reasons = new[] { "不符" } }),
            HttpStatusCode.Forbidden, "not-the-reviewer", application: id);
    }

    [Fact]
    public async Task no_other_role_confirms_even_with_the_institutions_credit_code()
    {
        var (_, id) = await _given.SubmittedAsync();

        await app.AssertRefusedAsync(() => Api.ActAsync("confirm-review-report", id, RegistryApi.EnterpriseToken(RegistryApi.ReviewInstitutionCode)),
            HttpStatusCode.Forbidden, "forbidden", application: id);
        await app.AssertRefusedAsync(() => Api.ActAsync("confirm-review-report", id, RegistryApi.ClerkZhao), HttpStatusCode.Forbidden, "forbidden", application: id);
    }

    [Fact]
    public async Task a_report_confirmed_once_is_not_confirmed_again()
    {
        var (_, id) = await _given.SubmittedAsync();
        await Api.ActedAsync("confirm-review-report", id, TheReviewer);

        await app.AssertRefusedAsync(() => Api.ActAsync("confirm-review-report", id, TheReviewer), HttpStatusCode.Conflict, "review-report-already-confirmed",
            application: id);
    }

    [Fact]
    public async Task a_report_is_not_confirmed_while_the_application_is_returned_for_correction()
    {
        var (_, id) = await _given.SubmittedAsync();
        await Api.ActedAsync("request-correction", id, RegistryApi.ClerkZhao, new { whatToCorrect = new[] { "补充样本数据说明" } });

        await app.AssertRefusedAsync(() => Api.ActAsync("confirm-review-report", id, TheReviewer), HttpStatusCode.Conflict,
            "review-report-not-awaiting-confirmation", application: id);
    }

    [Fact]
    public async Task declining_needs_reasons()
    {
        var (_, id) = await _given.SubmittedAsync();

        var none = await app.AssertRefusedAsync(() => Api.ActAsync("decline-review-report", id, TheReviewer, new { reasons = Array.Empty<string>() }),
            HttpStatusCode.BadRequest, "invalid-fields", application: id);
        Assert.NotNull(none["errors"]?["reasons"]);
        var tooLong = await app.AssertRefusedAsync(() => Api.ActAsync("decline-review-report", id, TheReviewer, new { reasons = new[] { new string('长', 2001) } }),
            HttpStatusCode.BadRequest, "invalid-fields", application: id);
        Assert.NotNull(tooLong["errors"]?["reasons[0]"]);
    }

    [Fact]
    public async Task a_declined_report_returns_the_application_for_correction_with_the_reasons_the_applicant_reads()
    {
        var (applicant, id) = await _given.SubmittedAsync();

        await Api.ActedAsync("decline-review-report", id, TheReviewer, new { reasons = new[] { "报告所附样本与申请不符" } });

        var seen = await Api.GetApplicationAsync(id, applicant.Token);
        Assert.Equal("awaitingCorrection", seen.Text("state"));
        Assert.Equal(["报告所附样本与申请不符"], seen["correction"]!["whatToCorrect"]!.AsArray().Select(r => r!.GetValue<string>()));
        var confirmation = seen["reviewReportConfirmation"]!.AsObject();
        Assert.Equal("declined", confirmation.Text("state"));
        Assert.Equal(["报告所附样本与申请不符"], confirmation["reasons"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("declined", (await QueueEntryAsync(id, "awaitingCorrection")).Text("reviewReportState"));
    }

    [Fact]
    public async Task a_declined_report_unanswered_lapses_the_application_as_a_clerks_return_does()
    {
        var (applicant, id) = await _given.SubmittedAsync();
        var returned = await Api.ActedAsync("decline-review-report", id, TheReviewer, new { reasons = new[] { "报告已过期" } });

        await Api.PassUntilAsync(Given.Instant(returned["correction"]!.AsObject(), "deadline") + TimeSpan.FromMinutes(1));

        Assert.Equal("lapsed", (await Api.GetApplicationAsync(id, applicant.Token)).Text("state"));
    }

    [Fact]
    public async Task a_resubmission_with_a_new_report_waits_for_a_new_confirmation()
    {
        var (applicant, id) = await _given.SubmittedAsync();
        await Api.ActedAsync("decline-review-report", id, TheReviewer, new { reasons = new[] { "报告已过期" } });
        var newReport = await Api.UploadAsync(applicant.Token, $"review report again {Guid.NewGuid()}");

        var resubmitted = await Api.ActedAsync("resubmit", id, applicant.Token, new
        {
            reviewReport = new
            {
                institutionName = "深圳数据合规评估中心", institutionCreditCode = RegistryApi.ReviewInstitutionCode, reportNumber = "SZ-REV-2026-0002",
                reportDate = "2026-03-01", conclusion = "数据来源合法，内容真实", documentFingerprint = newReport,
            },
        });

        Assert.Equal("awaiting", resubmitted["reviewReportConfirmation"]!.AsObject().Text("state"));
        await app.AssertRefusedAsync(() => Api.ActAsync("accept", id, RegistryApi.ClerkZhao), HttpStatusCode.Conflict, "review-report-not-confirmed", application: id);
        var confirmed = await Api.ActedAsync("confirm-review-report", id, TheReviewer);
        Assert.Equal("confirmed", confirmed["reviewReportConfirmation"]!.AsObject().Text("state"));
        Assert.Equal(HttpStatusCode.OK, (await Api.ActAsync("accept", id, RegistryApi.ClerkZhao)).StatusCode);
    }

    private async Task<JsonObject> QueueEntryAsync(string applicationId, string state = "submitted")
    {
        var response = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/applications?state={state}&pageSize=200").WithToken(RegistryApi.ClerkZhao));
        var queue = await response.ReadJsonAsync();
        return queue["items"]!.AsArray().Single(i => i!["applicationId"]!.GetValue<string>() == applicationId)!.AsObject();
    }
}
