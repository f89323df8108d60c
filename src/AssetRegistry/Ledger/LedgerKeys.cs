using System.Security.Cryptography;
using AssetRegistry.Infrastructure.Database;
using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Crypto;
using Microsoft.Extensions.Options;

namespace AssetRegistry.Ledger;

/// <summary>
/// The keys that sign checkpoints (ECDSA P-256), from configuration. Only in Development, with none
/// configured, one is generated once and kept in the registry's data folder (<see cref="DevelopmentFolder"/>), beside
/// the database whose checkpoints it signs: a registry must never sign with a key nobody configured, nor with another
/// registry's.
/// </summary>
public sealed class LedgerKeys
{
    private readonly List<(SigningKey Key, TrustedKey Published)> _keys = [];

    public LedgerKeys(IOptions<LedgerSettings> settings, IHostEnvironment environment, IOptions<PrivatePostgresOptions> developmentFolder)
    {
        ArgumentNullException.ThrowIfNull(developmentFolder);
        foreach (var configured in settings.Value.Keys)
        {
            var pem = configured.Pem ?? (configured.PemFile is { } file ? File.ReadAllText(file) : null)
                ?? throw new RegistryConfigurationException("Each Ledger:Keys entry needs Pem or PemFile (a PKCS#8 EC P-256 private key).");
            var ecdsa = ECDsa.Create();
            ecdsa.ImportFromPem(pem);
            var key = new EcdsaP256SigningKey(ecdsa);
            _keys.Add((key, TrustedKey.For(key, configured.ValidFrom ?? DateTimeOffset.UnixEpoch, configured.ValidUntil, configured.RevokedAt)));
        }

        if (_keys.Count == 0)
        {
            if (!environment.IsDevelopment())
            {
                throw new RegistryConfigurationException(
                    "No ledger signing key configured: set Ledger:Keys:0:PemFile (environment variable Ledger__Keys__0__PemFile) to a PKCS#8 EC P-256 private key " +
                    "(e.g. `openssl genpkey -algorithm EC " +
                    $"-pkeyopt ec_paramgen_curve:P-256`). Only the Development environment generates one; this is '{environment.EnvironmentName}'.");
            }

            var key = DevelopmentKey(developmentFolder.Value.FullBaseDirectory());
            _keys.Add((key, TrustedKey.For(key, DateTimeOffset.UnixEpoch)));
        }

    }

    private TrustedKeys? _published;

    /// <summary>Every key ever configured, with its validity and revocation, as the verifier's keys file expects. One instance: the keys are fixed at start-up.</summary>
    public TrustedKeys Published => _published ??= new(_keys.Select(k => k.Published));

    /// <summary>The key that signs at <paramref name="now"/>: the newest valid, unrevoked one.</summary>
    public SigningKey SigningKeyAt(DateTimeOffset now) =>
        _keys.LastOrDefault(k => k.Published.JudgeUseAt(now) is null).Key
        ?? throw new RegistryConfigurationException($"No ledger key is valid and unrevoked at {now:u}; configure a new one under Ledger:Keys.");

    private static EcdsaP256SigningKey DevelopmentKey(string folder)
    {
        var ecdsa = ECDsa.Create();
        ecdsa.ImportFromPem(DevelopmentFolder.ReadOrCreate(folder, DevelopmentFolder.LedgerKeyFile, () =>
        {
            using var generated = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            return generated.ExportPkcs8PrivateKeyPem();
        }));
        return new EcdsaP256SigningKey(ecdsa);
    }
}
