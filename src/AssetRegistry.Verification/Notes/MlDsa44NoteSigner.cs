using System.Buffers.Binary;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;

namespace AssetRegistry.Verification.Notes;

/// <summary>
/// An ML-DSA-44 key signing checkpoints as c2sp.org/tlog-cosignature's timestamped type 0x06: over origin, size and
/// root at the line's own timestamp (whole seconds), not over extension lines (<see cref="MlDsa44CheckpointSignature"/>).
/// </summary>
public sealed class MlDsa44NoteSigner : NoteSigner
{
    private readonly MLDsaPrivateKeyParameters key;

    private MlDsa44NoteSigner(string name, MLDsaPrivateKeyParameters key)
    {
        if (key.Parameters != MLDsaParameters.ml_dsa_44)
        {
            throw new ArgumentException($"An ML-DSA-44 key is needed, not {key.Parameters.Name}.", nameof(key));
        }

        this.key = key;
        VerifierKey = NoteVerifierKey.MlDsa44(name, key.GetPublicKeyEncoded());
    }

    public override NoteVerifierKey VerifierKey { get; }

    public static MlDsa44NoteSigner Generate(string name)
    {
        var generator = new MLDsaKeyPairGenerator();
        generator.Init(new MLDsaKeyGenerationParameters(new SecureRandom(), MLDsaParameters.ml_dsa_44));
        return new MlDsa44NoteSigner(name, (MLDsaPrivateKeyParameters)generator.GenerateKeyPair().Private);
    }

    /// <summary>From the 32-byte seed ξ of FIPS 204 key generation.</summary>
    public static MlDsa44NoteSigner FromSeed(string name, byte[] seed) => new(name, MLDsaPrivateKeyParameters.FromSeed(MLDsaParameters.ml_dsa_44, seed));

    /// <summary>An unencrypted PKCS#8 PEM holding an ML-DSA-44 key (as OpenSSL 3.5 and BouncyCastle write them).</summary>
    public static MlDsa44NoteSigner FromPem(string name, string pem) =>
        PrivateKeys.FromPem(pem) is MLDsaPrivateKeyParameters key ? new MlDsa44NoteSigner(name, key)
            : throw new ArgumentException("The PEM does not hold an ML-DSA private key.", nameof(pem));

    public string ExportPem() => PrivateKeys.ToPem(PrivateKeyInfoFactory.CreatePrivateKeyInfo(key).GetDerEncoded());

    private protected override byte[] SignatureOver(TlogCheckpoint checkpoint, DateTimeOffset signedAt)
    {
        var timestamp = (ulong)signedAt.ToUnixTimeSeconds();
        var signer = new MLDsaSigner(MLDsaParameters.ml_dsa_44, deterministic: false);
        signer.Init(true, new ParametersWithRandom(key, new SecureRandom()));
        signer.BlockUpdate(MlDsa44CheckpointSignature.SignedMessage(VerifierKey.Name, timestamp, checkpoint));
        var signature = signer.GenerateSignature();
        var line = new byte[8 + signature.Length];
        BinaryPrimitives.WriteUInt64BigEndian(line, timestamp);
        signature.CopyTo(line, 8);
        return line;
    }
}
