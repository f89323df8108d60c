using System.Net;
using System.Text.Json.Nodes;
using AssetRegistry.Assets;
using AssetRegistry.Ledger;
using AssetRegistry.Tests.Infrastructure;
using AssetRegistry.Verification.Merkle;

namespace AssetRegistry.Tests.Ledger.Certificates;

/// <summary>
/// A certificate is an entry of the ledger's tiles, 16-bit length and all: an application whose certificates could reach
/// 64 KiB is refused when it is made (400 <c>certificate-too-large</c>, nothing recorded); one at the limit is registered,
/// and its certificate is served in an entry bundle.
/// </summary>
public sealed class CertificateSizeLimitTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private readonly RegistryApi _api = new(app);

    private static void Use(JsonObject body, RegisteredItems items)
    {
        body["name"] = items.Name;
        body["industry"] = items.Industry;
        body["applicationScenarios"] = new JsonArray([.. items.ApplicationScenarios.Select(s => (JsonNode)JsonValue.Create(s)!)]);
        body["dataSource"] = items.DataSource;
        body["structureAndScale"] = items.StructureAndScale;
        body["updateFrequency"] = items.UpdateFrequency;
    }

    [Fact]
    public async Task an_initial_application_whose_certificate_could_reach_64_KiB_is_refused_and_nothing_is_recorded()
    {
        var holder = Enterprise.New("深圳市大数据科技有限公司");
        var body = await _api.InitialApplicationAsync(holder.Token, change: b => Use(b, CertificateSizeTests.ItemsOfBound(CertificateSize.Limit)));

        var problem = await app.AssertRefusedAsync(() => _api.SubmitAsync(holder.Token, body), HttpStatusCode.BadRequest, "certificate-too-large",
            applicant: holder.Code);

        Assert.Contains("65,536", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("applicationScenarios"), problem.ToJsonString());
    }

    [Fact]
    public async Task at_the_limit_the_asset_is_registered_and_its_certificate_is_a_ledger_entry_below_64_KiB()
    {
        var holder = Enterprise.New("深圳市边界数据有限公司");
        var application = await _api.SubmittedAsync(holder.Token,
            await _api.InitialApplicationAsync(holder.Token, change: b => Use(b, CertificateSizeTests.ItemsOfBound(CertificateSize.Limit - 1))));
        var id = application["applicationId"]!.GetValue<string>();
        await _api.ActedAsync("accept", id, RegistryApi.ClerkZhao);
        await _api.PassAsync(TimeSpan.FromDays(30));
        var number = (await _api.ActedAsync("approve", id, RegistryApi.ClerkQian))["registrationNumber"]!.GetValue<string>();
        await app.WaitForCertificatesAsync();

        var certificates = JsonNode.Parse(await app.Client.GetStringAsync($"/api/assets/{number}/certificates"))!.AsArray();
        var certificateNumber = certificates[^1]!["certificateNumber"]!.GetValue<string>();
        var response = await app.Client.GetAsync($"/api/certificates/{certificateNumber}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        // The bound is conservative (a license's scope, the longest names): the certificate itself is well below it.
        Assert.InRange(bytes.Length, 25_000, CertificateSize.Limit - 1);

        var leaf = long.Parse(response.Headers.GetValues("X-Leaf-Index").Single(), System.Globalization.CultureInfo.InvariantCulture);
        var size = JsonNode.Parse(await app.Client.GetStringAsync("/api/ledger/checkpoint"))!["treeSize"]!.GetValue<long>();
        var bundle = await app.Client.GetByteArrayAsync($"/api/ledger/tlog/{Tile.Of(0, leaf / 256, size).EntriesPath}");
        var at = 0;
        for (var i = 0; i < leaf % 256; i++)
        {
            at += 2 + ((bundle[at] << 8) | bundle[at + 1]);
        }

        Assert.Equal(bytes.Length, (bundle[at] << 8) | bundle[at + 1]);
        Assert.Equal(bytes, bundle[(at + 2)..(at + 2 + bytes.Length)]);
    }

    [Fact]
    public async Task a_change_that_would_grow_the_certificate_beyond_64_KiB_is_refused()
    {
        var holder = Enterprise.New("深圳市变更数据有限公司");
        var number = await _api.RegisteredAssetAsync(holder.Token);
        var big = CertificateSizeTests.ItemsOfBound(CertificateSize.Limit);
        var change = new JsonObject
        {
            ["registrationNumber"] = number,
            ["applicationScenarios"] = new JsonArray([.. big.ApplicationScenarios.Select(s => (JsonNode)JsonValue.Create(s)!)]),
            ["dataSource"] = big.DataSource,
            ["structureAndScale"] = big.StructureAndScale,
        };

        var problem = await app.AssertRefusedAsync(() => app.Client.SendAsync(HttpExtensions.RawJson(HttpMethod.Post, "/api/applications/change", change.ToJsonString(), holder.Token)),
            HttpStatusCode.BadRequest, "certificate-too-large", asset: number, applicant: holder.Code);

        Assert.True(problem["errors"]!.AsObject().ContainsKey("applicationScenarios"), problem.ToJsonString());
    }
}
