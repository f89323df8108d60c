using System.Globalization;
using System.Text.Json.Nodes;

namespace AssetRegistry.Tests.Infrastructure;

/// <summary>Reading the views' JSON in tests.</summary>
public static class ViewJson
{
    public static DateTimeOffset Instant(this JsonObject json, string name) =>
        DateTimeOffset.Parse(json.Text(name), CultureInfo.InvariantCulture);

    public static IReadOnlyList<JsonObject> Objects(this JsonObject json, string name) =>
        [.. json[name]!.AsArray().Select(item => item!.AsObject())];

    /// <summary>An instant as a query-string value: UTC, to the tick, escaped.</summary>
    public static string Query(DateTimeOffset instant) =>
        Uri.EscapeDataString(instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));

    public static async Task<JsonObject> GetJsonAsync(this HttpClient client, string url, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        var response = await client.SendAsync(token is null ? request : request.WithToken(token));
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadJsonAsync();
    }

    public static Task<HttpResponseMessage> GetWithTokenAsync(this HttpClient client, string url, string token) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Get, url).WithToken(token));
}
