using System.Security.Cryptography;
using AssetRegistry.Infrastructure.Database;
using Microsoft.IdentityModel.Tokens;

namespace AssetRegistry.Security;

/// <summary>
/// The key that bearer tokens are checked against: <c>Authentication:SigningKey</c> (base64, at least 32
/// bytes). Only in Development, when none is configured, one is generated once and kept beside the private
/// database, so that the development token command and the service agree.
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

        return new SymmetricSecurityKey(DevelopmentKey());
    }

    private static byte[] DevelopmentKey()
    {
        var folder = Path.GetDirectoryName(PrivatePostgresOptions.DefaultBaseDirectory())!;
        var file = Path.Combine(folder, "development-token-signing.key");
        if (File.Exists(file))
        {
            return Convert.FromBase64String(File.ReadAllText(file).Trim());
        }

        Directory.CreateDirectory(folder);
        var key = RandomNumberGenerator.GetBytes(32);
        File.WriteAllText(file, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key;
    }
}
