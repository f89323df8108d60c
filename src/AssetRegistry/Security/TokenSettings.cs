using System.Globalization;
using System.Net;
using AssetRegistry.Infrastructure.Database;
using Microsoft.IdentityModel.Tokens;

namespace AssetRegistry.Security;

/// <summary>
/// Which bearer tokens the registry accepts (section <c>Authentication</c>, docs/security.md): the identity providers
/// that issue them — each by its issuer URL (<c>Issuers:n:Authority</c>, whose discovery document names its keys), the
/// audiences its tokens carry for the registry, and the claims that carry user, role and party if they are not ours —
/// and the longest lifetime a token may have. Range-checked at start-up: a bad value stops the service naming it.
/// </summary>
public sealed record TokenSettings(IReadOnlyList<TokenIssuer> Issuers, TimeSpan MaxTokenLifetime, int DevelopmentIssuerPort)
{
    public static readonly TimeSpan DefaultMaxTokenLifetime = TimeSpan.FromHours(1);

    /// <summary>Where Development's own issuer listens, on 127.0.0.1 (0: any free port; the token command then cannot sign for it).</summary>
    public const int DefaultDevelopmentIssuerPort = 5081;

    /// <summary>
    /// Asymmetric signatures only: the registry holds no secret that could sign a token, so neither a leaked
    /// configuration nor a published JWKS lets anyone mint one; HS256 would make every verifier an issuer, and
    /// <c>none</c> is no signature at all.
    /// </summary>
    public static readonly IReadOnlyList<string> AsymmetricAlgorithms =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.RsaSsaPssSha384, SecurityAlgorithms.RsaSsaPssSha512,
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.EcdsaSha512,
    ];

    public static TokenSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var issuers = configuration.GetSection("Authentication:Issuers").GetChildren().Select(Issuer).ToList();
        if (issuers.Count == 0 && !environment.IsDevelopment())
        {
            throw new RegistryConfigurationException(
                "No token issuer configured: set Authentication:Issuers:0:Authority (environment variable Authentication__Issuers__0__Authority) to the " +
                "identity provider's issuer URL and Authentication:Issuers:0:Audiences:0 (environment variable Authentication__Issuers__0__Audiences__0) " +
                "to the audience its tokens carry for the registry (deploy/README.md). Only the Development environment runs an issuer of its own; " +
                $"this is '{environment.EnvironmentName}'.");
        }

        var repeated = issuers.GroupBy(i => i.Authority, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new RegistryConfigurationException($"Authentication:Issuers names the issuer '{repeated.Key}' more than once.");
        }

        var lifetime = DefaultMaxTokenLifetime;
        if (configuration["Authentication:MaxTokenLifetime"] is { } text
            && !(TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out lifetime) && lifetime >= TimeSpan.FromMinutes(1) && lifetime <= TimeSpan.FromDays(1)))
        {
            throw Bad("Authentication:MaxTokenLifetime", text, "a duration from 00:01:00 to 1.00:00:00, such as 01:00:00");
        }

        var port = DefaultDevelopmentIssuerPort;
        if (configuration["Authentication:DevelopmentIssuer:Port"] is { } portText
            && !(int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port <= IPEndPoint.MaxPort))
        {
            throw Bad("Authentication:DevelopmentIssuer:Port", portText, $"a port number from 0 to {IPEndPoint.MaxPort}");
        }

        return new TokenSettings(issuers, lifetime, port);
    }

    /// <summary>These settings with one more issuer, accepted after the configured ones (Development's own).</summary>
    public TokenSettings With(TokenIssuer issuer) => this with { Issuers = [.. Issuers, issuer] };

    private static TokenIssuer Issuer(IConfigurationSection section)
    {
        var at = $"Authentication:Issuers:{section.Key}";
        var authority = section["Authority"];
        if (!Uri.TryCreate(authority, UriKind.Absolute, out var url) || !string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment)
            || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)))
        {
            throw Bad($"{at}:Authority", authority ?? "", "the issuer's URL as its tokens name it (iss), https — http only on loopback");
        }

        var audiences = section.GetSection("Audiences").GetChildren().Select(a => a.Value).ToList();
        if (audiences.Count == 0 || audiences.Any(string.IsNullOrWhiteSpace))
        {
            throw Bad($"{at}:Audiences:0", audiences.FirstOrDefault(string.IsNullOrWhiteSpace) ?? "", "the audience (aud) the issuer's tokens carry for the registry");
        }

        string Claim(string name, string ours)
        {
            var value = section[name];
            return value is null ? ours
                : value.Length is > 0 and <= 200 && value.Trim() == value && !value.Any(char.IsControl) ? value
                : throw Bad($"{at}:{name}", value, $"the name of the claim that carries it (by default '{ours}')");
        }

        return new TokenIssuer(authority!, audiences!,
            new TokenClaims(Claim("UserClaim", Actor.SubjectClaim), Claim("RoleClaim", Actor.RoleClaim), Claim("PartyClaim", Actor.PartyClaim)));
    }

    private static RegistryConfigurationException Bad(string key, string value, string expected) =>
        new($"{key} (environment variable {key.Replace(":", "__", StringComparison.Ordinal)}) is '{value}'; it must be {expected}.");
}

/// <summary>An identity provider the registry accepts tokens from.</summary>
public sealed record TokenIssuer(string Authority, IReadOnlyList<string> Audiences, TokenClaims Claims)
{
    /// <summary>Whether a token's <c>iss</c> names this issuer (a trailing slash aside: providers differ in writing one).</summary>
    public bool Names(string? issuer) =>
        issuer is not null && string.Equals(issuer.TrimEnd('/'), Authority.TrimEnd('/'), StringComparison.Ordinal);

    /// <summary>Discovery over plain HTTP only where nothing but this machine can answer it.</summary>
    public bool OnLoopback => new Uri(Authority).IsLoopback;
}

/// <summary>The claims of an issuer's tokens that carry the user, the role and the party; ours by default.</summary>
public sealed record TokenClaims(string User, string Role, string Party)
{
    public static readonly TokenClaims Registry = new(Actor.SubjectClaim, Actor.RoleClaim, Actor.PartyClaim);
}
