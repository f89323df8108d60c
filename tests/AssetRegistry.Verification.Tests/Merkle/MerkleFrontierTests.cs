using AssetRegistry.Verification.Merkle;

namespace AssetRegistry.Verification.Tests.Merkle;

public class MerkleFrontierTests
{
    private static byte[] Leaf(long i) => MerkleHasher.Sha256.LeafHash(BitConverter.GetBytes(i));

    [Fact]
    public void the_frontier_root_equals_the_tree_root_after_every_append()
    {
        var frontier = new MerkleFrontier(MerkleHasher.Sha256);
        for (var size = 1; size <= 70; size++)
        {
            frontier.Append(Leaf(size - 1));
            Assert.Equal(new MerkleTree(MerkleHasher.Sha256, size, Leaf).RootHash(), frontier.RootHash());
        }
    }

    [Fact]
    public void a_frontier_keeps_one_subtree_root_per_set_bit_of_its_size()
    {
        var frontier = new MerkleFrontier(MerkleHasher.Sha256);
        for (var i = 0; i < 13; i++)
        {
            frontier.Append(Leaf(i));
        }

        Assert.Equal(3, frontier.SubtreeRoots.Count);
        Assert.Equal(new MerkleTree(MerkleHasher.Sha256, 8, Leaf).RootHash(), frontier.SubtreeRoots[0]);
    }

    [Fact]
    public void a_frontier_resumed_from_its_saved_state_goes_on_as_if_never_stopped()
    {
        var frontier = new MerkleFrontier(MerkleHasher.Sha256);
        for (var i = 0; i < 11; i++)
        {
            frontier.Append(Leaf(i));
        }

        var resumed = new MerkleFrontier(MerkleHasher.Sha256, frontier.Size, frontier.SubtreeRoots);
        for (var i = 11; i < 20; i++)
        {
            frontier.Append(Leaf(i));
            resumed.Append(Leaf(i));
        }

        Assert.Equal(frontier.RootHash(), resumed.RootHash());
        Assert.Equal(new MerkleTree(MerkleHasher.Sha256, 20, Leaf).RootHash(), resumed.RootHash());
    }

    [Fact]
    public void a_saved_state_with_the_wrong_number_of_roots_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new MerkleFrontier(MerkleHasher.Sha256, 3, [Leaf(0)]));
    }

    [Fact]
    public void a_million_leaf_ledger_is_appended_and_proven()
    {
        const long size = 1_000_000;
        var leaves = new byte[size][];
        for (var i = 0; i < size; i++)
        {
            leaves[i] = Leaf(i);
        }

        // How fast is the benchmark's question (docs/performance.md), not a test's: a loaded machine would fail it.
        var frontier = new MerkleFrontier(MerkleHasher.Sha256);
        foreach (var leaf in leaves)
        {
            frontier.Append(leaf);
        }

        var root = frontier.RootHash();
        var tree = new MerkleTree(MerkleHasher.Sha256, size, i => leaves[i]);
        var proof = tree.InclusionProof(765_432);
        var consistency = tree.ConsistencyProof(999_000);

        Assert.True(InclusionProofVerifier.Verify(MerkleHasher.Sha256, 765_432, size, leaves[765_432], proof, root).IsValid);
        Assert.Equal(20, proof.Count);
        Assert.True(ConsistencyProofVerifier.Verify(MerkleHasher.Sha256, 999_000, size, consistency, new MerkleTree(MerkleHasher.Sha256, 999_000, i => leaves[i]).RootHash(), root).IsValid);
    }
}
