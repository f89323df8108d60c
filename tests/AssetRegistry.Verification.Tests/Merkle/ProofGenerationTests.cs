using AssetRegistry.Verification.Merkle;

namespace AssetRegistry.Verification.Tests.Merkle;

public class ProofGenerationTests
{
    private const int MaxSize = 33;

    private static readonly List<byte[]> LeafHashes =
        Enumerable.Range(0, MaxSize).Select(i => MerkleHasher.Sha256.LeafHash(BitConverter.GetBytes(i))).ToList();

    private static MerkleTree Tree(int size) => new(MerkleHasher.Sha256, LeafHashes.Take(size).ToList());

    [Fact]
    public void every_generated_inclusion_proof_verifies_for_every_leaf_of_every_size()
    {
        for (var size = 1; size <= MaxSize; size++)
        {
            var tree = Tree(size);
            var root = tree.RootHash();
            for (var index = 0; index < size; index++)
            {
                var outcome = InclusionProofVerifier.Verify(MerkleHasher.Sha256, index, size, LeafHashes[index], tree.InclusionProof(index), root);
                Assert.True(outcome.IsValid, $"leaf {index} of {size}: {outcome.Failure}");
            }
        }
    }

    [Fact]
    public void every_generated_consistency_proof_verifies_for_every_pair_of_sizes()
    {
        for (var size2 = 1; size2 <= MaxSize; size2++)
        {
            var tree = Tree(size2);
            for (var size1 = 1; size1 <= size2; size1++)
            {
                var outcome = ConsistencyProofVerifier.Verify(MerkleHasher.Sha256, size1, size2, tree.ConsistencyProof(size1), Tree(size1).RootHash(), tree.RootHash());
                Assert.True(outcome.IsValid, $"{size1} → {size2}: {outcome.Failure}");
            }
        }
    }

    [Fact]
    public void an_inclusion_proof_for_another_tree_size_fails()
    {
        var proofInFive = Tree(5).InclusionProof(2);

        var outcome = InclusionProofVerifier.Verify(MerkleHasher.Sha256, 2, 8, LeafHashes[2], proofInFive, Tree(8).RootHash());

        Assert.False(outcome.IsValid);
    }

    [Fact]
    public void an_inclusion_proof_for_another_leaf_fails()
    {
        var tree = Tree(8);

        var outcome = InclusionProofVerifier.Verify(MerkleHasher.Sha256, 3, 8, LeafHashes[3], tree.InclusionProof(2), tree.RootHash());

        Assert.False(outcome.IsValid);
    }

    [Fact]
    public void a_consistency_proof_between_trees_that_diverge_fails()
    {
        var forked = LeafHashes.Take(8).ToList();
        forked[2] = MerkleHasher.Sha256.LeafHash("rewritten"u8);
        var forkedTree = new MerkleTree(MerkleHasher.Sha256, forked);

        var outcome = ConsistencyProofVerifier.Verify(MerkleHasher.Sha256, 5, 8, forkedTree.ConsistencyProof(5), Tree(5).RootHash(), forkedTree.RootHash());

        Assert.False(outcome.IsValid);
    }

    [Fact]
    public void a_tree_read_through_a_function_equals_the_same_tree_from_a_list()
    {
        var fromFunction = new MerkleTree(MerkleHasher.Sha256, 21, i => LeafHashes[(int)i]);

        Assert.Equal(Tree(21).RootHash(), fromFunction.RootHash());
        Assert.Equal(Tree(21).InclusionProof(13), fromFunction.InclusionProof(13));
    }

    [Fact]
    public void an_sm3_tree_hashes_with_sm3_throughout()
    {
        var sm3Leaves = Enumerable.Range(0, 5).Select(i => MerkleHasher.Sm3.LeafHash([(byte)i])).ToList();
        var tree = new MerkleTree(MerkleHasher.Sm3, sm3Leaves);
        var expectedRoot = MerkleHasher.Sm3.NodeHash(
            MerkleHasher.Sm3.NodeHash(MerkleHasher.Sm3.NodeHash(sm3Leaves[0], sm3Leaves[1]), MerkleHasher.Sm3.NodeHash(sm3Leaves[2], sm3Leaves[3])),
            sm3Leaves[4]);

        Assert.Equal(expectedRoot, tree.RootHash());
        Assert.True(InclusionProofVerifier.Verify(MerkleHasher.Sm3, 4, 5, sm3Leaves[4], tree.InclusionProof(4), expectedRoot).IsValid);
        Assert.False(InclusionProofVerifier.Verify(MerkleHasher.Sha256, 4, 5, sm3Leaves[4], tree.InclusionProof(4), expectedRoot).IsValid);
    }
}
