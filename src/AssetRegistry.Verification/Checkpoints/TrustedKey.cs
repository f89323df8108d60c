using System.Text.Json.Nodes;
using AssetRegistry.Verification.Canonical;
using AssetRegistry.Verification.Crypto;

namespace AssetRegistry.Verification.Checkpoints;

/// <summary>
/// One public key the verifier's owner trusts, with the period in which checkpoints it signs count:
/// from <see cref="ValidFrom"/> (inclusive) until <see cref="ValidUntil"/> or <see cref="RevokedAt"/>,
/// whichever is first (exclusive), judged at each checkpoint's <c>issuedAt</c>.
/// </summary>
public sealed class TrustedKey
{
    internal const string What = "keys file entry";

    private readonly byte[] publicKey;
    private readonly PublicKeyVerifier verifier;

    /// <exception cref="ArgumentException">Unknown algorithm, a public key not in the profile's one encoding, a key id that is not the hash of the key, or an empty period.</exception>
    public TrustedKey(string keyId, string algorithm, ReadOnlySpan<byte> publicKey, DateTimeOffset validFrom, DateTimeOffset? validUntil, DateTimeOffset? revokedAt)
    {
        if (!CryptoProfile.TryFromAlgorithm(algorithm, out var profile))
        {
            throw new ArgumentException($"Unknown algorithm \"{algorithm}\"; known: {string.Join(", ", CryptoProfile.All)}.", nameof(algorithm));
        }

        if (!profile.TryPrepare(publicKey, out var verifier, out var problem))
        {
            throw new ArgumentException($"Key {keyId}: {problem}.", nameof(publicKey));
        }

        // A key id is a claim anyone can check; a keys file that gets it wrong is not to be trusted at all.
        var expectedKeyId = profile.KeyIdOf(publicKey);
        if (!string.Equals(keyId, expectedKeyId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Key id {keyId} is not the {profile.Hash.Name} of its public key, which is {expectedKeyId}.", nameof(keyId));
        }

        if (validUntil <= validFrom)
        {
            throw new ArgumentException($"Key {keyId} is valid until {validUntil:O}, not after its validFrom {validFrom:O}.", nameof(validUntil));
        }

        KeyId = keyId;
        Profile = profile;
        this.publicKey = publicKey.ToArray();
        this.verifier = verifier;
        ValidFrom = CanonicalInstant.Truncate(validFrom);
        ValidUntil = validUntil is { } until ? CanonicalInstant.Truncate(until) : null;
        RevokedAt = revokedAt is { } revoked ? CanonicalInstant.Truncate(revoked) : null;
    }

    public string KeyId { get; }

    public CryptoProfile Profile { get; }

    /// <summary>DER SubjectPublicKeyInfo.</summary>
    public ReadOnlySpan<byte> PublicKey => publicKey;

    public DateTimeOffset ValidFrom { get; }

    public DateTimeOffset? ValidUntil { get; }

    public DateTimeOffset? RevokedAt { get; }

    /// <summary>
    /// <see cref="CryptoProfile.VerifySignature"/> with this key under its <see cref="Profile"/>, without
    /// decoding the key again for each signature. Safe to call from any number of threads.
    /// </summary>
    internal bool VerifySignature(ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature) =>
        verifier.VerifySignature(message, signature);

    /// <summary>The public half of <paramref name="key"/>, trusted from <paramref name="validFrom"/>.</summary>
    public static TrustedKey For(SigningKey key, DateTimeOffset validFrom, DateTimeOffset? validUntil = null, DateTimeOffset? revokedAt = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new TrustedKey(key.KeyId, key.Profile.Algorithm, key.ExportSubjectPublicKeyInfo(), validFrom, validUntil, revokedAt);
    }

    /// <summary>The same key, revoked from <paramref name="revokedAt"/>.</summary>
    public TrustedKey RevokedFrom(DateTimeOffset revokedAt) =>
        new(KeyId, Profile.Algorithm, publicKey, ValidFrom, ValidUntil, revokedAt);

    /// <summary>Whether a checkpoint issued at <paramref name="issuedAt"/> may carry this key's signature; null if so.</summary>
    public VerificationResult? JudgeUseAt(DateTimeOffset issuedAt)
    {
        var at = CanonicalInstant.Format(issuedAt);
        if (issuedAt < ValidFrom)
        {
            return VerificationResult.Failed(VerificationFailure.KeyNotYetValid, $"The checkpoint was issued at {at}, before key {KeyId} became valid at {CanonicalInstant.Format(ValidFrom)}.");
        }

        if (issuedAt >= RevokedAt)
        {
            return VerificationResult.Failed(VerificationFailure.KeyRevoked, $"The checkpoint was issued at {at}, at or after key {KeyId} was revoked at {CanonicalInstant.Format(RevokedAt.Value)}.");
        }

        if (issuedAt >= ValidUntil)
        {
            return VerificationResult.Failed(VerificationFailure.KeyExpired, $"The checkpoint was issued at {at}, at or after key {KeyId} expired at {CanonicalInstant.Format(ValidUntil.Value)}.");
        }

        return null;
    }

    public JsonObject ToJsonObject() => new()
    {
        ["keyId"] = KeyId,
        ["algorithm"] = Profile.Algorithm,
        ["publicKey"] = StrictBase64.Encode(publicKey),
        ["validFrom"] = CanonicalInstant.Format(ValidFrom),
        ["validUntil"] = ValidUntil is { } until ? CanonicalInstant.Format(until) : null,
        ["revokedAt"] = RevokedAt is { } revoked ? CanonicalInstant.Format(revoked) : null,
    };

    internal static TrustedKey FromJson(JsonObject json)
    {
        LedgerJson.AllowOnly(json, What, "keyId", "algorithm", "publicKey", "validFrom", "validUntil", "revokedAt");
        try
        {
            return new TrustedKey(
                LedgerJson.String(json, "keyId", What),
                LedgerJson.String(json, "algorithm", What),
                LedgerJson.Base64(json, "publicKey", What),
                LedgerJson.Instant(json, "validFrom", What),
                LedgerJson.OptionalInstant(json, "validUntil", What),
                LedgerJson.OptionalInstant(json, "revokedAt", What));
        }
        catch (ArgumentException e)
        {
            throw new LedgerFormatException(e.Message, e);
        }
    }
}
