using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AssetRegistry.Tests.Infrastructure;

public static class HttpExtensions
{
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

    /// <summary>The problem-details body, after checking that it is one.</summary>
    public static async Task<JsonObject> ReadProblemAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal((int)response.StatusCode, problem["status"]!.GetValue<int>());
        return problem;
    }

    public static string? Code(this JsonObject problem) => problem["code"]?.GetValue<string>();

    public static IReadOnlyCollection<string> FieldsAtFault(this JsonObject problem) =>
        problem["errors"]?.AsObject().Select(e => e.Key).ToArray() ?? [];

    public static string Text(this JsonObject json, string name) =>
        json[name]?.GetValue<string>() ?? throw new InvalidOperationException($"No '{name}' in {json.ToJsonString(new JsonSerializerOptions { WriteIndented = false })}");
}
