using System.Text.Json.Nodes;
using AssetRegistry.Verification.Bundles;
using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Crypto;
using AssetRegistry.Verification.Merkle;

namespace AssetRegistry.Verification.Tests.Support;

/// <summary>A small ledger of certificates signed the way the service will sign it.</summary>
internal sealed class TestLedger
{
    public const string Registry = "asset-registry-test";

    private readonly List<byte[]> leafHashes = [];
    private readonly CheckpointSigner signer;

    public TestLedger(SigningKey key, int size)
    {
        Key = key;
        Hasher = new MerkleHasher(key.Profile.Hash);
        signer = new CheckpointSigner(key, Registry);
        for (var i = 0; i < size; i++)
        {
            var certificate = Certificate(i);
            Certificates.Add(certificate);
            leafHashes.Add(CertificateLeaf.Hash(Hasher, certificate));
        }
    }

    public SigningKey Key { get; }

    public MerkleHasher Hasher { get; }

    public List<JsonObject> Certificates { get; } = [];

    public IReadOnlyList<byte[]> LeafHashes => leafHashes;

    public static JsonObject Certificate(int i) => new()
    {
        ["certificateNumber"] = $"DAR-2026-{i:D6}",
        ["assetName"] = $"城市交通流量数据集 第{i}期",
        ["holder"] = new JsonObject { ["name"] = "上海数据交易所有限公司", ["creditCode"] = "91310000MA1FL3L9X2" },
        ["registeredAt"] = "2026-03-01T08:30:00.000000Z",
        ["recordCount"] = 1_000_000 + i,
        ["valuation"] = "1234567.89",
    };

    public SignedCheckpoint Checkpoint(long treeSize, DateTimeOffset issuedAt) =>
        signer.Sign(treeSize, new MerkleTree(Hasher, leafHashes.Take((int)treeSize).ToList()).RootHash(), issuedAt);

    public SignedCheckpoint Checkpoint(DateTimeOffset issuedAt) => Checkpoint(leafHashes.Count, issuedAt);

    public CertificateBundle Bundle(int leafIndex, SignedCheckpoint checkpoint) =>
        BundleBuilder.Build(Certificates[leafIndex], leafIndex, checkpoint, i => leafHashes[(int)i]);
}
