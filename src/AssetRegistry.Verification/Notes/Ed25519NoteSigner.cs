using System.Text;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;

namespace AssetRegistry.Verification.Notes;

/// <summary>An Ed25519 key (type 0x01) that signs the note text itself, extension lines included.</summary>
public sealed class Ed25519NoteSigner : NoteSigner
{
    private readonly Ed25519PrivateKeyParameters key;

    private Ed25519NoteSigner(string name, Ed25519PrivateKeyParameters key)
    {
        this.key = key;
        VerifierKey = NoteVerifierKey.Ed25519(name, key.GeneratePublicKey().GetEncoded());
    }

    public override NoteVerifierKey VerifierKey { get; }

    public static Ed25519NoteSigner Generate(string name) => new(name, new Ed25519PrivateKeyParameters(new SecureRandom()));

    /// <summary>From the 32-byte private key (RFC 8032 §5.1.5's seed).</summary>
    public static Ed25519NoteSigner FromSeed(string name, ReadOnlySpan<byte> seed) => new(name, new Ed25519PrivateKeyParameters(seed));

    /// <summary>An unencrypted PKCS#8 PEM (<c>openssl genpkey -algorithm ed25519</c>).</summary>
    public static Ed25519NoteSigner FromPem(string name, string pem) =>
        PrivateKeys.FromPem(pem) is Ed25519PrivateKeyParameters key ? new Ed25519NoteSigner(name, key)
            : throw new ArgumentException("The PEM does not hold an Ed25519 private key.", nameof(pem));

    public string ExportPem() => PrivateKeys.ToPem(PrivateKeyInfoFactory.CreatePrivateKeyInfo(key).GetDerEncoded());

    private protected override byte[] SignatureOver(TlogCheckpoint checkpoint, DateTimeOffset signedAt)
    {
        var signer = new Ed25519Signer();
        signer.Init(true, key);
        signer.BlockUpdate(Encoding.UTF8.GetBytes(checkpoint.ToText()));
        return signer.GenerateSignature();
    }
}
