using System.Text.Json.Nodes;
using AssetRegistry.Verification.Canonical;

namespace AssetRegistry.Verification.Checkpoints;

/// <summary>
/// What the registry attests at one moment: "the ledger <see cref="Registry"/> had <see cref="TreeSize"/>
/// leaves with root <see cref="RootHash"/> at <see cref="IssuedAt"/>", and which key and profile sign it.
/// This is the signed body; <see cref="SignedCheckpoint"/> adds the signature.
/// </summary>
public sealed class Checkpoint
{
    internal const string What = "checkpoint";

    private readonly byte[] rootHash;

    public Checkpoint(string registry, long treeSize, ReadOnlySpan<byte> rootHash, DateTimeOffset issuedAt, string keyId, string algorithm)
    {
        ArgumentException.ThrowIfNullOrEmpty(registry);
        ArgumentException.ThrowIfNullOrEmpty(keyId);
        ArgumentException.ThrowIfNullOrEmpty(algorithm);
        ArgumentOutOfRangeException.ThrowIfNegative(treeSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(treeSize, LedgerJson.MaxSafeInteger);
        Registry = registry;
        TreeSize = treeSize;
        this.rootHash = rootHash.ToArray();

        // Kept as it will be written, so that the object and its JSON always say the same thing.
        IssuedAt = CanonicalInstant.Truncate(issuedAt);
        KeyId = keyId;
        Algorithm = algorithm;
    }

    /// <summary>Which ledger: the registry's stable name, so a checkpoint of one ledger is not taken for another's.</summary>
    public string Registry { get; }

    public long TreeSize { get; }

    public ReadOnlySpan<byte> RootHash => rootHash;

    /// <summary>UTC, whole microseconds; the instant the key's validity and revocation are judged at.</summary>
    public DateTimeOffset IssuedAt { get; }

    public string KeyId { get; }

    /// <summary>The profile's name, e.g. <c>ECDSA-P256-SHA256</c> or <c>SM2-SM3</c>.</summary>
    public string Algorithm { get; }

    /// <summary>The six members, as they appear in the signed checkpoint less its <c>signature</c>.</summary>
    public JsonObject ToJsonObject() => new()
    {
        ["registry"] = Registry,
        ["treeSize"] = TreeSize,
        ["rootHash"] = StrictBase64.Encode(rootHash),
        ["issuedAt"] = CanonicalInstant.Format(IssuedAt),
        ["keyId"] = KeyId,
        ["algorithm"] = Algorithm,
    };

    /// <summary>The bytes that are signed: the RFC 8785 canonical form of <see cref="ToJsonObject"/>.</summary>
    public byte[] SigningInput() => JsonCanonicalizer.Canonicalize(ToJsonObject());

    internal static Checkpoint FromJson(JsonObject json)
    {
        var registry = LedgerJson.String(json, "registry", What);
        var treeSize = LedgerJson.SafeInteger(json, "treeSize", What);
        var rootHash = LedgerJson.Base64(json, "rootHash", What);
        var issuedAt = LedgerJson.Instant(json, "issuedAt", What);
        var keyId = LedgerJson.KeyId(json, "keyId", What);
        var algorithm = LedgerJson.String(json, "algorithm", What);
        try
        {
            return new Checkpoint(registry, treeSize, rootHash, issuedAt, keyId, algorithm);
        }
        catch (ArgumentException e)
        {
            // A document, unlike a caller, gets a format error: an empty "registry" is a malformed checkpoint, not a bug.
            throw new LedgerFormatException($"The {What}'s \"{e.ParamName}\" is not acceptable: {e.Message}", e);
        }
    }
}
