using System.Text.Json.Nodes;
using AssetRegistry.Verification.Checkpoints;

namespace AssetRegistry.Verification.Bundles;

/// <summary>
/// Everything a bank or court needs to check a certificate offline, save the trusted keys: the
/// certificate, where it sits in the ledger, the path from it to a root, and the signed checkpoint of that root.
/// </summary>
public sealed class CertificateBundle
{
    private const string What = "bundle";

    private readonly JsonObject certificate;

    public CertificateBundle(JsonObject certificate, long leafIndex, IReadOnlyList<byte[]> inclusionProof, SignedCheckpoint checkpoint)
        : this(certificate, leafIndex, inclusionProof, checkpoint, copy: true)
    {
    }

    private CertificateBundle(JsonObject certificate, long leafIndex, IReadOnlyList<byte[]> inclusionProof, SignedCheckpoint checkpoint, bool copy)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(inclusionProof);
        ArgumentNullException.ThrowIfNull(checkpoint);

        // Copies keep the caller's objects out of the bundle; what Parse has just made, no one else holds.
        this.certificate = copy ? (JsonObject)certificate.DeepClone() : certificate;
        LeafIndex = leafIndex;
        InclusionProof = copy ? inclusionProof.Select(p => (byte[])p.Clone()).ToList() : inclusionProof;
        Checkpoint = checkpoint;
    }

    /// <summary>A copy of the certificate, free to change without touching the bundle.</summary>
    public JsonObject Certificate => (JsonObject)certificate.DeepClone();

    public long LeafIndex { get; }

    /// <summary>RFC 9162 §2.1.3.1's PATH(leafIndex, D[treeSize]) for the checkpoint's tree size.</summary>
    public IReadOnlyList<byte[]> InclusionProof { get; }

    public SignedCheckpoint Checkpoint { get; }

    /// <exception cref="LedgerFormatException">Not a bundle in the format of docs/ledger.md §7.</exception>
    public static CertificateBundle Parse(string json) => FromJson(LedgerJson.ParseObject(json, What));

    /// <summary>A bundle file's bytes, read strictly (docs/ledger.md §2): UTF-8, no byte order mark.</summary>
    /// <exception cref="LedgerFormatException">Not a bundle in the format of docs/ledger.md §7.</exception>
    public static CertificateBundle Parse(ReadOnlySpan<byte> utf8) => FromJson(LedgerJson.ParseObject(utf8, What));

    private static CertificateBundle FromJson(JsonObject root)
    {
        LedgerJson.AllowOnly(root, What, "certificate", "leafIndex", "inclusionProof", "checkpoint");
        return new CertificateBundle(
            LedgerJson.Object(root, "certificate", What),
            LedgerJson.SafeInteger(root, "leafIndex", What),
            LedgerJson.Base64Array(root, "inclusionProof", What),
            SignedCheckpoint.FromJson(LedgerJson.Object(root, "checkpoint", What)),
            copy: false);
    }

    public JsonObject ToJsonObject() => new()
    {
        ["certificate"] = Certificate,
        ["leafIndex"] = LeafIndex,
        ["inclusionProof"] = LedgerJson.Base64Array(InclusionProof),
        ["checkpoint"] = Checkpoint.ToJsonObject(),
    };

    public string ToJson() => LedgerJson.ToIndentedJson(ToJsonObject());
}
