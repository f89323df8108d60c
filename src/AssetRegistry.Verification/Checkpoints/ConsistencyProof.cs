using System.Text.Json.Nodes;
using AssetRegistry.Verification.Merkle;

namespace AssetRegistry.Verification.Checkpoints;

/// <summary>The consistency proof file: <c>{"from": m, "to": n, "proof": [base64, …]}</c>, RFC 9162 §2.1.4.1's PROOF(m, D[n]).</summary>
public sealed class ConsistencyProof
{
    private const string What = "consistency proof";

    public ConsistencyProof(long from, long to, IReadOnlyList<byte[]> proof)
    {
        ArgumentNullException.ThrowIfNull(proof);
        From = from;
        To = to;
        Proof = proof.Select(p => (byte[])p.Clone()).ToList();
    }

    public long From { get; }

    public long To { get; }

    public IReadOnlyList<byte[]> Proof { get; }

    /// <summary>The proof that <paramref name="tree"/> extends its first <paramref name="olderSize"/> leaves.</summary>
    public static ConsistencyProof Between(long olderSize, MerkleTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return new ConsistencyProof(olderSize, tree.Size, tree.ConsistencyProof(olderSize));
    }

    public static ConsistencyProof Parse(string json) => FromJson(LedgerJson.ParseObject(json, What));

    /// <summary>A proof file's bytes, read strictly (docs/ledger.md §2): UTF-8, no byte order mark.</summary>
    public static ConsistencyProof Parse(ReadOnlySpan<byte> utf8) => FromJson(LedgerJson.ParseObject(utf8, What));

    private static ConsistencyProof FromJson(JsonObject root)
    {
        LedgerJson.AllowOnly(root, What, "from", "to", "proof");
        return new ConsistencyProof(
            LedgerJson.SafeInteger(root, "from", What),
            LedgerJson.SafeInteger(root, "to", What),
            LedgerJson.Base64Array(root, "proof", What));
    }

    public string ToJson() => LedgerJson.ToIndentedJson(new JsonObject
    {
        ["from"] = From,
        ["to"] = To,
        ["proof"] = LedgerJson.Base64Array(Proof),
    });
}
