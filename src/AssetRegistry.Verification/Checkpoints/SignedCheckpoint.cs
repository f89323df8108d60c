using System.Text.Json.Nodes;
using AssetRegistry.Verification.Canonical;

namespace AssetRegistry.Verification.Checkpoints;

/// <summary>A <see cref="Checkpoint"/> with its DER signature, as published and as carried in bundles.</summary>
public sealed class SignedCheckpoint
{
    private readonly byte[] signature;

    public SignedCheckpoint(Checkpoint body, ReadOnlySpan<byte> signature)
    {
        ArgumentNullException.ThrowIfNull(body);
        Body = body;
        this.signature = signature.ToArray();
    }

    public Checkpoint Body { get; }

    /// <summary>The DER signature over <see cref="Checkpoint.SigningInput"/>.</summary>
    public ReadOnlySpan<byte> Signature => signature;

    /// <summary>
    /// Reads a checkpoint strictly: exactly the seven members, each in its one spelling. The signature is
    /// then checked over the canonical form rebuilt from these values, which equals the canonical form of
    /// the object as received less <c>signature</c>, since nothing else could have been in it.
    /// </summary>
    public static SignedCheckpoint Parse(string json) => FromJson(LedgerJson.ParseObject(json, Checkpoint.What));

    /// <summary>A checkpoint file's bytes, read strictly (docs/ledger.md §2): UTF-8, no byte order mark.</summary>
    /// <exception cref="LedgerFormatException">Not a checkpoint in the format of docs/ledger.md §6.</exception>
    public static SignedCheckpoint Parse(ReadOnlySpan<byte> utf8) => FromJson(LedgerJson.ParseObject(utf8, Checkpoint.What));

    public JsonObject ToJsonObject()
    {
        var json = Body.ToJsonObject();
        json["signature"] = StrictBase64.Encode(signature);
        return json;
    }

    public string ToJson() => LedgerJson.ToIndentedJson(ToJsonObject());

    internal static SignedCheckpoint FromJson(JsonObject json)
    {
        LedgerJson.AllowOnly(json, Checkpoint.What, "registry", "treeSize", "rootHash", "issuedAt", "keyId", "algorithm", "signature");
        return new SignedCheckpoint(Checkpoint.FromJson(json), LedgerJson.Base64(json, "signature", Checkpoint.What));
    }
}
