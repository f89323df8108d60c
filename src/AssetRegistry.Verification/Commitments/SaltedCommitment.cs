using System.Security.Cryptography;
using System.Text;
using AssetRegistry.Verification.Canonical;
using AssetRegistry.Verification.Crypto;

namespace AssetRegistry.Verification.Commitments;

/// <summary>
/// A hiding commitment to a value the certificate must not show (an identity number, a price):
/// HASH(salt ‖ UTF-8(value)) with a fresh random 32-byte salt. Whoever is given the value and the salt
/// can check it against the certificate; without the salt, guessing even a low-entropy value is
/// hopeless. Salt and digest travel as base64 (RFC 4648 §4).
/// </summary>
public sealed class SaltedCommitment
{
    /// <summary>256 bits, the hash's own strength: a salt no one can search.</summary>
    public const int SaltLength = 32;

    private readonly byte[] salt;
    private readonly byte[] digest;

    private SaltedCommitment(byte[] salt, byte[] digest)
    {
        this.salt = salt;
        this.digest = digest;
    }

    /// <summary>The salt, to be handed privately to whoever may open the commitment.</summary>
    public ReadOnlySpan<byte> Salt => salt;

    /// <summary>The commitment, the part written into the certificate.</summary>
    public ReadOnlySpan<byte> Digest => digest;

    public string SaltBase64 => StrictBase64.Encode(salt);

    public string DigestBase64 => StrictBase64.Encode(digest);

    /// <summary>Commits to <paramref name="value"/> with a fresh salt from the system CSPRNG.</summary>
    public static SaltedCommitment Create(string value, HashFunction hash)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltLength);
        return new SaltedCommitment(salt, Compute(salt, value, hash));
    }

    /// <summary>HASH(salt ‖ UTF-8(value)). The value is hashed as given: no trimming, no Unicode normalisation.</summary>
    public static byte[] Compute(ReadOnlySpan<byte> salt, string value, HashFunction hash)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(hash);
        if (salt.Length != SaltLength)
        {
            throw new ArgumentException($"A commitment salt is {SaltLength} bytes.", nameof(salt));
        }

        // Strict UTF-8: a string with a lone surrogate has no UTF-8 form to commit to.
        var valueBytes = new UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(value);
        var input = new byte[salt.Length + valueBytes.Length];
        salt.CopyTo(input);
        valueBytes.CopyTo(input.AsSpan(salt.Length));
        return hash.Hash(input);
    }

    /// <summary>Whether <paramref name="value"/> and <paramref name="salt"/> open <paramref name="digest"/>.</summary>
    public static bool Opens(string value, ReadOnlySpan<byte> salt, ReadOnlySpan<byte> digest, HashFunction hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        if (salt.Length != SaltLength || digest.Length != hash.Length)
        {
            return false;
        }

        // Constant time, so that timing does not tell how much of a guessed digest was right.
        return CryptographicOperations.FixedTimeEquals(Compute(salt, value, hash), digest);
    }
}
