using AssetRegistry.Verification.Crypto;

namespace AssetRegistry.Verification.Notes;

/// <summary>
/// An SM2 key signing notes for the national-crypto profile: type 0xff with the identifier
/// <see cref="NoteVerifierKey.Sm2Identifier"/>, SM2 with SM3 and the default distinguishing ID over the note text, DER —
/// as docs/ledger.md §5 signs JSON checkpoints. The tree under it is still SHA-256 (docs/ledger.md §14).
/// </summary>
public sealed class Sm2NoteSigner : NoteSigner
{
    private readonly Sm2SigningKey key;

    public Sm2NoteSigner(string name, Sm2SigningKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        this.key = key;
        VerifierKey = NoteVerifierKey.Sm2(name, key.ExportSubjectPublicKeyInfo());
    }

    public override NoteVerifierKey VerifierKey { get; }

    /// <summary>An unencrypted PKCS#8 PEM holding an SM2 key on sm2p256v1.</summary>
    public static Sm2NoteSigner FromPem(string name, string pem)
    {
        ArgumentNullException.ThrowIfNull(pem);
        var fields = System.Security.Cryptography.PemEncoding.Find(pem);
        return new Sm2NoteSigner(name, Sm2SigningKey.FromPkcs8(Convert.FromBase64String(pem[fields.Base64Data])));
    }

    private protected override byte[] SignatureOver(TlogCheckpoint checkpoint, DateTimeOffset signedAt) =>
        key.Sign(System.Text.Encoding.UTF8.GetBytes(checkpoint.ToText()));
}
