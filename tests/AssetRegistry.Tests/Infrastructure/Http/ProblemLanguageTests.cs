using System.Net;
using AssetRegistry.Infrastructure.Http;
using Microsoft.AspNetCore.Http;
using static AssetRegistry.Tests.Infrastructure.HttpExtensions;

namespace AssetRegistry.Tests.Infrastructure.Http;

/// <summary>
/// Problem details speak the clerk's language: Chinese unless Accept-Language prefers English; the codes — the
/// problem's and each field's — are the same in both.
/// </summary>
public sealed class ProblemLanguageTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private const string UnknownApplication = "0190f0f0-0000-7000-8000-000000000000";

    private Task<HttpResponseMessage> ReadUnknownApplicationAsync(string? acceptLanguage)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/applications/{UnknownApplication}").WithToken(RegistryApi.ClerkZhao);
        return app.Client.SendAsync(acceptLanguage is null ? request : request.InLanguage(acceptLanguage));
    }

    [Fact]
    public async Task a_refusal_is_in_chinese_by_default_and_says_so()
    {
        var response = await ReadUnknownApplicationAsync(null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal("application-not-found", problem.Code());
        Assert.Equal("申请不存在", problem.Text("title"));
        Assert.Equal($"没有编号为“{UnknownApplication}”的申请。", problem.Text("detail"));
        Assert.Equal(["zh-CN"], response.Content.Headers.ContentLanguage);
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }

    [Fact]
    public async Task accept_language_english_gives_the_english_sentence_and_the_same_code()
    {
        var response = await ReadUnknownApplicationAsync("en-GB,en;q=0.9");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal("application-not-found", problem.Code());
        Assert.Equal("https://asset-registry.example/problems/application-not-found", problem.Text("type"));
        Assert.Equal("Application not found", problem.Text("title"));
        Assert.Equal($"No application has the id '{UnknownApplication}'.", problem.Text("detail"));
        Assert.Equal(["en"], response.Content.Headers.ContentLanguage);
    }

    [Theory]
    [InlineData("zh;q=0.5, en;q=0.8", "en")]
    [InlineData("en;q=0.5, zh", "zh-CN")]
    [InlineData("fr-FR, de;q=0.9", "zh-CN")]
    [InlineData("fr-FR, en;q=0.3", "en")]
    public async Task the_highest_q_value_of_a_language_the_registry_speaks_wins(string acceptLanguage, string answered)
    {
        var response = await ReadUnknownApplicationAsync(acceptLanguage);

        Assert.Equal([answered], response.Content.Headers.ContentLanguage);
        Assert.Equal("application-not-found", (await response.ReadProblemAsync()).Code());
    }

    [Theory]
    [InlineData(null, Language.Chinese)]
    [InlineData("", Language.Chinese)]
    [InlineData("en", Language.English)]
    [InlineData("EN-us", Language.English)]
    [InlineData("zh-Hant-TW, en;q=0.9", Language.Chinese)]
    [InlineData("en;q=0, zh;q=0.1", Language.Chinese)]
    [InlineData("en;q=0", Language.Chinese)]
    [InlineData("eng, enx", Language.Chinese)]
    [InlineData("*, en;q=0.5", Language.Chinese)]
    [InlineData("ja, en;q=0.5, zh;q=0.5", Language.English)]
    [InlineData("not a language ;;; q=", Language.Chinese)]
    public void accept_language_is_read_by_q_value_and_falls_back_to_chinese(string? acceptLanguage, Language expected)
    {
        var context = new DefaultHttpContext();
        if (acceptLanguage is not null)
        {
            context.Request.Headers.AcceptLanguage = acceptLanguage;
        }

        Assert.Equal(expected, RequestLanguage.Of(context.Request));
    }

    [Fact]
    public async Task field_errors_carry_their_codes_beside_the_sentence_in_either_language()
    {
        var valid = RegistryApi.NewCreditCode();
        var mistyped = valid[..^1] + (valid[^1] == '0' ? '1' : '0');
        var body = new { name = " ", identifier = new { type = "unifiedSocialCreditCode", number = mistyped }, identityDocuments = new[] { PartyDirectory.SampleLicence } };

        var chinese = await (await app.Client.SendAsync(Json(HttpMethod.Post, "/api/parties", body, RegistryApi.ClerkZhao))).ReadProblemAsync();
        var english = await (await app.Client.SendAsync(Json(HttpMethod.Post, "/api/parties", body, RegistryApi.ClerkZhao).InLanguage("en"))).ReadProblemAsync();

        foreach (var problem in new[] { chinese, english })
        {
            Assert.Equal("invalid-fields", problem.Code());
            Assert.Equal(["required"], problem.FieldCodes("name"));
            Assert.Equal(["check-character"], problem.FieldCodes("identifier.number"));
        }

        Assert.Equal("“name”为必填项。", chinese["errors"]!["name"]![0]!["detail"]!.GetValue<string>());
        Assert.Equal("'name' is required.", english["errors"]!["name"]![0]!["detail"]!.GetValue<string>());
        Assert.Equal("'identifier.number': the check character does not match; it is most likely mistyped.",
            english["errors"]!["identifier.number"]![0]!["detail"]!.GetValue<string>());
        Assert.Equal("'name' is required. 'identifier.number': the check character does not match; it is most likely mistyped.", english.Text("detail"));
    }

    [Fact]
    public async Task a_problem_asp_net_core_writes_itself_is_in_the_catalogues_words_too()
    {
        var english = await app.Client.SendAsync(Json(HttpMethod.Post, "/api/parties", new { name = "x" }).InLanguage("en"));
        var chinese = await app.Client.SendAsync(Json(HttpMethod.Post, "/api/parties", new { name = "x" }));

        Assert.Equal(HttpStatusCode.Unauthorized, english.StatusCode);
        var (en, zh) = (await english.ReadProblemAsync(), await chinese.ReadProblemAsync());
        Assert.Equal(("unauthenticated", "unauthenticated"), (en.Code(), zh.Code()));
        Assert.Equal(Refusals.Unauthenticated.Detail.English, en.Text("detail"));
        Assert.Equal(Refusals.Unauthenticated.Detail.Chinese, zh.Text("detail"));
    }
}
