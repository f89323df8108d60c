using System.Collections.Concurrent;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;
using AssetRegistry.Security;
using AssetRegistry.Verification.Identifiers;
using static AssetRegistry.Tests.Infrastructure.HttpExtensions;

namespace AssetRegistry.Tests.Infrastructure;

/// <summary>
/// The tests' parties as the registry must know them before they act (实名): an enterprise whose staff apply, and every
/// organisation an application names, is recorded by a clerk on an uploaded licence first. The givens call this before
/// each submission, so that a test names its enterprises and the registry knows them under those names.
/// </summary>
public sealed class PartyDirectory(IRegistryHost app)
{
    /// <summary>The default legal name of an enterprise made without one (the name the tests' applications always stated).</summary>
    public const string DefaultName = "深圳市数据科技有限公司";

    private static readonly ConcurrentDictionary<string, string> Names = new(StringComparer.Ordinal);
    private static readonly ConditionalWeakTable<HttpClient, ConcurrentDictionary<string, bool>> Verified = new();

    /// <summary>The bytes of a business licence every test registry holds (uploaded at its start), for bodies that record a party.</summary>
    public static readonly byte[] SampleLicenceBytes = Encoding.UTF8.GetBytes("%PDF-1.7\n营业执照（测试样本）\n%%EOF");

    /// <summary>The fingerprint of <see cref="SampleLicenceBytes"/>: <c>identityDocuments</c> a clerk may cite in any test registry.</summary>
    public static readonly string SampleLicence = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(SampleLicenceBytes)).ToLowerInvariant();

    /// <summary>Uploads <see cref="SampleLicenceBytes"/> as a clerk (the same bytes are stored once).</summary>
    public async Task UploadSampleLicenceAsync()
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(SampleLicenceBytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "licence.pdf");
        var response = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = form }.WithToken(RegistryApi.ClerkZhao));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Says under which legal name a credit code is to be recorded when a test first makes it act.</summary>
    public static void Name(string creditCode, string name) => Names[creditCode] = name;

    /// <summary>The token's party, verified (a token with no party, or with a code that is not a credit code, is left as it is).</summary>
    public Task EnsureVerifiedAsync(string token) =>
        PartyOf(token) is { } code ? EnsureVerifiedCodeAsync(code) : Task.CompletedTask;

    /// <summary>The token's party and every organisation the body names by credit code (<c>{"type":"unifiedSocialCreditCode","number":…}</c>).</summary>
    public async Task EnsureVerifiedAsync(string token, JsonNode? body)
    {
        await EnsureVerifiedAsync(token);
        foreach (var code in CreditCodesIn(body))
        {
            await EnsureVerifiedCodeAsync(code);
        }
    }

    public async Task EnsureVerifiedCodeAsync(string code)
    {
        if (!UnifiedSocialCreditCode.TryParse(code, out _, out _))
        {
            return;
        }

        var verified = Verified.GetOrCreateValue(app.Client);
        if (verified.ContainsKey(code))
        {
            return;
        }

        await UploadSampleLicenceAsync();
        var response = await app.Client.SendAsync(Json(HttpMethod.Post, "/api/parties", new
        {
            name = Names.GetValueOrDefault(code, DefaultName),
            identifier = new { type = "unifiedSocialCreditCode", number = code },
            identityDocuments = new[] { SampleLicence },
        }, RegistryApi.ClerkZhao));
        // Already recorded (the same database under a restarted host): verified all the same.
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, await response.Content.ReadAsStringAsync());
        verified[code] = true;
    }

    /// <summary>A clerk records the party's new name (名称变更) against a new licence.</summary>
    public async Task RenamedAsync(string partyCode, string name)
    {
        var licence = await new RegistryApi(app).UploadAsync(RegistryApi.ClerkZhao, $"营业执照（名称变更）{partyCode} {name}");
        var response = await app.Client.SendAsync(Json(HttpMethod.Put, $"/api/parties/{partyCode}/name", new { name, licenceFingerprint = licence }, RegistryApi.ClerkZhao));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public static string? PartyOf(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        var payload = parts[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '=');
        var claims = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)))?.AsObject();
        return claims?[Actor.PartyClaim]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? claims[Actor.PartyClaim]!.GetValue<string>() : null;
    }

    private static IEnumerable<string> CreditCodesIn(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject json:
                if (json["type"] is JsonValue type && type.GetValueKind() == System.Text.Json.JsonValueKind.String
                    && type.GetValue<string>() == "unifiedSocialCreditCode" && json["number"] is JsonValue number
                    && number.GetValueKind() == System.Text.Json.JsonValueKind.String)
                {
                    yield return number.GetValue<string>();
                }

                foreach (var (_, value) in json)
                {
                    foreach (var code in CreditCodesIn(value))
                    {
                        yield return code;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var code in CreditCodesIn(item))
                    {
                        yield return code;
                    }
                }

                break;
        }
    }
}
