using System.Net;
using AssetRegistry.Security;
using AssetRegistry.Tests.Infrastructure;
using static AssetRegistry.Tests.Infrastructure.HttpExtensions;

namespace AssetRegistry.Tests.Security;

/// <summary>
/// The third-party reviewer (第三方服务机构) and the agency (代理机构) are roles a token may name, with no act of their own
/// yet: they read what any token reads, and every clerk's and every party's act refuses them.
/// </summary>
public sealed class RolesWithoutActsTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    [Theory]
    [InlineData(RegistryRoles.Reviewer)]
    [InlineData(RegistryRoles.Agent)]
    public async Task a_reviewer_or_an_agent_reads_a_registered_asset_and_may_not_act(string role)
    {
        var api = new RegistryApi(app);
        var holder = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());
        var number = await api.RegisteredAssetAsync(holder);
        var token = RegistryApp.Token(role, $"{role}-1");

        Assert.Equal(HttpStatusCode.OK, (await api.GetAssetAsync(number, token)).StatusCode);

        var code = RegistryApi.NewCreditCode();
        var recordParty = await app.Client.SendAsync(Json(HttpMethod.Post, "/api/parties",
            new { name = "深圳市数据科技有限公司", identifier = new { type = "unifiedSocialCreditCode", number = code } }, token));
        Assert.Equal(HttpStatusCode.Forbidden, recordParty.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.SubmitAsync(token, await api.InitialApplicationAsync(holder))).StatusCode);
        var cancel = await api.ApplyAsync("cancellation", token, new { registrationNumber = number, ground = "voluntary" });
        Assert.Equal(HttpStatusCode.Forbidden, cancel.StatusCode);
        var party = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/parties/{code}").WithToken(RegistryApp.ClerkToken()));
        Assert.Equal(HttpStatusCode.NotFound, party.StatusCode);
    }
}
