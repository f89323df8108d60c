using System.Security.Cryptography;
using AssetRegistry.Ledger;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AssetRegistry.Tests.Ledger;

/// <summary>Checkpoint keys come from configuration; rotation and revocation never invalidate what was signed before.</summary>
public sealed class LedgerKeysTests
{
    private static string NewPem() => ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem();

    private sealed class Production : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";
        public string ApplicationName { get; set; } = "AssetRegistry";
        public string ContentRootPath { get; set; } = "/";
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }

    [Fact]
    public void after_rotation_the_new_key_signs_and_the_old_one_stays_published_with_its_revocation()
    {
        var rotatedAt = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var settings = new LedgerSettings
        {
            Keys =
            [
                new LedgerKeySetting { Pem = NewPem(), ValidFrom = DateTimeOffset.UnixEpoch, RevokedAt = rotatedAt },
                new LedgerKeySetting { Pem = NewPem(), ValidFrom = rotatedAt },
            ],
        };

        var keys = new LedgerKeys(Options.Create(settings), new Production(), Options.Create(new AssetRegistry.Infrastructure.Database.PrivatePostgresOptions()));

        var before = keys.SigningKeyAt(rotatedAt.AddDays(-1));
        var after = keys.SigningKeyAt(rotatedAt.AddDays(1));
        Assert.NotEqual(before.KeyId, after.KeyId);
        Assert.Equal(2, keys.Published.Keys.Count);
        var old = keys.Published.Keys.Single(k => k.KeyId == before.KeyId);
        Assert.Equal(rotatedAt, old.RevokedAt);
        Assert.Null(old.JudgeUseAt(rotatedAt.AddDays(-1)));
        Assert.NotNull(old.JudgeUseAt(rotatedAt.AddDays(1)));
    }

    [Fact]
    public void outside_development_no_configured_key_is_a_configuration_error()
    {
        var error = Assert.Throws<AssetRegistry.Infrastructure.Database.RegistryConfigurationException>(() =>
            new LedgerKeys(Options.Create(new LedgerSettings()), new Production(), Options.Create(new AssetRegistry.Infrastructure.Database.PrivatePostgresOptions())));

        Assert.Contains("Ledger:Keys", error.Message, StringComparison.Ordinal);
    }
}
