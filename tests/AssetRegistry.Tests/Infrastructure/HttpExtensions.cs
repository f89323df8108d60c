using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AssetRegistry.Tests.Infrastructure;

public static partial class HttpExtensions
{
    /// <summary>A <c>{name}</c> of a catalogue sentence left as it was: the throw site did not give that specific.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\{[A-Za-z][A-Za-z0-9]*\}")]
    private static partial System.Text.RegularExpressions.Regex Unfilled();

    public static HttpRequestMessage WithToken(this HttpRequestMessage request, string token)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    public static HttpRequestMessage Json(HttpMethod method, string url, object body, string? token = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        return token is null ? request : request.WithToken(token);
    }

    public static HttpRequestMessage RawJson(HttpMethod method, string url, string body, string? token = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        return token is null ? request : request.WithToken(token);
    }

    public static async Task<JsonObject> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())?.AsObject()
        ?? throw new InvalidOperationException("Empty body.");

    /// <summary>
    /// The problem-details body, after checking that it is one and that its code, and every field's in its errors, is
    /// in the refusal catalogue: a code thrown anywhere that the catalogue lacks fails the test that meets it.
    /// </summary>
    public static async Task<JsonObject> ReadProblemAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal((int)response.StatusCode, problem["status"]!.GetValue<int>());
        AssertCatalogued(problem);
        return problem;
    }

    /// <summary>The problem's code is a catalogue entry answered with its status; each field's fault has a catalogued code and a sentence.</summary>
    public static void AssertCatalogued(JsonObject problem)
    {
        var code = problem.Code();
        var entry = Refusals.Find(code);
        Assert.True(entry is not null, $"The problem's code '{code}' is not in the refusal catalogue (src/AssetRegistry/Refusals.cs): {problem.ToJsonString()}");
        // "error" stands for any status ASP.NET Core answers that the catalogue names no code for.
        Assert.True(entry == Refusals.Error || entry.Status == problem["status"]?.GetValue<int>(),
            $"'{code}' is answered with {problem["status"]}, the catalogue says {entry.Status}: {problem.ToJsonString()}");
        Assert.False(Unfilled().IsMatch(problem["detail"]?.GetValue<string>() ?? ""), $"A specific of the sentence was not given: {problem.ToJsonString()}");
        foreach (var (field, faults) in problem["errors"]?.AsObject() ?? [])
        {
            foreach (var fault in faults!.AsArray())
            {
                var fieldCode = fault!["code"]?.GetValue<string>();
                Assert.True(Refusals.Find(fieldCode) is { Status: 400 }, $"'{field}' has the code '{fieldCode}', not a field's code in the refusal catalogue: {problem.ToJsonString()}");
                var sentence = fault["detail"]?.GetValue<string>();
                Assert.False(string.IsNullOrWhiteSpace(sentence), $"'{field}' has no sentence: {problem.ToJsonString()}");
                Assert.False(Unfilled().IsMatch(sentence!), $"A specific of '{field}''s sentence was not given: {problem.ToJsonString()}");
            }
        }
    }

    /// <summary>The codes of the faults of <paramref name="field"/>.</summary>
    public static IReadOnlyList<string> FieldCodes(this JsonObject problem, string field) =>
        problem["errors"]?[field]?.AsArray().Select(f => f!["code"]!.GetValue<string>()).ToArray() ?? [];

    public static HttpRequestMessage InLanguage(this HttpRequestMessage request, string acceptLanguage)
    {
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        return request;
    }

    public static string? Code(this JsonObject problem) => problem["code"]?.GetValue<string>();

    public static IReadOnlyCollection<string> FieldsAtFault(this JsonObject problem) =>
        problem["errors"]?.AsObject().Select(e => e.Key).ToArray() ?? [];

    public static string Text(this JsonObject json, string name) =>
        json[name]?.GetValue<string>() ?? throw new InvalidOperationException($"No '{name}' in {json.ToJsonString(new JsonSerializerOptions { WriteIndented = false })}");
}
