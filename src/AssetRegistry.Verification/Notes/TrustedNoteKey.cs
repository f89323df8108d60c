using System.Text.Json.Nodes;
using AssetRegistry.Verification.Canonical;
using AssetRegistry.Verification.Checkpoints;

namespace AssetRegistry.Verification.Notes;

/// <summary>
/// A note key the verifier's owner trusts (an entry of the keys file's <c>noteKeys</c>, docs/ledger.md §8): its vkey and
/// the period in which what it signs counts, judged at the checkpoint's <c>issuedAt</c> line for a key that signs
/// extension lines, and at its own line's timestamp for ML-DSA-44, which does not sign them.
/// </summary>
public sealed class TrustedNoteKey
{
    internal const string What = "note key entry";

    public TrustedNoteKey(NoteVerifierKey key, DateTimeOffset validFrom, DateTimeOffset? validUntil = null, DateTimeOffset? revokedAt = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (validUntil <= validFrom)
        {
            throw new ArgumentException($"Note key {key} is valid until {validUntil:O}, not after its validFrom {validFrom:O}.", nameof(validUntil));
        }

        Key = key;
        ValidFrom = CanonicalInstant.Truncate(validFrom);
        ValidUntil = validUntil is { } until ? CanonicalInstant.Truncate(until) : null;
        RevokedAt = revokedAt is { } revoked ? CanonicalInstant.Truncate(revoked) : null;
    }

    public NoteVerifierKey Key { get; }

    public DateTimeOffset ValidFrom { get; }

    public DateTimeOffset? ValidUntil { get; }

    public DateTimeOffset? RevokedAt { get; }

    private string Named => $"{Key.Algorithm} note key {Key.Name}+{Key.KeyId:x8}";

    /// <summary>Whether a signature dated <paramref name="at"/> by this key counts; null if so.</summary>
    public VerificationResult? JudgeUseAt(DateTimeOffset at, string dated)
    {
        var when = CanonicalInstant.Format(at);
        if (at < ValidFrom)
        {
            return VerificationResult.Failed(VerificationFailure.KeyNotYetValid, $"The checkpoint is {dated} {when}, before {Named} became valid at {CanonicalInstant.Format(ValidFrom)}.");
        }

        if (at >= RevokedAt)
        {
            return VerificationResult.Failed(VerificationFailure.KeyRevoked, $"The checkpoint is {dated} {when}, at or after {Named} was revoked at {CanonicalInstant.Format(RevokedAt.Value)}.");
        }

        if (at >= ValidUntil)
        {
            return VerificationResult.Failed(VerificationFailure.KeyExpired, $"The checkpoint is {dated} {when}, at or after {Named} expired at {CanonicalInstant.Format(ValidUntil.Value)}.");
        }

        return null;
    }

    public JsonObject ToJsonObject() => new()
    {
        ["vkey"] = Key.ToString(),
        ["validFrom"] = CanonicalInstant.Format(ValidFrom),
        ["validUntil"] = ValidUntil is { } until ? CanonicalInstant.Format(until) : null,
        ["revokedAt"] = RevokedAt is { } revoked ? CanonicalInstant.Format(revoked) : null,
    };

    internal static TrustedNoteKey FromJson(JsonObject json)
    {
        LedgerJson.AllowOnly(json, What, "vkey", "validFrom", "validUntil", "revokedAt");
        try
        {
            return new TrustedNoteKey(
                NoteVerifierKey.Parse(LedgerJson.String(json, "vkey", What)),
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
