using System.Diagnostics.CodeAnalysis;

namespace AssetRegistry.Verification.Crypto;

/// <summary>
/// A hash function and a signature scheme that go together, named by the <c>algorithm</c> member of every
/// checkpoint. A verifier never guesses: it takes the profile the checkpoint names, and that profile decides
/// how leaves, nodes and key ids are hashed and how the signature is checked.
/// </summary>
public abstract class CryptoProfile
{
    /// <summary><c>ECDSA-P256-SHA256</c>: SHA-256 everywhere, ECDSA on P-256 (FIPS 186-5), DER signatures.</summary>
    public static CryptoProfile EcdsaP256Sha256 { get; } = new EcdsaP256Sha256Profile();

    /// <summary><c>SM2-SM3</c>: SM3 everywhere, SM2 signatures (GB/T 32918.2) with the default distinguishing id.</summary>
    public static CryptoProfile Sm2Sm3 { get; } = new Sm2Sm3Profile();

    public static IReadOnlyList<CryptoProfile> All { get; } = [EcdsaP256Sha256, Sm2Sm3];

    // The profiles are the ones docs/ledger.md §5 specifies; a verifier must not meet any other.
    private protected CryptoProfile()
    {
    }

    /// <summary>The exact string carried in <c>algorithm</c> members.</summary>
    public abstract string Algorithm { get; }

    public abstract HashFunction Hash { get; }

    /// <summary>Looks a profile up by its exact, case-sensitive name: an algorithm name is signed data, not a hint.</summary>
    public static bool TryFromAlgorithm(string? algorithm, [NotNullWhen(true)] out CryptoProfile? profile)
    {
        profile = All.FirstOrDefault(p => string.Equals(p.Algorithm, algorithm, StringComparison.Ordinal));
        return profile is not null;
    }

    /// <summary>
    /// The key id: lowercase hex of the profile's hash over the DER SubjectPublicKeyInfo (RFC 5280 §4.1.2.7),
    /// so anyone holding the public key can recompute it and no registry of ids is needed.
    /// </summary>
    public string KeyIdOf(ReadOnlySpan<byte> subjectPublicKeyInfo) => Convert.ToHexStringLower(Hash.Hash(subjectPublicKeyInfo));

    /// <summary>
    /// Whether <paramref name="subjectPublicKeyInfo"/> is exactly the encoding this profile expects (DER,
    /// id-ecPublicKey, the profile's named curve, an uncompressed point on that curve). The key id hashes
    /// these bytes, so only one encoding per key may be accepted.
    /// </summary>
    public abstract bool IsAcceptablePublicKey(ReadOnlySpan<byte> subjectPublicKeyInfo, [NotNullWhen(false)] out string? problem);

    /// <summary>Checks a DER-encoded signature over <paramref name="message"/>; false for any malformed input.</summary>
    public abstract bool VerifySignature(ReadOnlySpan<byte> subjectPublicKeyInfo, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature);

    /// <summary>
    /// <see cref="IsAcceptablePublicKey"/>, and for an acceptable key, that key ready to check signatures
    /// with the same answers as <see cref="VerifySignature"/>. Preparing is tied to the check so that no
    /// key can be prepared without passing it.
    /// </summary>
    internal virtual bool TryPrepare(
        ReadOnlySpan<byte> subjectPublicKeyInfo,
        [NotNullWhen(true)] out PublicKeyVerifier? verifier,
        [NotNullWhen(false)] out string? problem)
    {
        verifier = IsAcceptablePublicKey(subjectPublicKeyInfo, out problem) ? new CheckedEachTime(this, subjectPublicKeyInfo.ToArray()) : null;
        return verifier is not null;
    }

    /// <summary>For a profile with nothing worth keeping between signatures: every call checks as the first did.</summary>
    private sealed class CheckedEachTime(CryptoProfile profile, byte[] subjectPublicKeyInfo) : PublicKeyVerifier
    {
        public override bool VerifySignature(ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature) =>
            profile.VerifySignature(subjectPublicKeyInfo, message, signature);
    }

    public override string ToString() => Algorithm;
}
