using System.Collections.Concurrent;
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
        using var key = TryImportAcceptable(subjectPublicKeyInfo, out problem);
        return key is not null;
    }

    public override bool VerifySignature(ReadOnlySpan<byte> subjectPublicKeyInfo, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        using var key = TryImportAcceptable(subjectPublicKeyInfo, out _);
        return key is not null && Verify(key, message, signature);
    }

    internal override bool TryPrepare(
        ReadOnlySpan<byte> subjectPublicKeyInfo,
        [NotNullWhen(true)] out PublicKeyVerifier? verifier,
        [NotNullWhen(false)] out string? problem)
    {
        var key = TryImportAcceptable(subjectPublicKeyInfo, out problem);
        verifier = key is null ? null : new PreparedKey(subjectPublicKeyInfo.ToArray(), key);
        return verifier is not null;
    }

    private static bool Verify(ECDsa key, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature) =>
        // RFC 3279 §2.2.3: Ecdsa-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER }, DER. Not .NET's default
        // IEEE P1363 r‖s, which other verifiers (OpenSSL, Node, Java, BouncyCastle) do not take by default.
        key.VerifyData(message, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

    /// <summary>The key imported, if its encoding is the one accepted and its point lies on P-256; null otherwise.</summary>
    private static ECDsa? TryImportAcceptable(ReadOnlySpan<byte> subjectPublicKeyInfo, [NotNullWhen(false)] out string? problem)
    {
        if (!EcPublicKeyEncoding.IsCanonical(subjectPublicKeyInfo, SecObjectIdentifiers.SecP256r1, "P-256", out problem))
        {
            return null;
        }

        // The import checks that the point lies on the curve.
        var key = TryImport(subjectPublicKeyInfo);
        problem = key is null ? "the public key's point is not on P-256" : null;
        return key;
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

    /// <summary>
    /// An accepted key, imported once. <see cref="ECDsa"/> does not promise that one instance may verify on
    /// several threads at once, so each call borrows an instance no other call holds; the pool grows to the
    /// most calls ever made at the same time, and the instances live as long as the trusted key.
    /// </summary>
    private sealed class PreparedKey : PublicKeyVerifier
    {
        private readonly byte[] subjectPublicKeyInfo;
        private readonly ConcurrentBag<ECDsa> idle = [];

        public PreparedKey(byte[] subjectPublicKeyInfo, ECDsa imported)
        {
            this.subjectPublicKeyInfo = subjectPublicKeyInfo;
            idle.Add(imported);
        }

        public override bool VerifySignature(ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
        {
            // The encoding was accepted when the key was prepared, and importing the same bytes again succeeds.
            if (!idle.TryTake(out var key))
            {
                key = TryImport(subjectPublicKeyInfo);
                if (key is null)
                {
                    return false;
                }
            }

            try
            {
                return Verify(key, message, signature);
            }
            finally
            {
                idle.Add(key);
            }
        }
    }
}
