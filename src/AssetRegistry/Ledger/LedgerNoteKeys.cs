using AssetRegistry.Infrastructure.Database;
using AssetRegistry.Infrastructure.Identity;
using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Crypto;
using AssetRegistry.Verification.Notes;
using Microsoft.Extensions.Options;

namespace AssetRegistry.Ledger;

/// <summary>
/// The keys that sign the C2SP checkpoint notes (docs/ledger.md §14), each named for the registry's origin: Ed25519
/// (<c>Ledger:Ed25519Keys</c>, required outside Development, where one is generated once into the data folder as the
/// ECDSA key is), the ECDSA checkpoint key of <see cref="LedgerKeys"/>, and optionally ML-DSA-44 (<c>Ledger:MlDsa44Keys</c>)
/// and SM2 (<c>Ledger:Sm2Keys</c>). Rotation and revocation work as for <see cref="LedgerKeys"/>; every key ever
/// configured is published as a vkey with its validity.
/// </summary>
public sealed class LedgerNoteKeys
{
    public const string DevelopmentEd25519File = "development-ledger-ed25519.pem";

    private readonly LedgerKeys _ecdsa;
    private readonly string _origin;
    private readonly List<(NoteSigner Signer, TrustedNoteKey Published)> _ed25519 = [];
    private readonly List<(NoteSigner Signer, TrustedNoteKey Published)> _mlDsa44 = [];
    private readonly List<(NoteSigner Signer, TrustedNoteKey Published)> _sm2 = [];

    // The identity is looked up only after the keys' own settings are checked: resolving it reads the database, and a
    // missing key should be reported before an unreachable database is.
    public LedgerNoteKeys(LedgerKeys ecdsa, IOptions<LedgerSettings> settings, IHostEnvironment environment,
        IOptions<PrivatePostgresOptions> developmentFolder, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(developmentFolder);
        if (settings.Value.Ed25519Keys.Count == 0 && !environment.IsDevelopment())
        {
            throw new RegistryConfigurationException(
                "No Ed25519 checkpoint note key configured: set Ledger:Ed25519Keys:0:PemFile (environment variable Ledger__Ed25519Keys__0__PemFile) to a PKCS#8 " +
                "Ed25519 private key (e.g. `openssl genpkey -algorithm ed25519`): the C2SP checkpoints witnesses read are signed with it (docs/ledger.md §14). " +
                $"Only the Development environment generates one; this is '{environment.EnvironmentName}'.");
        }

        _ecdsa = ecdsa;
        _origin = services.GetRequiredService<RegistryIdentity>().Origin;
        Read(settings.Value.Ed25519Keys, "Ed25519Keys", "an Ed25519", pem => Ed25519NoteSigner.FromPem(_origin, pem), _ed25519);
        Read(settings.Value.MlDsa44Keys, "MlDsa44Keys", "an ML-DSA-44", pem => MlDsa44NoteSigner.FromPem(_origin, pem), _mlDsa44);
        Read(settings.Value.Sm2Keys, "Sm2Keys", "an SM2", pem => Sm2NoteSigner.FromPem(_origin, pem), _sm2);
        if (_ed25519.Count == 0)
        {
            var pem = DevelopmentFolder.ReadOrCreate(developmentFolder.Value.FullBaseDirectory(), DevelopmentEd25519File,
                () => Ed25519NoteSigner.Generate(_origin).ExportPem());
            var signer = Ed25519NoteSigner.FromPem(_origin, pem);
            _ed25519.Add((signer, new TrustedNoteKey(signer.VerifierKey, DateTimeOffset.UnixEpoch)));
        }
    }

    public string Origin => _origin;

    /// <summary>Every note key ever configured, with its validity: Ed25519, ECDSA, ML-DSA-44, SM2.</summary>
    public IReadOnlyList<TrustedNoteKey> Published =>
    [
        .. _ed25519.Select(k => k.Published),
        .. _ecdsa.Published.Keys.Where(k => k.Profile == CryptoProfile.EcdsaP256Sha256)
            .Select(k => new TrustedNoteKey(NoteVerifierKey.Ecdsa(_origin, k.PublicKey), k.ValidFrom, k.ValidUntil, k.RevokedAt)),
        .. _mlDsa44.Select(k => k.Published),
        .. _sm2.Select(k => k.Published),
    ];

    /// <summary>The keys file the registry publishes: the JSON checkpoints' keys and the note keys.</summary>
    public TrustedKeys PublishedKeys => new(_ecdsa.Published.Keys, Published);

    /// <summary>The signers of a note dated <paramref name="at"/>: of each kind configured, the newest valid, unrevoked key.</summary>
    public IReadOnlyList<NoteSigner> SignersAt(DateTimeOffset at)
    {
        var signers = new List<NoteSigner>
        {
            NewestAt(_ed25519, at) ?? throw new RegistryConfigurationException($"No Ed25519 note key is valid and unrevoked at {at:u}; configure a new one under Ledger:Ed25519Keys."),
            new EcdsaNoteSigner(_origin, (EcdsaP256SigningKey)_ecdsa.SigningKeyAt(at)),
        };
        signers.AddRange(new[] { NewestAt(_mlDsa44, at), NewestAt(_sm2, at) }.OfType<NoteSigner>());
        return signers;
    }

    private static NoteSigner? NewestAt(List<(NoteSigner Signer, TrustedNoteKey Published)> keys, DateTimeOffset at) =>
        keys.LastOrDefault(k => k.Published.JudgeUseAt(at, "issued at") is null).Signer;

    private static void Read(List<LedgerKeySetting> configured, string section, string kind, Func<string, NoteSigner> create,
        List<(NoteSigner Signer, TrustedNoteKey Published)> into)
    {
        foreach (var setting in configured)
        {
            var pem = setting.Pem ?? (setting.PemFile is { } file ? File.ReadAllText(file) : null)
                ?? throw new RegistryConfigurationException($"Each Ledger:{section} entry needs Pem or PemFile ({kind} PKCS#8 private key).");
            NoteSigner signer;
            try
            {
                signer = create(pem);
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException or Org.BouncyCastle.Security.SecurityUtilityException)
            {
                throw new RegistryConfigurationException($"A Ledger:{section} entry is not {kind} PKCS#8 private key: {e.Message}");
            }

            into.Add((signer, new TrustedNoteKey(signer.VerifierKey, setting.ValidFrom ?? DateTimeOffset.UnixEpoch, setting.ValidUntil, setting.RevokedAt)));
        }
    }
}
