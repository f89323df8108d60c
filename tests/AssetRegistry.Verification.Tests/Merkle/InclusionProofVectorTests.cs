using AssetRegistry.Verification.Bundles;
using AssetRegistry.Verification.Merkle;

namespace AssetRegistry.Verification.Tests.Merkle;

public class InclusionProofVectorTests
{
    public static TheoryData<string> Vectors() => Rfc9162Vectors.Files("inclusion");

    public static TheoryData<string> HappyPaths() => Rfc9162Vectors.HappyPaths("inclusion");

    [Theory]
    [MemberData(nameof(Vectors))]
    public void every_published_inclusion_vector_verifies_or_fails_as_published(string path)
    {
        var vector = Rfc9162Vectors.Read(path);
        if (!vector.GetProperty("leafIdx").TryGetInt64(out var leafIndex))
        {
            // The "leafIdx-sub-@1" cases wrap 0 - 1 around to 2^64 - 1. Our documents carry indexes up to
            // 2^53 - 1 and refuse larger ones before any proof is checked, so such a proof fails there.
            Assert.True(vector.GetProperty("wantErr").GetBoolean());
            var bundle = "{\"certificate\":{},\"leafIndex\":" + vector.GetProperty("leafIdx").GetRawText() + ",\"inclusionProof\":[],\"checkpoint\":{}}";
            var error = Assert.Throws<LedgerFormatException>(() => CertificateBundle.Parse(bundle));
            Assert.Contains("leafIndex", error.Message, StringComparison.Ordinal);
            return;
        }

        var outcome = InclusionProofVerifier.Verify(
            MerkleHasher.Sha256,
            leafIndex,
            vector.GetProperty("treeSize").GetInt64(),
            Rfc9162Vectors.Bytes(vector, "leafHash"),
            Rfc9162Vectors.Proof(vector),
            Rfc9162Vectors.Bytes(vector, "root"));

        Assert.Equal(!vector.GetProperty("wantErr").GetBoolean(), outcome.IsValid);
    }

    [Theory]
    [MemberData(nameof(HappyPaths))]
    public void every_published_happy_path_is_the_proof_we_generate(string path)
    {
        var vector = Rfc9162Vectors.Read(path);

        var leaves = Rfc9162Vectors.Leaves.Take(vector.GetProperty("treeSize").GetInt32()).Select(l => MerkleHasher.Sha256.LeafHash(l)).ToList();
        var tree = new MerkleTree(MerkleHasher.Sha256, leaves);

        Assert.Equal(Rfc9162Vectors.Bytes(vector, "root"), tree.RootHash());
        Assert.Equal(Rfc9162Vectors.Proof(vector), tree.InclusionProof(vector.GetProperty("leafIdx").GetInt64()));
    }
}
