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

    /// <summary>A correction's items are checked as a change's are (ChangeRequest.Validate): a 400 naming the item, nothing recorded.</summary>
    [Theory]
    [InlineData("name", 201)]
    [InlineData("industry", 201)]
    [InlineData("dataSource", 4001)]
    [InlineData("structureAndScale", 4001)]
    [InlineData("updateFrequency", 201)]
    [InlineData("processingRules", 4001)]
    [InlineData("notarisationStatus", 4001)]
    public async Task a_correction_with_an_item_over_its_limit_is_refused_naming_the_item_and_records_nothing(string field, int length)
    {
        var (number, objectionId) = await UpheldObjectionAsync();

        var problem = await app.AssertRefusedAsync(
            () => CorrectAsync(number, new System.Text.Json.Nodes.JsonObject { ["objectionId"] = objectionId, [field] = new string('长', length) }),
            HttpStatusCode.BadRequest, "invalid-fields", asset: number);

        Assert.Equal(new[] { field }, problem.FieldsAtFault());
        Assert.Empty((await _given.StoredAssetAsync(number)).CorrectedOnObjections);
    }

    [Fact]
    public async Task a_correction_naming_too_many_or_blank_scenarios_is_refused_as_a_change_is()
    {
        var (number, objectionId) = await UpheldObjectionAsync();

        var tooMany = await app.AssertRefusedAsync(
            () => CorrectAsync(number, new { objectionId, applicationScenarios = Enumerable.Range(1, 51).Select(i => $"场景{i}").ToArray() }),
            HttpStatusCode.BadRequest, "invalid-fields", asset: number);
        var blank = await app.AssertRefusedAsync(
            () => CorrectAsync(number, new { objectionId, applicationScenarios = new[] { "城市规划", " " } }),
            HttpStatusCode.BadRequest, "invalid-fields", asset: number);

        Assert.Equal(new[] { "applicationScenarios" }, tooMany.FieldsAtFault());
        Assert.Equal(new[] { "applicationScenarios[1]" }, blank.FieldsAtFault());
    }

    private async Task<(string Number, string ObjectionId)> UpheldObjectionAsync()
    {
        var (_, number) = await _given.RegisteredAsync();
        var (_, objectionId, _) = await _given.RegisteredObjectionAsync(number);
        await _given.ObjectionActedAsync("uphold", objectionId, Qian, new { decision = "异议成立" });
        return (number, objectionId);
    }
}
