using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using Org.BouncyCastle.Asn1.Sec;

namespace AssetRegistry.Verification.Crypto;

/// <summary>ECDSA over NIST P-256 with SHA-256 (FIPS 186-5), verified with the BCL.</summary>
internal sealed class EcdsaP256Sha256Profile : CryptoProfile
{
    public override string Algorithm => "ECDSA-P256-SHA256";

    public override HashFunction Hash => HashFunction.Sha256;

    public override bool IsAcceptablePublicKey(ReadOnlySpan<byte> subjectPublicKeyInfo, [NotNullWhen(false)] out string? problem)
    {
        if (!EcPublicKeyEncoding.IsCanonical(subjectPublicKeyInfo, SecObjectIdentifiers.SecP256r1, "P-256", out problem))
        {
            return false;
        }

        // The import checks that the point lies on the curve.
        using var key = TryImport(subjectPublicKeyInfo);
        problem = key is null ? "the public key's point is not on P-256" : null;
        return key is not null;
    }

    public override bool VerifySignature(ReadOnlySpan<byte> subjectPublicKeyInfo, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        if (!IsAcceptablePublicKey(subjectPublicKeyInfo, out _))
        {
            return false;
        }

        using var key = TryImport(subjectPublicKeyInfo)!;

        // RFC 3279 §2.2.3: Ecdsa-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER }, DER. Not .NET's default
        // IEEE P1363 r‖s, which other verifiers (OpenSSL, Node, Java, BouncyCastle) do not take by default.
        return key.VerifyData(message, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
    }

    private static ECDsa? TryImport(ReadOnlySpan<byte> subjectPublicKeyInfo)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportSubjectPublicKeyInfo(subjectPublicKeyInfo, out _);
            return key;
        }
        catch (CryptographicException)
        {
            key.Dispose();
            return null;
        }
    }
}
