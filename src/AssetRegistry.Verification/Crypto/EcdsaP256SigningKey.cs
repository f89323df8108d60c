using System.Security.Cryptography;

namespace AssetRegistry.Verification.Crypto;

/// <summary>An <see cref="ECDsa"/> P-256 private key (software, HSM-backed, whatever the caller has) for <c>ECDSA-P256-SHA256</c>.</summary>
public sealed class EcdsaP256SigningKey : SigningKey
{
    private readonly ECDsa key;

    /// <param name="key">A P-256 key with its private part. Not disposed here: the caller owns it.</param>
    public EcdsaP256SigningKey(ECDsa key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var spki = key.ExportSubjectPublicKeyInfo();
        if (!CryptoProfile.EcdsaP256Sha256.IsAcceptablePublicKey(spki, out var problem))
        {
            throw new ArgumentException($"Not a usable ECDSA-P256-SHA256 key: {problem}.", nameof(key));
        }

        this.key = key;
    }

    public override CryptoProfile Profile => CryptoProfile.EcdsaP256Sha256;

    public override byte[] ExportSubjectPublicKeyInfo() => key.ExportSubjectPublicKeyInfo();

    // RFC 3279 §2.2.3 DER, not .NET's default IEEE P1363 r‖s: see EcdsaP256Sha256Profile.
    public override byte[] Sign(ReadOnlySpan<byte> message) =>
        key.SignData(message, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
}
