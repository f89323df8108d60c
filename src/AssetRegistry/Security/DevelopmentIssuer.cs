using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using AssetRegistry.Infrastructure.Database;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AssetRegistry.Security;

/// <summary>
/// An OpenID Connect issuer of the least kind, on 127.0.0.1 only: a discovery document
/// (<c>/.well-known/openid-configuration</c>), its JWKS (<c>/jwks</c>) and ES256 signatures. Development runs one for its
/// token command; the tests and the benchmark run their own. The service trusts none of them in-process: it fetches
/// their keys by discovery, as it does any identity provider's (docs/security.md).
/// </summary>
public sealed class DevelopmentIssuer : IAsyncDisposable
{
    public const string Audience = "asset-registry";

    private readonly WebApplication? _server;
    private readonly Lock _signing = new();
    // Every key published, newest last; tokens are signed with the newest.
    private (ECDsaSecurityKey Key, JsonObject Published)[] _keys;

    private DevelopmentIssuer(string authority, ECDsa key, WebApplication? server)
    {
        Authority = authority;
        _keys = [Publish(key)];
        _server = server;
    }

    /// <summary>The issuer's URL: its tokens' <c>iss</c>, and where its discovery document is.</summary>
    public string Authority { get; }

    /// <summary>This issuer as the registry's settings name it, for the registry's audience and with the registry's claims.</summary>
    public TokenIssuer AsTokenIssuer() => new(Authority, [Audience], TokenClaims.Registry);

    /// <summary>Starts serving discovery and keys on 127.0.0.1:<paramref name="port"/> (0: a free port, then in <see cref="Authority"/>).</summary>
    public static Task<DevelopmentIssuer> StartAsync(ECDsa key, int port = 0)
    {
        // Built outside the caller's execution context: a host built in the flow of a WebApplicationFactory (the tests' Alba
        // hosts) is taken for the application's own and given that test's server and settings.
        using (ExecutionContext.SuppressFlow())
        {
            return Task.Run(() => ServeAsync(key, port));
        }
    }

    private static async Task<DevelopmentIssuer> ServeAsync(ECDsa key, int port)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var server = builder.Build();
        DevelopmentIssuer? issuer = null;
        server.Run(http => issuer!.AnswerAsync(http));
        await server.StartAsync();
        var address = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        issuer = new DevelopmentIssuer(new Uri(address).GetLeftPart(UriPartial.Authority), key, server);
        return issuer;
    }

    /// <summary>Signs for the issuer that serves on 127.0.0.1:<paramref name="port"/> with <paramref name="key"/>, without serving (the token command).</summary>
    public static DevelopmentIssuer SigningFor(int port, ECDsa key) =>
        new(new Uri($"http://127.0.0.1:{port}").GetLeftPart(UriPartial.Authority), key, null);

    /// <summary>Development's issuer key, generated once and kept in the registry's data folder like its ledger key.</summary>
    public static ECDsa DevelopmentKey(IConfiguration configuration)
    {
        var pem = DevelopmentFolder.ReadOrCreate(DevelopmentFolder.Of(configuration), DevelopmentFolder.TokenIssuerKeyFile, () =>
        {
            using var generated = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            return generated.ExportPkcs8PrivateKeyPem();
        });
        var key = ECDsa.Create();
        key.ImportFromPem(pem);
        return key;
    }

    /// <summary>A token for <paramref name="user"/> in <paramref name="role"/> (and <paramref name="party"/>), for the registry.</summary>
    public string Issue(string user, string role, string? party, TimeSpan lifetime, DateTime now)
    {
        var claims = new List<Claim> { new(Actor.SubjectClaim, user), new(Actor.RoleClaim, role) };
        if (party is not null)
        {
            claims.Add(new Claim(Actor.PartyClaim, party));
        }

        return Sign(new SecurityTokenDescriptor
        {
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = now,
            IssuedAt = now,
            Expires = now + lifetime,
        });
    }

    /// <summary>Signs <paramref name="descriptor"/> as this issuer, with its newest key (for tokens <see cref="Issue"/> does not make).</summary>
    public string Sign(SecurityTokenDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        descriptor.Issuer = Authority;
        lock (_signing)
        {
            descriptor.SigningCredentials = new SigningCredentials(_keys[^1].Key, SecurityAlgorithms.EcdsaSha256);
            return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
        }
    }

    /// <summary>A key rotation as identity providers do it: the new key is published beside the old ones and signs from now on.</summary>
    public void RotateTo(ECDsa key)
    {
        lock (_signing)
        {
            _keys = [.. _keys, Publish(key)];
        }
    }

    private Task AnswerAsync(HttpContext http)
    {
        JsonObject? answer = http.Request.Path.Value switch
        {
            "/.well-known/openid-configuration" => new JsonObject
            {
                ["issuer"] = Authority,
                ["jwks_uri"] = $"{Authority}/jwks",
                ["id_token_signing_alg_values_supported"] = new JsonArray(SecurityAlgorithms.EcdsaSha256),
                ["subject_types_supported"] = new JsonArray("public"),
                ["response_types_supported"] = new JsonArray("id_token"),
            },
            "/jwks" => new JsonObject { ["keys"] = new JsonArray([.. _keys.Select(k => k.Published.DeepClone())]) },
            _ => null,
        };
        if (answer is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(answer.ToJsonString());
    }

    /// <summary>The key as its JWKS entry, named by its RFC 7638 thumbprint.</summary>
    private static (ECDsaSecurityKey, JsonObject) Publish(ECDsa key)
    {
        var point = key.ExportParameters(includePrivateParameters: false).Q;
        var (x, y) = (Base64UrlEncoder.Encode(point.X), Base64UrlEncoder.Encode(point.Y));
        var kid = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.UTF8.GetBytes($$"""{"crv":"P-256","kty":"EC","x":"{{x}}","y":"{{y}}"}""")));
        return (new ECDsaSecurityKey(key) { KeyId = kid },
            new JsonObject { ["kty"] = "EC", ["crv"] = "P-256", ["x"] = x, ["y"] = y, ["kid"] = kid, ["use"] = "sig", ["alg"] = SecurityAlgorithms.EcdsaSha256 });
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.StopAsync();
            await _server.DisposeAsync();
        }
    }
}
