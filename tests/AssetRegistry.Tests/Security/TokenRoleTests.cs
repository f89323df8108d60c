using System.Net;
using AssetRegistry.Security;
using AssetRegistry.Tests.Infrastructure;
using Microsoft.IdentityModel.Tokens;
using static AssetRegistry.Tests.Infrastructure.HttpExtensions;

namespace AssetRegistry.Tests.Security;

/// <summary>
/// A token carries exactly one role: the policy that lets a request in and the actor the registry records read the
/// same claim, so a token naming two roles cannot pass as a clerk while recorded as an enterprise.
/// </summary>
public sealed class TokenRoleTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private static string TokenWithRoles(object roles, string party) =>
        TestIssuers.Registry.Sign(new SecurityTokenDescriptor
        {
            Audience = DevelopmentIssuer.Audience,
            Claims = new Dictionary<string, object> { [Actor.SubjectClaim] = "wang-fang", [Actor.RoleClaim] = roles, [Actor.PartyClaim] = party },
            IssuedAt = DateTime.UtcNow,
            Expires = DateTime.UtcNow.AddHours(1),
        });

    [Theory]
    [InlineData("enterprise,clerk")]
    [InlineData("clerk,enterprise")]
    [InlineData("")]
    [InlineData("registrar")]
    public async Task a_token_without_exactly_one_known_role_is_refused_with_401_and_records_nothing(string listed)
    {
        var roles = listed.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var code = RegistryApi.NewCreditCode();
        var body = new { name = "深圳市数据科技有限公司", identifier = new { type = "unifiedSocialCreditCode", number = code }, identityDocuments = new[] { PartyDirectory.SampleLicence } };

        var response = await app.Client.SendAsync(Json(HttpMethod.Post, "/api/parties", body, TokenWithRoles(roles, code)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal("token-role-not-single", problem.Code());
        Assert.Contains("恰好载明一个角色", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var read = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/parties/{code}").WithToken(RegistryApp.ClerkToken()));
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    [Fact]
    public async Task a_role_given_as_a_list_of_one_is_that_role()
    {
        var code = RegistryApi.NewCreditCode();
        var body = new { name = "深圳市数据科技有限公司", identifier = new { type = "unifiedSocialCreditCode", number = code }, identityDocuments = new[] { PartyDirectory.SampleLicence } };

        var response = await app.Client.SendAsync(Json(HttpMethod.Post, "/api/parties", body, TokenWithRoles(new[] { RegistryRoles.Clerk }, code)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
