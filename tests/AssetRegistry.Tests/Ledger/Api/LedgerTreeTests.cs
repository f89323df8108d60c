using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using AssetRegistry.Ledger.Api;
using AssetRegistry.Verification.Merkle;

namespace AssetRegistry.Tests.Ledger.Api;

/// <summary>The cached tree gives exactly the library's proofs, whatever the block size, and reads only what it needs.</summary>
public sealed class LedgerTreeTests
{
    private static readonly MerkleHasher Hasher = MerkleHasher.Sha256;

    private static List<byte[]> Leaves(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Hasher.LeafHash(BitConverter.GetBytes(i)))];

    private sealed class CountingSource(List<byte[]> leaves)
    {
        private long read;

        public long Read => Interlocked.Read(ref read);

        public async IAsyncEnumerable<byte[]> ReadAsync(long from, long to, [EnumeratorCancellation] CancellationToken cancellation)
        {
            await Task.Yield();
            for (var i = from; i < to && i < leaves.Count; i++)
            {
                cancellation.ThrowIfCancellationRequested();
                Interlocked.Increment(ref read);
                yield return leaves[(int)i];
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(8)]
    [InlineData(1024)]
    public async Task inclusion_proofs_and_roots_are_the_libraries_for_every_size_and_index(int blockSize)
    {
        var leaves = Leaves(70);
        var tree = new LedgerTree(Hasher, new CountingSource(leaves).ReadAsync, blockSize);
        for (var size = 1; size <= leaves.Count; size++)
        {
            var expected = new MerkleTree(Hasher, leaves.Take(size).ToList());
            Assert.Equal(expected.RootHash(), await tree.RootHashAsync(size, CancellationToken.None));
            for (var index = 0; index < size; index++)
            {
                Assert.Equal(expected.InclusionProof(index), await tree.InclusionProofAsync(index, size, CancellationToken.None));
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(16)]
    public async Task consistency_proofs_are_the_libraries_for_every_pair_of_sizes(int blockSize)
    {
        var leaves = Leaves(50);
        var tree = new LedgerTree(Hasher, new CountingSource(leaves).ReadAsync, blockSize);
        for (var size = 1; size <= leaves.Count; size++)
        {
            var expected = new MerkleTree(Hasher, leaves.Take(size).ToList());
            for (var older = 1; older <= size; older++)
            {
                Assert.Equal(expected.ConsistencyProof(older), await tree.ConsistencyProofAsync(older, size, CancellationToken.None));
            }
        }
    }

    [Fact]
    public async Task once_the_blocks_are_cached_a_proof_reads_at_most_two_blocks_of_leaves()
    {
        var leaves = Leaves(5000);
        var source = new CountingSource(leaves);
        var tree = new LedgerTree(Hasher, source.ReadAsync, blockSize: 64);
        var expected = new MerkleTree(Hasher, leaves);

        Assert.Equal(expected.InclusionProof(4321), await tree.InclusionProofAsync(4321, leaves.Count, CancellationToken.None));
        Assert.Equal(5000 / 64, tree.CachedBlocks);

        var before = source.Read;
        Assert.Equal(expected.InclusionProof(17), await tree.InclusionProofAsync(17, leaves.Count, CancellationToken.None));
        Assert.Equal(expected.ConsistencyProof(1234), await tree.ConsistencyProofAsync(1234, leaves.Count, CancellationToken.None));
        Assert.True(source.Read - before <= 4 * 64, $"read {source.Read - before} leaves for two proofs");
    }

    [Fact]
    public async Task a_forgotten_cache_is_rebuilt_and_gives_the_same_proofs()
    {
        var leaves = Leaves(300);
        var tree = new LedgerTree(Hasher, new CountingSource(leaves).ReadAsync, blockSize: 16);
        var first = await tree.InclusionProofAsync(123, 300, CancellationToken.None);

        tree.Forget();

        Assert.Equal(0, tree.CachedBlocks);
        Assert.Equal(first, await tree.InclusionProofAsync(123, 300, CancellationToken.None));
    }

    [Fact]
    public async Task concurrent_proofs_share_one_filling_of_the_cache()
    {
        var leaves = Leaves(4096);
        var source = new CountingSource(leaves);
        var tree = new LedgerTree(Hasher, source.ReadAsync, blockSize: 256);
        var expected = new MerkleTree(Hasher, leaves);

        var proofs = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => tree.InclusionProofAsync(i * 500, leaves.Count, CancellationToken.None)));

        for (var i = 0; i < 8; i++)
        {
            Assert.Equal(expected.InclusionProof(i * 500), proofs[i]);
        }

        // Each full block once for the cache, plus the leaves' own blocks.
        Assert.True(source.Read <= leaves.Count + 8 * 256, $"read {source.Read} leaves");
    }

    [Fact]
    public async Task a_ledger_missing_leaves_is_an_error_not_a_shorter_proof()
    {
        var leaves = Leaves(100);
        var tree = new LedgerTree(Hasher, new CountingSource(leaves).ReadAsync, blockSize: 8);

        await Assert.ThrowsAsync<InvalidOperationException>(() => tree.InclusionProofAsync(3, 120, CancellationToken.None));
    }

    [Fact]
    public void the_block_size_is_a_power_of_two() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new LedgerTree(Hasher, new CountingSource([RandomNumberGenerator.GetBytes(32)]).ReadAsync, 24));
}
