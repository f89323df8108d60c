using System.Net;
using System.Reflection;
using System.Text.Json.Nodes;
using AssetRegistry.Applications;
using AssetRegistry.Tests.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using static AssetRegistry.Tests.Infrastructure.HttpExtensions;

namespace AssetRegistry.Tests.Infrastructure.Http;

/// <summary>
/// Input chosen to break things — values at and past their ranges, NUL characters, duplicate members — is a 400
/// naming the field at fault and records nothing; never a 500. Ranges: dates 2000-01-01 to 2999-12-31, pages up to
/// 10⁶, page sizes up to 200.
/// </summary>
public sealed class HostileInputTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private readonly RegistryApi _api = new(app);

    /// <summary>Values that overflow an offset, a date or an integer, or that PostgreSQL cannot hold.</summary>
    private static readonly string[] Extremes =
    [
        "0001-01-01", "9999-12-31", "1999-12-31", "3000-01-01", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
        "2147483647", "-2147483648", "99999999999999999999", "9007199254740992", "0", "-1", "%00", new string('9', 4000),
    ];

    /// <summary>Well-formed values for the route parameters not under test, so that the one under test is the one judged.</summary>
    private static readonly Dictionary<string, string> WellFormed = new(StringComparer.Ordinal)
    {
        ["partyCode"] = "91350100M000100Y43",
        ["registrationNumber"] = "AR-R-2026-00000042-F",
        ["number"] = "AR-C-000000000001",
        ["sha256"] = new string('a', 64),
        ["treeSize"] = "1",
    };

    /// <summary>Query parameters an endpoint requires, well-formed, sent beside the one under test.</summary>
    private static readonly Dictionary<string, string> Companions = new(StringComparer.Ordinal)
    {
        ["/api/ledger/proofs/inclusion"] = "certificate=AR-C-000000000001",
        ["/api/ledger/proofs/consistency"] = "from=1&to=9007199254740991",
    };

    [Theory]
    [InlineData("/api/register?page=2147483647", "page")]
    [InlineData("/api/notices?page=2147483647", "page")]
    [InlineData("/api/applications?page=2147483647", "page")]
    [InlineData("/api/parties/91350100M000100Y43/assets?page=2147483647", "page")]
    [InlineData("/api/ledger/checkpoints?page=1000001", "page")]
    [InlineData("/api/register?pageSize=201", "pageSize")]
    [InlineData("/api/register?from=0001-01-01", "from")]
    [InlineData("/api/register?to=9999-12-31", "to")]
    [InlineData("/api/register?from=1999-12-31T15:59:59Z", "from")]
    [InlineData("/api/register?to=3000-01-01T00:00:00%2B08:00", "to")]
    [InlineData("/api/assets/AR-R-2026-00000042-F?asOf=1999-12-31T15:59:59Z", "asOf")]
    public async Task a_query_value_out_of_its_range_is_a_400_naming_it(string url, string parameter)
    {
        var response = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, url).WithToken(RegistryApi.ClerkZhao));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([parameter], (await response.ReadProblemAsync()).FieldsAtFault());
    }

    [Fact]
    public async Task the_last_page_in_range_is_an_empty_page_not_an_error()
    {
        var page = await (await app.Client.GetAsync("/api/register?page=1000000&pageSize=200")).ReadJsonAsync();

        Assert.Empty(page["items"]!.AsArray());
    }

    [Fact]
    public async Task every_endpoints_parameters_at_their_extremes_answer_problem_details_naming_them_never_a_500()
    {
        var endpoints = app.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.OfType<MethodInfo>().Any()).ToArray();
        var failures = new List<string>();
        var tried = 0;

        foreach (var endpoint in endpoints)
        {
            var method = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is [var first, ..] ? first : "GET";
            var routeParameters = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            var parameters = endpoint.Metadata.OfType<MethodInfo>().First().GetParameters()
                .Where(p => IsSimple(p.ParameterType)).Select(p => p.Name!).ToArray();
            foreach (var parameter in parameters)
            {
                foreach (var extreme in Extremes.Where(x => !(x == "%00" && routeParameters.Contains(parameter))))
                {
                    var url = UrlOf(endpoint.RoutePattern, parameter, extreme, routeParameters.Contains(parameter));
                    var request = new HttpRequestMessage(new HttpMethod(method), url).WithToken(RegistryApi.ClerkZhao);
                    if (method != "GET")
                    {
                        request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                    }

                    tried++;
                    var response = await app.Client.SendAsync(request);
                    var verdict = await JudgeAsync(response, parameter, mustName: method == "GET");
                    if (verdict is not null)
                    {
                        failures.Add($"{method} {url[..Math.Min(url.Length, 120)]}: {verdict}");
                    }
                }
            }
        }

        Assert.True(tried > 200, $"only {tried} requests: the endpoints were not found");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Theory]
    [InlineData("""{"name":"数据\u0000科技","identifier":{"type":"unifiedSocialCreditCode","number":"CODE"}}""", "name")]
    [InlineData("""{"name":"数据科技","identifier":{"type":"unifiedSocialCreditCode","number":"CODE\u0000"}}""", "identifier.number")]
    [InlineData("""{"name":"数据科技","identifier":{"type":"unifiedSocialCreditCode","number":"CODE"},"no\u0000te":"x"}""", "body")]
    [InlineData("""{"name":"数据\ud800科技","identifier":{"type":"unifiedSocialCreditCode","number":"CODE"}}""", "name")]
    public Task a_nul_or_a_lone_surrogate_in_any_json_string_is_a_400_naming_the_field_and_records_nothing(string body, string field)
        => PartyRecordingIsRefusedAsync(body, "invalid-text", field);

    [Fact]
    public async Task a_nul_deep_in_an_application_is_a_400_naming_its_path()
    {
        var code = RegistryApi.NewCreditCode();
        var token = RegistryApi.EnterpriseToken(code);
        var application = await _api.InitialApplicationAsync(token, change: body =>
        {
            body["applicationScenarios"] = new JsonArray("城市规划", "出行\0服务");
            body["reviewReport"]!["conclusion"] = "合法\0";
        });

        var response = await _api.SubmitAsync(token, application);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains((await response.ReadProblemAsync()).FieldsAtFault(), f => f is "applicationScenarios[1]" or "reviewReport.conclusion");
        await AssertNoApplicationOfAsync(code);
    }

    [Theory]
    [InlineData("""{"name":"甲公司","name":"乙公司","identifier":{"type":"unifiedSocialCreditCode","number":"CODE"}}""", "name")]
    [InlineData("""{"name":"甲公司","n\u0061me":"乙公司","identifier":{"type":"unifiedSocialCreditCode","number":"CODE"}}""", "name")]
    [InlineData("""{"name":"甲公司","identifier":{"type":"unifiedSocialCreditCode","number":"CODE","number":"CODE"}}""", "identifier.number")]
    public Task a_duplicate_member_at_any_depth_is_a_400_naming_it_and_records_nothing(string body, string member)
        => PartyRecordingIsRefusedAsync(body, "duplicate-member", member);

    [Fact]
    public async Task a_duplicate_member_of_a_nested_object_is_named_with_its_path()
    {
        var code = RegistryApi.NewCreditCode();
        var token = RegistryApi.EnterpriseToken(code);
        var application = (await _api.InitialApplicationAsync(token)).ToJsonString()
            .Replace("\"reviewReport\":{", "\"reviewReport\":{\"reportDate\":\"2026-02-19\",", StringComparison.Ordinal);

        var response = await app.Client.SendAsync(RawJson(HttpMethod.Post, "/api/applications/initial", application, token));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["reviewReport.reportDate"], (await response.ReadProblemAsync()).FieldsAtFault());
        await AssertNoApplicationOfAsync(code);
    }

    [Fact]
    public async Task a_bundle_to_verify_is_judged_by_the_verifier_even_with_a_duplicate_member()
    {
        var response = await app.Client.SendAsync(RawJson(HttpMethod.Post, "/api/verify",
            """{"bundle":{"leafIndex":0,"leafIndex":1,"certificate":{},"inclusionProof":[],"checkpoint":{}}}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await response.ReadJsonAsync())["genuine"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("authorisationEndsOn", "9999-12-31")]
    [InlineData("authorisationEndsOn", "3000-01-01")]
    [InlineData("reviewReport.reportDate", "0001-01-01")]
    [InlineData("reviewReport.reportDate", "1999-12-31")]
    public async Task a_date_in_a_body_outside_2000_to_2999_is_a_400_naming_it(string field, string date)
    {
        var code = RegistryApi.NewCreditCode();
        var token = RegistryApi.EnterpriseToken(code);
        var application = await _api.InitialApplicationAsync(token, change: body =>
        {
            var (parent, name) = field.Contains('.', StringComparison.Ordinal) ? (body[field.Split('.')[0]]!.AsObject(), field.Split('.')[1]) : (body, field);
            parent[name] = date;
        });

        var response = await _api.SubmitAsync(token, application);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], (await response.ReadProblemAsync()).FieldsAtFault());
        await AssertNoApplicationOfAsync(code);
    }

    [Fact]
    public async Task a_license_ending_9999_12_31_is_a_400_naming_endsOn_and_records_nothing()
    {
        var holder = RegistryApi.NewCreditCode();
        var token = RegistryApi.EnterpriseToken(holder);
        var number = await _api.RegisteredAssetAsync(token);

        var response = await _api.ApplyAsync("license", token, new
        {
            registrationNumber = number,
            licensee = RegistryApi.Organisation(RegistryApi.NewCreditCode(), "北京数据应用有限公司"),
            type = "nonExclusive",
            subLicensingAllowed = false,
            scope = new[] { "城市规划" },
            startsOn = _api.Today(1),
            endsOn = "9999-12-31",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["endsOn"], (await response.ReadProblemAsync()).FieldsAtFault());
        await using var session = app.Store.QuerySession();
        Assert.False(await session.Query<Application>().AnyAsync(a => a.RegistrationNumber == number && a.Kind == ApplicationKind.License));
    }

    [Fact]
    public async Task a_license_ending_before_it_starts_is_a_400_whose_field_fault_has_its_own_code()
    {
        var holder = RegistryApi.NewCreditCode();
        var token = RegistryApi.EnterpriseToken(holder);
        var number = await _api.RegisteredAssetAsync(token);

        var response = await _api.ApplyAsync("license", token, new
        {
            registrationNumber = number,
            licensee = RegistryApi.Organisation(RegistryApi.NewCreditCode(), "北京数据应用有限公司"),
            type = "nonExclusive",
            subLicensingAllowed = false,
            scope = new[] { "城市规划" },
            startsOn = _api.Today(5),
            endsOn = _api.Today(1),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal("invalid-field", problem.Code());
        Assert.Equal(["ends-before-start"], problem.FieldCodes("endsOn"));
        Assert.Equal("许可期限的终止日不得早于起始日。", problem["errors"]!["endsOn"]![0]!["detail"]!.GetValue<string>());
        await using var session = app.Store.QuerySession();
        Assert.False(await session.Query<Application>().AnyAsync(a => a.RegistrationNumber == number && a.Kind == ApplicationKind.License));
    }

    private async Task AssertNoApplicationOfAsync(string applicantCode)
    {
        await using var session = app.Store.QuerySession();
        var all = await session.Query<Application>().ToListAsync();
        Assert.DoesNotContain(all, a => a.Applicant.PartyCode == applicantCode);
    }

    private static bool IsSimple(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(string) || t == typeof(int) || t == typeof(long) || t == typeof(bool));

    private static string UrlOf(RoutePattern pattern, string parameter, string extreme, bool inRoute)
    {
        var value = extreme == "%00" ? extreme : Uri.EscapeDataString(extreme);
        var path = "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart route when route.Name == parameter => value,
            RoutePatternParameterPart route => Uri.EscapeDataString(WellFormed.GetValueOrDefault(route.Name, Guid.CreateVersion7().ToString())),
            _ => "",
        }))));
        var companions = Companions.TryGetValue(path, out var required)
            ? required.Split('&').Where(pair => !pair.StartsWith($"{parameter}=", StringComparison.Ordinal)).Select(pair => $"&{pair}")
            : [];
        return inRoute ? path : $"{path}?{parameter}={value}{string.Concat(companions)}";
    }

    /// <summary>What is wrong with the answer, or null: a 4xx must be problem details with a catalogued code, and a 400 must name the parameter.</summary>
    private static async Task<string?> JudgeAsync(HttpResponseMessage response, string parameter, bool mustName)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return $"{status} {await response.Content.ReadAsStringAsync()}";
        }

        if (status < 400)
        {
            return null;
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"{status} without problem details";
        }

        var problem = await response.ReadJsonAsync();
        if (problem.Code() is null)
        {
            return $"{status} without a code";
        }

        if (Refusals.Find(problem.Code()) is null)
        {
            return $"{status} with '{problem.Code()}', a code the refusal catalogue lacks";
        }

        var named = problem.FieldsAtFault().Contains(parameter) || problem["field"]?.GetValue<string>() == parameter;
        return status == 400 && mustName && !named ? $"400 naming {string.Join(", ", problem.FieldsAtFault())} instead of {parameter}" : null;
    }

    /// <summary>Records a party from <paramref name="body"/> (<c>CODE</c> standing for a fresh credit code): a 400 with <paramref name="code"/> naming <paramref name="field"/>, and nothing recorded.</summary>
    private async Task PartyRecordingIsRefusedAsync(string body, string code, string field)
    {
        var creditCode = RegistryApi.NewCreditCode();

        var response = await app.Client.SendAsync(RawJson(HttpMethod.Post, "/api/parties", body.Replace("CODE", creditCode, StringComparison.Ordinal), RegistryApi.ClerkZhao));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal(code, problem.Code());
        Assert.Equal([field], problem.FieldsAtFault());
        await using var session = app.Store.QuerySession();
        Assert.Null(await session.Events.FetchStreamStateAsync(creditCode));
    }
}
