using System.Security.Cryptography;
using AssetRegistry.Verification.Merkle;

namespace AssetRegistry.Verification.Tests.Merkle;

/// <summary>The tree-size-0 choices of docs/ledger.md §4.4.</summary>
public class EmptyTreeTests
{
    [Fact]
    public void the_root_of_the_empty_tree_is_the_hash_of_the_empty_string()
    {
        Assert.Equal(SHA256.HashData([]), new MerkleTree(MerkleHasher.Sha256, []).RootHash());
        Assert.Equal(SHA256.HashData([]), new MerkleFrontier(MerkleHasher.Sha256).RootHash());
    }

    [Fact]
    public void no_inclusion_proof_verifies_against_the_empty_tree()
    {
        var emptyRoot = MerkleHasher.Sha256.EmptyRoot();

        var outcome = InclusionProofVerifier.Verify(MerkleHasher.Sha256, 0, 0, emptyRoot, [], emptyRoot);

        Assert.False(outcome.IsValid);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(8)]
    public void no_consistency_proof_starts_from_the_empty_tree(long size2)
    {
        var emptyRoot = MerkleHasher.Sha256.EmptyRoot();

        var outcome = ConsistencyProofVerifier.Verify(MerkleHasher.Sha256, 0, size2, [], emptyRoot, emptyRoot);

        Assert.False(outcome.IsValid);
        Assert.Contains("empty tree", outcome.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void no_consistency_proof_is_generated_from_the_empty_tree()
    {
        var tree = new MerkleTree(MerkleHasher.Sha256, [MerkleHasher.Sha256.LeafHash([1])]);

        Assert.Throws<ArgumentOutOfRangeException>(() => tree.ConsistencyProof(0));
    }
}
