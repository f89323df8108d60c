using Org.BouncyCastle.Asn1.GM;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace AssetRegistry.Verification.Crypto;

/// <summary>An SM2 private key on sm2p256v1 for <c>SM2-SM3</c>.</summary>
public sealed class Sm2SigningKey : SigningKey
{
    private readonly ECPrivateKeyParameters privateKey;
    private readonly ECPublicKeyParameters publicKey;

    private Sm2SigningKey(ECPrivateKeyParameters privateKey)
    {
        // Only a named curve gives the SubjectPublicKeyInfo the curve OID the profile requires.
        if (privateKey.Parameters is not ECNamedDomainParameters named || !named.Name.Equals(GMObjectIdentifiers.sm2p256v1))
        {
            throw new ArgumentException("An SM2 signing key must be on the named curve sm2p256v1 (1.2.156.10197.1.301).", nameof(privateKey));
        }

        this.privateKey = privateKey;
        var q = privateKey.Parameters.G.Multiply(privateKey.D).Normalize();
        publicKey = new ECPublicKeyParameters("EC", q, named);
    }

    public override CryptoProfile Profile => CryptoProfile.Sm2Sm3;

    public static Sm2SigningKey Generate()
    {
        var generator = new ECKeyPairGenerator();
        generator.Init(new ECKeyGenerationParameters(GMObjectIdentifiers.sm2p256v1, new SecureRandom()));
        return new Sm2SigningKey((ECPrivateKeyParameters)generator.GenerateKeyPair().Private);
    }

    /// <summary>Reads an unencrypted PKCS#8 PrivateKeyInfo (RFC 5208 §5) holding an SM2 key.</summary>
    public static Sm2SigningKey FromPkcs8(byte[] privateKeyInfo) =>
        PrivateKeyFactory.CreateKey(privateKeyInfo) is ECPrivateKeyParameters key
            ? new Sm2SigningKey(key)
            : throw new ArgumentException("The PKCS#8 data does not hold an elliptic-curve private key.", nameof(privateKeyInfo));

    public byte[] ExportPkcs8() => PrivateKeyInfoFactory.CreatePrivateKeyInfo(privateKey).GetDerEncoded();

    public override byte[] ExportSubjectPublicKeyInfo() =>
        SubjectPublicKeyInfoFactory.CreateSubjectPublicKeyInfo(publicKey).GetDerEncoded();

    public override byte[] Sign(ReadOnlySpan<byte> message)
    {
        var signer = SignerUtilities.GetSigner(Sm2Sm3Profile.SignerName);
        var withRandom = new ParametersWithRandom(privateKey, new SecureRandom());
        signer.Init(true, new ParametersWithID(withRandom, Sm2Sm3Profile.DistinguishingId.ToArray()));
        signer.BlockUpdate(message);
        return signer.GenerateSignature();
    }
}
