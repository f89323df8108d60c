using AssetRegistry.Infrastructure.Database;
using AssetRegistry.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;

namespace AssetRegistry.Tests.Security;

/// <summary>The token settings are range-checked at start-up: a bad one stops the service naming it and its environment variable.</summary>
public sealed class TokenSettingsTests
{
    private static readonly Dictionary<string, string?> OneIssuer = new()
    {
        ["Authentication:Issuers:0:Authority"] = "https://id.example.org/realms/registry",
        ["Authentication:Issuers:0:Audiences:0"] = "asset-registry",
    };

    private static TokenSettings From(Dictionary<string, string?> settings, string environment = "Production") =>
        TokenSettings.From(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), new HostingEnvironment { EnvironmentName = environment });

    [Theory]
    [InlineData("Authentication:Issuers:0:Authority", "https://id.example.org/realms/registry?x=1")]
    [InlineData("Authentication:Issuers:0:Authority", "http://10.0.0.5/realms/registry")]
    [InlineData("Authentication:Issuers:0:Authority", "/realms/registry")]
    [InlineData("Authentication:Issuers:0:Audiences:0", "")]
    [InlineData("Authentication:Issuers:0:RoleClaim", "")]
    [InlineData("Authentication:Issuers:0:PartyClaim", " party")]
    [InlineData("Authentication:Issuers:0:UserClaim", "user\tname")]
    [InlineData("Authentication:MaxTokenLifetime", "00:00:30")]
    [InlineData("Authentication:MaxTokenLifetime", "2.00:00:00")]
    [InlineData("Authentication:MaxTokenLifetime", "an hour")]
    [InlineData("Authentication:DevelopmentIssuer:Port", "65536")]
    [InlineData("Authentication:DevelopmentIssuer:Port", "-1")]
    public void a_setting_out_of_range_is_refused_naming_it(string key, string value)
    {
        var settings = new Dictionary<string, string?>(OneIssuer) { [key] = value };

        var refused = Assert.Throws<RegistryConfigurationException>(() => From(settings));

        Assert.Contains($"{key} (environment variable {key.Replace(":", "__", StringComparison.Ordinal)})", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void an_issuer_named_twice_is_refused()
    {
        var settings = new Dictionary<string, string?>(OneIssuer)
        {
            ["Authentication:Issuers:1:Authority"] = "https://id.example.org/realms/registry",
            ["Authentication:Issuers:1:Audiences:0"] = "another",
        };

        var refused = Assert.Throws<RegistryConfigurationException>(() => From(settings));

        Assert.Contains("https://id.example.org/realms/registry", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void the_defaults_are_the_registrys_claim_names_and_a_one_hour_lifetime_and_only_development_needs_no_issuer()
    {
        var settings = From(OneIssuer);

        Assert.Equal(TimeSpan.FromHours(1), settings.MaxTokenLifetime);
        Assert.Equal(new TokenClaims("sub", "role", "party"), settings.Issuers.Single().Claims);
        Assert.Empty(From([], "Development").Issuers);
        Assert.Throws<RegistryConfigurationException>(() => From([], "Staging"));
        Assert.True(From(new Dictionary<string, string?>(OneIssuer) { ["Authentication:Issuers:0:Authority"] = "http://127.0.0.1:5081" }).Issuers.Single().OnLoopback);
    }
}
