using System.Net;
using System.Security.Cryptography;
using System.Text;
using AssetRegistry.Security;
using AssetRegistry.Tests.Contract;
using AssetRegistry.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AssetRegistry.Tests.Security;

/// <summary>
/// A bearer token counts only if an issuer the registry trusts signed it, asymmetrically, with a key it publishes, for
/// the registry, and for no longer than the registry allows: anything else is 401 with the reason in the problem's code
/// and in WWW-Authenticate. Each test reads the clerks' queue with the token (clerks only: a token that passes and
/// names another role is 403, so 200 shows the role was read too).
/// </summary>
public sealed class BearerTokenTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private static SecurityTokenDescriptor Clerk(string audience = DevelopmentIssuer.Audience, DateTime? issuedAt = null, TimeSpan? lifetime = null)
    {
        var now = issuedAt ?? DateTime.UtcNow;
        return new SecurityTokenDescriptor
        {
            Audience = audience,
            Claims = new Dictionary<string, object> { [Actor.SubjectClaim] = "clerk-li", [Actor.RoleClaim] = RegistryRoles.Clerk },
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? TimeSpan.FromMinutes(30)),
        };
    }

    [Fact]
    public async Task a_token_from_an_issuer_the_registry_does_not_trust_is_refused_naming_the_issuer()
    {
        await using var stranger = await DevelopmentIssuer.StartAsync(TestIssuers.NewKey());

        var problem = await RefusedAsync(stranger.Sign(Clerk()), "token-issuer-unknown");

        Assert.Contains(stranger.Authority, problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_token_naming_a_trusted_issuer_but_signed_with_another_key_is_refused()
    {
        var impostor = DevelopmentIssuer.SigningFor(new Uri(TestIssuers.Registry.Authority).Port, TestIssuers.NewKey());

        await RefusedAsync(impostor.Sign(Clerk()), "token-signature-invalid");
    }

    [Fact]
    public async Task a_token_for_another_audience_is_refused()
    {
        var problem = await RefusedAsync(TestIssuers.Registry.Sign(Clerk(audience: "another-service")), "token-audience-refused");

        Assert.Contains(DevelopmentIssuer.Audience, problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task an_hs256_token_is_refused_naming_the_algorithm_even_when_it_names_a_trusted_issuer()
    {
        var descriptor = Clerk();
        descriptor.Issuer = TestIssuers.Registry.Authority;
        descriptor.SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)), SecurityAlgorithms.HmacSha256);
        var hs256 = new JsonWebTokenHandler().CreateToken(descriptor);

        var problem = await RefusedAsync(hs256, "token-algorithm-refused");

        Assert.Contains("'HS256'", problem.Detail, StringComparison.Ordinal);
        Assert.Contains("HS256", problem.WwwAuthenticate, StringComparison.Ordinal);
    }

    [Fact]
    public async Task an_unsigned_token_is_refused_naming_the_algorithm()
    {
        static string Part(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var unsigned = $$"""{{Part("""{"alg":"none","typ":"JWT"}""")}}.{{Part($$"""{"iss":"{{TestIssuers.Registry.Authority}}","aud":"{{DevelopmentIssuer.Audience}}","sub":"mallory","role":"clerk","iat":{{now}},"exp":{{now + 600}}}""")}}.""";

        var problem = await RefusedAsync(unsigned, "token-algorithm-refused");

        Assert.Contains("'none'", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task an_expired_token_is_refused()
    {
        await RefusedAsync(TestIssuers.Registry.Sign(Clerk(issuedAt: DateTime.UtcNow.AddHours(-2), lifetime: TimeSpan.FromMinutes(30))), "token-expired");
    }

    [Fact]
    public async Task a_token_living_longer_than_the_maximum_lifetime_is_refused()
    {
        var problem = await RefusedAsync(TestIssuers.Registry.Sign(Clerk(lifetime: TimeSpan.FromHours(2))), "token-lifetime-too-long");

        Assert.Contains("02:00:00", problem.Detail, StringComparison.Ordinal);
        Assert.Contains("01:00:00", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_token_without_an_expiry_or_without_a_start_is_refused()
    {
        var endless = Clerk();
        endless.Expires = null;
        var startless = Clerk();
        (startless.IssuedAt, startless.NotBefore) = (null, null);

        await RefusedAsync(TestIssuers.Registry.Sign(endless), "token-lifetime-unbounded");
        await RefusedAsync(TestIssuers.Registry.Sign(startless), "token-lifetime-unbounded");
    }

    [Fact]
    public async Task a_token_of_the_second_configured_issuer_is_accepted_with_its_claims_read_as_the_registry_names_them()
    {
        var code = RegistryApi.NewCreditCode();
        string Partner(Dictionary<string, object> claims, string audience = "partner-audience") =>
            TestIssuers.Partner.Sign(new SecurityTokenDescriptor { Audience = audience, Claims = claims, IssuedAt = DateTime.UtcNow, Expires = DateTime.UtcNow.AddMinutes(30) });
        var clerk = Partner(new() { [TestIssuers.PartnerClaims.User] = "partner-clerk", [TestIssuers.PartnerClaims.Role] = RegistryRoles.Clerk });
        var enterprise = Partner(new()
        {
            [TestIssuers.PartnerClaims.User] = "partner-staff", [TestIssuers.PartnerClaims.Role] = RegistryRoles.Enterprise, [TestIssuers.PartnerClaims.Party] = code,
        }, audience: DevelopmentIssuer.Audience);
        // A claim of the partner's that happens to bear the registry's name is not the registry's: its role is registry_role.
        var disguised = Partner(new()
        {
            [TestIssuers.PartnerClaims.User] = "partner-staff", [TestIssuers.PartnerClaims.Role] = RegistryRoles.Enterprise, [Actor.RoleClaim] = RegistryRoles.Clerk,
        });

        Assert.Equal(HttpStatusCode.OK, (await ClerksQueueAsync(clerk)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ClerksQueueAsync(disguised)).StatusCode);
        // The enterprise speaks for its own party (an unknown one: 404), not for another (403).
        var own = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/parties/{code}").WithToken(enterprise));
        Assert.Equal("party-not-found", (await own.ReadProblemAsync()).Code());
        var other = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/parties/{RegistryApi.NewCreditCode()}").WithToken(enterprise));
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Fact]
    public async Task a_key_the_issuer_rotates_to_is_fetched_from_its_jwks_and_accepted()
    {
        await using var rotating = await DevelopmentIssuer.StartAsync(TestIssuers.NewKey());
        await using var host = await RegistryApp.StartHostAsync(await RegistryApp.CreateDatabaseAsync(), new FakeTimeProvider(RegistryApp.Start), web =>
        {
            web.UseSetting("Authentication:Issuers:2:Authority", rotating.Authority);
            web.UseSetting("Authentication:Issuers:2:Audiences:0", DevelopmentIssuer.Audience);
        });
        using var client = host.ContractClient();
        Task<HttpResponseMessage> ReadAsync() => client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/applications").WithToken(rotating.Sign(Clerk())));
        Assert.Equal(HttpStatusCode.OK, (await ReadAsync()).StatusCode);

        rotating.RotateTo(TestIssuers.NewKey());

        // The first token under the new key finds it unknown and has the issuer's configuration fetched again; the
        // library answers from the fresh keys as soon as they are in.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        HttpResponseMessage response;
        while ((response = await ReadAsync()).StatusCode == HttpStatusCode.Unauthorized && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(100);
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private Task<HttpResponseMessage> ClerksQueueAsync(string token) =>
        app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/applications").WithToken(token));

    /// <summary>Reads the clerks' queue with <paramref name="token"/>: refused with 401 and <paramref name="code"/>, said in WWW-Authenticate too.</summary>
    private async Task<(string Detail, string WwwAuthenticate)> RefusedAsync(string token, string code)
    {
        var response = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/applications").WithToken(token).InLanguage("en"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal(code, problem.Code());
        var challenge = response.Headers.WwwAuthenticate.ToString();
        Assert.StartsWith("Bearer error=\"invalid_token\"", challenge, StringComparison.Ordinal);
        return (problem["detail"]!.GetValue<string>(), challenge);
    }
}
