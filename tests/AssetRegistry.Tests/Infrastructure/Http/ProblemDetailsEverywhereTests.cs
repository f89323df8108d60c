using System.Net;
using System.Net.Http.Headers;
using AssetRegistry.Tests.Infrastructure;
using static AssetRegistry.Tests.Infrastructure.HttpExtensions;

namespace AssetRegistry.Tests.Infrastructure.Http;

/// <summary>
/// Every request that reaches the service is answered, when it fails, with problem details and a stable
/// <c>code</c> — whatever media type the client accepts, and also when the body is of a type no endpoint reads.
/// </summary>
public sealed class ProblemDetailsEverywhereTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private static object Organisation(string code) =>
        new { name = "深圳市数据科技有限公司", identifier = new { type = "unifiedSocialCreditCode", number = code }, identityDocuments = new[] { PartyDirectory.SampleLicence } };

    private static HttpRequestMessage PlainTextParty(string code)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/parties")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(Organisation(code)), System.Text.Encoding.UTF8, "text/plain"),
        }.WithToken(RegistryApi.ClerkZhao);
        return request;
    }

    [Fact]
    public async Task a_body_sent_as_text_plain_is_a_415_problem_and_records_nothing()
    {
        var code = RegistryApi.NewCreditCode();

        var response = await app.Client.SendAsync(PlainTextParty(code));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("unsupported-media-type", (await response.ReadProblemAsync()).Code());
        await using var session = app.Store.QuerySession();
        Assert.Null(await session.Events.FetchStreamStateAsync(code));
    }

    [Fact]
    public async Task a_415_under_an_idempotency_key_is_problem_details_the_first_time_and_on_retry()
    {
        var code = RegistryApi.NewCreditCode();
        var key = Guid.NewGuid().ToString();

        foreach (var attempt in new[] { 1, 2 })
        {
            var request = PlainTextParty(code);
            request.Headers.Add("Idempotency-Key", key);
            var response = await app.Client.SendAsync(request);

            Assert.True(response.StatusCode == HttpStatusCode.UnsupportedMediaType, $"attempt {attempt}: {(int)response.StatusCode}");
            Assert.Equal("unsupported-media-type", (await response.ReadProblemAsync()).Code());
        }
    }

    public static TheoryData<string, string, string?, HttpStatusCode, string> Failures => new()
    {
        // method, url, JSON body (null: none), status, code
        { "POST", "/api/parties", """{"name": 42}""", HttpStatusCode.BadRequest, "malformed-json" },
        { "POST", "/api/parties", """{"name":"甲","name":"乙"}""", HttpStatusCode.BadRequest, "duplicate-member" },
        { "GET", "/api/register?page=0", null, HttpStatusCode.BadRequest, "invalid-fields" },
        { "GET", "/api/parties/91350100M000100Y43", null, HttpStatusCode.NotFound, "party-not-found" },
        { "GET", "/api/no-such-thing", null, HttpStatusCode.NotFound, "not-found" },
        { "DELETE", "/api/parties", null, HttpStatusCode.MethodNotAllowed, "method-not-allowed" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task a_client_that_accepts_only_html_still_gets_problem_details_with_a_code(string method, string url, string? body, HttpStatusCode status, string code)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url).WithToken(RegistryApi.ClerkZhao);
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        var response = await app.Client.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, (await response.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task an_anonymous_write_accepting_only_html_is_a_401_problem()
    {
        var request = Json(HttpMethod.Post, "/api/parties", Organisation(RegistryApi.NewCreditCode()));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("unauthenticated", (await response.ReadProblemAsync()).Code());
    }
}
