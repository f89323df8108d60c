using System.Net;
using AssetRegistry.Tests.Infrastructure;

namespace AssetRegistry.Tests.Corrections;

/// <summary>Corrections (更正登记): made on an upheld objection, once, and shown on the public register.</summary>
public sealed class CorrectionTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private readonly Given _given = new(app);
    private static string Qian => RegistryApi.ClerkQian;

    private Task<HttpResponseMessage> CorrectAsync(string number, object body) =>
        app.Client.SendAsync(HttpExtensions.Json(HttpMethod.Post, $"/api/assets/{number}/corrections", body, Qian));

    [Fact]
    public async Task an_upheld_objection_is_the_basis_of_a_correction_that_may_change_the_holder()
    {
        var (_, number) = await _given.RegisteredAsync();
        var rightful = Enterprise.New("真正的持有人有限公司");
        var (_, objectionId, _) = await _given.RegisteredObjectionAsync(number, rightful);

        await app.AssertRefusedAsync(() => CorrectAsync(number, new { objectionId, holder = rightful.AsParty }), HttpStatusCode.Conflict,
            "objection-not-upheld", asset: number);

        await _given.ObjectionActedAsync("uphold", objectionId, Qian, new { decision = "仲裁裁决确认数据归异议人所有" });
        var corrected = await CorrectAsync(number, new { objectionId, holder = rightful.AsParty });

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var asset = await _given.StoredAssetAsync(number);
        Assert.Equal(rightful.Code, asset.Holder.PartyCode);
        Assert.Empty(asset.OpenObjections);
        await app.AssertRefusedAsync(() => CorrectAsync(number, new { objectionId, name = "再改一次" }), HttpStatusCode.Conflict,
            "correction-already-made", asset: number);

        // The public register lists the objection registered and resolved, and the correction — no token needed.
        var register = await (await app.Client.GetAsync("/api/register?pageSize=200")).ReadJsonAsync();
        var kinds = register["items"]!.AsArray().Where(i => i!["registrationNumber"]!.GetValue<string>() == number)
            .Select(i => i!["kind"]!.GetValue<string>()).ToArray();
        Assert.Contains("objectionRegistered", kinds);
        Assert.Contains("objectionResolved", kinds);
        Assert.Contains("correction", kinds);
    }
}
