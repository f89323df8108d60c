using System.Security.Cryptography;
using AssetRegistry.Ledger;
using Microsoft.Extensions.DependencyInjection;
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
    private static ServiceProvider Identity() => new Microsoft.Extensions.DependencyInjection.ServiceCollection()
        .AddSingleton(new AssetRegistry.Infrastructure.Identity.RegistryIdentity("AssetRegistry", "AR", "ledger.example", new Uri("http://localhost/")))
        .BuildServiceProvider();

    private static LedgerNoteKeys NoteKeys(LedgerSettings settings) => new(
        new LedgerKeys(Options.Create(settings), new Production(), Options.Create(new AssetRegistry.Infrastructure.Database.PrivatePostgresOptions())),
        Options.Create(settings), new Production(), Options.Create(new AssetRegistry.Infrastructure.Database.PrivatePostgresOptions()), Identity());

    [Fact]
    public void outside_development_no_configured_ed25519_note_key_is_a_configuration_error()
    {
        var error = Assert.Throws<AssetRegistry.Infrastructure.Database.RegistryConfigurationException>(() =>
            NoteKeys(new LedgerSettings { Keys = [new LedgerKeySetting { Pem = NewPem() }] }));

        Assert.Contains("Ledger:Ed25519Keys:0:PemFile (environment variable Ledger__Ed25519Keys__0__PemFile)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void after_rotation_the_new_ed25519_key_signs_notes_and_the_old_one_stays_published_with_its_revocation()
    {
        var rotatedAt = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var keys = NoteKeys(new LedgerSettings
        {
            Keys = [new LedgerKeySetting { Pem = NewPem() }],
            Ed25519Keys =
            [
                new LedgerKeySetting { Pem = AssetRegistry.Verification.Notes.Ed25519NoteSigner.Generate("x").ExportPem(), RevokedAt = rotatedAt },
                new LedgerKeySetting { Pem = AssetRegistry.Verification.Notes.Ed25519NoteSigner.Generate("x").ExportPem(), ValidFrom = rotatedAt },
            ],
        });

        var before = keys.SignersAt(rotatedAt.AddDays(-1));
        var after = keys.SignersAt(rotatedAt.AddDays(1));

        Assert.NotEqual(before[0].VerifierKey.KeyId, after[0].VerifierKey.KeyId);
        Assert.Equal(["Ed25519", "ECDSA-P256-SHA256"], after.Select(s => s.VerifierKey.Algorithm));
        Assert.All(after, s => Assert.Equal("ledger.example", s.VerifierKey.Name));
        Assert.Equal(["Ed25519", "Ed25519", "ECDSA-P256-SHA256"], keys.Published.Select(k => k.Key.Algorithm));
        Assert.Equal(rotatedAt, keys.Published[0].RevokedAt);
    }
}
