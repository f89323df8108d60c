using System.Net;
using AssetRegistry.Security;
using AssetRegistry.Tests.Infrastructure;
using AssetRegistry.Verification.Identifiers;
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
    public async Task a_reviewer_or_an_agent_reads_what_any_token_reads_and_may_not_act(string role)
    {
        var token = RegistryApp.Token(role, $"{role}-1");
        var number = RegistrationNumber.Create("AR", AssetKind.DataResource, 2026, 987_654).ToString();

        var asset = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/assets/{number}").WithToken(token));
        Assert.Equal("asset-not-found", (await asset.ReadProblemAsync()).Code());

        foreach (var (act, body) in new[]
                 {
                     ("/api/parties", "{}"), ("/api/applications", ""), ("/api/applications/initial", "{}"),
                     ("/api/applications/cancellation", $$"""{"registrationNumber":"{{number}}","ground":"voluntary"}"""),
                 })
        {
            var response = body.Length == 0
                ? await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, act).WithToken(token))
                : await app.Client.SendAsync(RawJson(HttpMethod.Post, act, body, token));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{act}: {(int)response.StatusCode}");
        }
    }
}
