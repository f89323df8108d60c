using AssetRegistry.Verification.Crypto;

namespace AssetRegistry.Verification.Notes;

/// <summary>The registry's ECDSA P-256 checkpoint key, signing notes as type 0x02: DER ECDSA over SHA-256 of the note text.</summary>
public sealed class EcdsaNoteSigner : NoteSigner
{
    private readonly EcdsaP256SigningKey key;

    public EcdsaNoteSigner(string name, EcdsaP256SigningKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        this.key = key;
        VerifierKey = NoteVerifierKey.Ecdsa(name, key.ExportSubjectPublicKeyInfo());
    }

    public override NoteVerifierKey VerifierKey { get; }

    private protected override byte[] SignatureOver(TlogCheckpoint checkpoint, DateTimeOffset signedAt) =>
        key.Sign(System.Text.Encoding.UTF8.GetBytes(checkpoint.ToText()));
}
