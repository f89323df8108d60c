using System.Security.Cryptography;
using AssetRegistry.Infrastructure.Database;
using Microsoft.IdentityModel.Tokens;

namespace AssetRegistry.Security;

/// <summary>
/// The key that bearer tokens are checked against: <c>Authentication:SigningKey</c> (base64, at least 32
/// bytes). Only in Development, when none is configured, one is generated once and kept in the registry's data folder
/// (<see cref="DevelopmentFolder"/>), so that the development token command and the service agree, and another
/// development registry's tokens are refused.
/// </summary>
public static class TokenSigning
{
    public const string Issuer = "asset-registry";
    public const string Audience = "asset-registry";

    public static SymmetricSecurityKey Key(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Authentication:SigningKey"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var bytes = Convert.FromBase64String(configured);
            if (bytes.Length < 32)
            {
                throw new RegistryConfigurationException("Authentication:SigningKey must be at least 32 bytes, base64-encoded.");
            }

            return new SymmetricSecurityKey(bytes);
        }

        if (!environment.IsDevelopment())
        {
            throw new RegistryConfigurationException(
                "No token signing key configured: set Authentication:SigningKey (environment variable Authentication__SigningKey) " +
                $"to at least 32 random bytes in base64. Only the Development environment generates one; this is '{environment.EnvironmentName}'.");
        }

        return new SymmetricSecurityKey(DevelopmentKey(configuration));
    }

    private static byte[] DevelopmentKey(IConfiguration configuration) =>
        Convert.FromBase64String(DevelopmentFolder.ReadOrCreate(DevelopmentFolder.Of(configuration), DevelopmentFolder.TokenKeyFile,
            () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))).Trim());
}
