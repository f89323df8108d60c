using AssetRegistry.Verification.Merkle;

namespace AssetRegistry.Verification.Tests.Merkle;

public class ConsistencyProofVectorTests
{
    public static TheoryData<string> Vectors() => Rfc9162Vectors.Files("consistency");

    public static TheoryData<string> HappyPaths() => Rfc9162Vectors.HappyPaths("consistency");

    [Theory]
    [MemberData(nameof(Vectors))]
    public void every_published_consistency_vector_verifies_or_fails_as_published(string path)
    {
        var vector = Rfc9162Vectors.Read(path);

        var outcome = ConsistencyProofVerifier.Verify(
            MerkleHasher.Sha256,
            vector.GetProperty("size1").GetInt64(),
            vector.GetProperty("size2").GetInt64(),
            Rfc9162Vectors.Proof(vector),
            Rfc9162Vectors.Bytes(vector, "root1"),
            Rfc9162Vectors.Bytes(vector, "root2"));

        Assert.Equal(!vector.GetProperty("wantErr").GetBoolean(), outcome.IsValid);
    }

    [Theory]
    [MemberData(nameof(HappyPaths))]
    public void every_published_happy_path_is_the_proof_we_generate(string path)
    {
        var vector = Rfc9162Vectors.Read(path);

        var leaves = Rfc9162Vectors.Leaves.Take(vector.GetProperty("size2").GetInt32()).Select(l => MerkleHasher.Sha256.LeafHash(l)).ToList();
        var tree = new MerkleTree(MerkleHasher.Sha256, leaves);

        Assert.Equal(Rfc9162Vectors.Bytes(vector, "root2"), tree.RootHash());
        Assert.Equal(Rfc9162Vectors.Proof(vector), tree.ConsistencyProof(vector.GetProperty("size1").GetInt64()));
    }
}
