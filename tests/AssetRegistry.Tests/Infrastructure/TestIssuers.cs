using System.Security.Cryptography;
using AssetRegistry.Security;
using Microsoft.AspNetCore.Hosting;

namespace AssetRegistry.Tests.Infrastructure;

/// <summary>
/// The tests' identity providers: real issuers on loopback (discovery and JWKS over HTTP), started once per test
/// process, which every registry the tests start trusts — so that a test's token is checked the way an identity
/// provider's is, by keys fetched from the issuer.
/// </summary>
public static class TestIssuers
{
    private static readonly Lazy<DevelopmentIssuer> RegistryIssuer = new(Start);
    private static readonly Lazy<DevelopmentIssuer> PartnerIssuer = new(Start);

    /// <summary>The issuer of the tests' tokens (<see cref="RegistryApp.Token"/>), with the registry's claim names.</summary>
    public static DevelopmentIssuer Registry => RegistryIssuer.Value;

    /// <summary>A second identity provider, whose tokens carry user, role and party in claims of its own names (<see cref="PartnerClaims"/>).</summary>
    public static DevelopmentIssuer Partner => PartnerIssuer.Value;

    public static readonly TokenClaims PartnerClaims = new("preferred_username", "registry_role", "credit_code");

    /// <summary>The settings that make a registry trust both issuers (and start Development's own issuer on a free port).</summary>
    public static IReadOnlyList<(string Setting, string Value)> Settings =>
    [
        ("Authentication:Issuers:0:Authority", Registry.Authority),
        ("Authentication:Issuers:0:Audiences:0", DevelopmentIssuer.Audience),
        ("Authentication:Issuers:1:Authority", Partner.Authority),
        ("Authentication:Issuers:1:Audiences:0", "partner-audience"),
        ("Authentication:Issuers:1:Audiences:1", DevelopmentIssuer.Audience),
        ("Authentication:Issuers:1:UserClaim", PartnerClaims.User),
        ("Authentication:Issuers:1:RoleClaim", PartnerClaims.Role),
        ("Authentication:Issuers:1:PartyClaim", PartnerClaims.Party),
        ("Authentication:DevelopmentIssuer:Port", "0"),
    ];

    /// <summary>The same settings as environment variables, for a service started as a process.</summary>
    public static IEnumerable<(string Name, string Value)> Environment =>
        Settings.Select(s => (s.Setting.Replace(":", "__", StringComparison.Ordinal), s.Value));

    public static void Configure(IWebHostBuilder web)
    {
        ArgumentNullException.ThrowIfNull(web);
        foreach (var (setting, value) in Settings)
        {
            web.UseSetting(setting, value);
        }
    }

    /// <summary>A fresh P-256 key, for an issuer or a rotation.</summary>
    public static ECDsa NewKey() => ECDsa.Create(ECCurve.NamedCurves.nistP256);

    private static DevelopmentIssuer Start() => DevelopmentIssuer.StartAsync(NewKey()).GetAwaiter().GetResult();
}
