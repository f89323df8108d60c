using System.Net;
using System.Text.Json.Nodes;
using AssetRegistry.Applications;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace AssetRegistry.Tests.Infrastructure;

/// <summary>
/// A refusal is an answer and nothing else: the status and the problem's code (and field) it names, and the asset,
/// the application and what the public reads of them exactly as they were — IncidentService's <c>ThenNoEvents()</c>.
/// </summary>
public static class RefusalAssertions
{
    /// <summary>
    /// Runs <paramref name="act"/> and asserts it was refused with <paramref name="status"/> and <paramref name="code"/>
    /// (and <paramref name="field"/>, when given) and that nothing it targets changed: the streams of
    /// <paramref name="asset"/> and <paramref name="application"/>, their views, the applications on the asset or of
    /// <paramref name="applicant"/>, the holder's portfolio and the public register. Returns the problem.
    /// </summary>
    public static async Task<JsonObject> AssertRefusedAsync(this IRegistryHost app, Func<Task<HttpResponseMessage>> act, HttpStatusCode status, string code,
        string? field = null, string? asset = null, string? application = null, string? applicant = null)
    {
        var before = await RecordedAsync(app, asset, application, applicant);

        var response = await act();

        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var problem = await response.ReadProblemAsync();
        Assert.Equal(code, problem.Code());
        if (field is not null)
        {
            Assert.Equal(field, problem["field"]?.GetValue<string>());
        }

        Assert.Equal(before, await RecordedAsync(app, asset, application, applicant));
        return problem;
    }

    /// <summary>What a refusal must leave as it was, each part read the way its readers read it.</summary>
    private sealed record Recorded(
        long? AssetVersion, string? AssetView, int? ApplicationsOnAsset, string? HoldersPortfolio,
        long? ApplicationVersion, string? ApplicationView, int? ApplicationsOfApplicant, string? PublicRegister);

    private static async Task<Recorded> RecordedAsync(IRegistryHost app, string? asset, string? application, string? applicant)
    {
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        long? assetVersion = null, applicationVersion = null;
        string? assetView = null, portfolio = null, applicationView = null;
        int? onAsset = null, ofApplicant = null;
        if (asset is not null)
        {
            assetVersion = (await session.Events.FetchStreamStateAsync(asset))?.Version;
            onAsset = await session.Query<Application>().CountAsync(a => a.RegistrationNumber == asset);
            var view = await ReadAsync(app, $"/api/assets/{asset}");
            assetView = view?.ToJsonString();
            if (view?["holder"]?["partyCode"]?.GetValue<string>() is { } holder)
            {
                portfolio = (await ReadAsync(app, $"/api/parties/{holder}/assets?pageSize=200"))?.ToJsonString();
            }
        }

        if (application is not null)
        {
            applicationVersion = (await session.Events.FetchStreamStateAsync(application))?.Version;
            applicationView = (await ReadAsync(app, $"/api/applications/{application}"))?.ToJsonString();
        }

        if (applicant is not null)
        {
            ofApplicant = await session.Query<Application>().CountAsync(a => a.Applicant.PartyCode == applicant);
        }

        // The register lists newest first, so an entry the refusal added would be on its first page. Only the asset's
        // entries are compared: the registry's own timers (another asset's expiry) may record at any moment.
        string? publicRegister = null;
        if (asset is not null)
        {
            var register = (await ReadAsync(app, "/api/register?pageSize=200"))!;
            var entries = register["items"]!.AsArray().Where(e => e!["registrationNumber"]?.GetValue<string>() == asset).Select(e => e!.DeepClone());
            publicRegister = new JsonArray([.. entries]).ToJsonString();
        }

        return new Recorded(assetVersion, assetView, onAsset, portfolio, applicationVersion, applicationView, ofApplicant, publicRegister);
    }

    /// <summary>A view as a clerk reads it; none when there is nothing to read (an unknown asset stays unknown).</summary>
    private static async Task<JsonObject?> ReadAsync(IRegistryHost app, string url)
    {
        var response = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, url).WithToken(RegistryApi.ClerkZhao));
        return response.StatusCode == HttpStatusCode.OK ? await response.ReadJsonAsync() : null;
    }
}
