using AssetRegistry.Verification.Merkle;

namespace AssetRegistry.Ledger.Api;

/// <summary>
/// The ledger's Merkle tree for proofs, with the roots of its full blocks of <see cref="BlockSize"/> leaves kept
/// in memory. RFC 9162 §2.1 computes every proof from subtree roots; the library's <see cref="MerkleTree"/>
/// recomputes them from all <c>n</c> leaf hashes on each call. Here a subtree of at least one block is built
/// from cached block roots (the ledger is append-only, so a full block's root never changes) plus the leaves of
/// at most one partial block; smaller subtrees lie inside one block and are built from its leaves. A proof then
/// reads at most two blocks of leaf hashes (the leaf's and the tree's last, partial one) and costs about
/// <c>2n / BlockSize</c> node hashes; the first proof after a start reads each full block once to fill the cache
/// (32 bytes a leaf, streamed; the cache keeps 32 bytes a block).
/// </summary>
/// <remarks>
/// The proofs are exactly <see cref="MerkleTree.InclusionProof"/> and <see cref="MerkleTree.ConsistencyProof"/>
/// (LedgerTreeTests compares them for every size and index up to a bound), and the endpoints check every proof
/// they serve with the library's verifiers against the signed root before answering.
/// </remarks>
public sealed class LedgerTree
{
    public const int DefaultBlockSize = 1024;

    private readonly MerkleHasher hasher;
    private readonly LeafSource leaves;
    private readonly List<byte[]> blockRoots = [];
    private readonly Lock gate = new();
    private Task? filling;

    /// <summary>Reads the leaf hashes of <c>[from, to)</c> in index order, all of them, or throws.</summary>
    public delegate IAsyncEnumerable<byte[]> LeafSource(long from, long to, CancellationToken cancellation);

    public LedgerTree(MerkleHasher hasher, LeafSource leaves, int blockSize = DefaultBlockSize)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        ArgumentNullException.ThrowIfNull(leaves);
        if (blockSize < 1 || (blockSize & (blockSize - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(blockSize), blockSize, "The block size is a power of two.");
        }

        this.hasher = hasher;
        this.leaves = leaves;
        BlockSize = blockSize;
    }

    public MerkleHasher Hasher => hasher;

    public int BlockSize { get; }

    /// <summary>How many block roots are cached (blocks 0 .. count − 1).</summary>
    public int CachedBlocks
    {
        get
        {
            lock (gate)
            {
                return blockRoots.Count;
            }
        }
    }

    /// <summary>Drops the cache, e.g. when a proof built from it does not lead to a signed root.</summary>
    public void Forget()
    {
        lock (gate)
        {
            blockRoots.Clear();
        }
    }

    /// <summary>MTH(D[treeSize]).</summary>
    public async Task<byte[]> RootHashAsync(long treeSize, CancellationToken cancellation)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(treeSize);
        return treeSize == 0 ? hasher.EmptyRoot() : await new Computation(this, treeSize, cancellation).SubtreeRootAsync(0, treeSize);
    }

    /// <summary>PATH(leafIndex, D[treeSize]), RFC 9162 §2.1.3.1.</summary>
    public async Task<IReadOnlyList<byte[]>> InclusionProofAsync(long leafIndex, long treeSize, CancellationToken cancellation)
    {
        if (leafIndex < 0 || leafIndex >= treeSize)
        {
            throw new ArgumentOutOfRangeException(nameof(leafIndex), leafIndex, $"A tree of size {treeSize} has no leaf {leafIndex}.");
        }

        var path = new List<byte[]>();
        await new Computation(this, treeSize, cancellation).AppendPathAsync(leafIndex, 0, treeSize, path);
        return path;
    }

    /// <summary>PROOF(olderSize, D[treeSize]), RFC 9162 §2.1.4.1; <paramref name="olderSize"/> from 1 (docs/ledger.md §4.4).</summary>
    public async Task<IReadOnlyList<byte[]>> ConsistencyProofAsync(long olderSize, long treeSize, CancellationToken cancellation)
    {
        if (olderSize <= 0 || olderSize > treeSize)
        {
            throw new ArgumentOutOfRangeException(nameof(olderSize), olderSize, $"A consistency proof of a tree of size {treeSize} starts from a size in 1..{treeSize}.");
        }

        var proof = new List<byte[]>();
        await new Computation(this, treeSize, cancellation).AppendSubproofAsync(olderSize, 0, treeSize, completeSubtree: true, proof);
        return proof;
    }

    /// <summary>The roots of blocks <c>[first, first + count)</c>, all full, filling the cache as far as needed.</summary>
    private async Task<byte[][]> BlockRootsAsync(long first, long count, CancellationToken cancellation)
    {
        var needed = checked((int)(first + count));
        while (true)
        {
            Task running;
            lock (gate)
            {
                if (blockRoots.Count >= needed)
                {
                    return [.. blockRoots.GetRange(checked((int)first), checked((int)count))];
                }

                // One fill at a time, shared by every proof waiting on it and not cancelled by any one of them.
                if (filling is null || filling.IsCompleted)
                {
                    var from = blockRoots.Count;
                    filling = Task.Run(() => FillAsync(from, needed), CancellationToken.None);
                }

                running = filling;
            }

            await running.WaitAsync(cancellation);
        }
    }

    /// <summary>One streamed read of every block not yet cached up to <paramref name="needed"/>: usually the few that filled since the last proof.</summary>
    private async Task FillAsync(int from, int needed)
    {
        var frontier = new MerkleFrontier(hasher);
        var computed = new List<byte[]>();
        await foreach (var leaf in leaves((long)from * BlockSize, (long)needed * BlockSize, CancellationToken.None))
        {
            frontier.Append(leaf);
            if (frontier.Size == BlockSize)
            {
                computed.Add(frontier.RootHash());
                frontier = new MerkleFrontier(hasher);
            }
        }

        if (computed.Count != needed - from || frontier.Size != 0)
        {
            throw new InvalidOperationException($"The ledger returned {computed.Count * (long)BlockSize + frontier.Size} leaves where the {needed - from} full blocks from block {from} were asked for.");
        }

        lock (gate)
        {
            // Forget() may have run meanwhile: only a contiguous prefix is ever kept.
            if (blockRoots.Count == from)
            {
                blockRoots.AddRange(computed);
            }
        }
    }

    /// <summary>One proof's work: the leaves of the (at most few) blocks it looks inside, read once.</summary>
    private sealed class Computation(LedgerTree tree, long treeSize, CancellationToken cancellation)
    {
        private readonly Dictionary<long, byte[][]> blockLeaves = [];

        public async Task AppendPathAsync(long leafIndex, long start, long end, List<byte[]> path)
        {
            if (end - start == 1)
            {
                return;
            }

            var k = LargestPowerOfTwoBelow(end - start);
            if (leafIndex - start < k)
            {
                await AppendPathAsync(leafIndex, start, start + k, path);
                path.Add(await SubtreeRootAsync(start + k, end));
            }
            else
            {
                await AppendPathAsync(leafIndex, start + k, end, path);
                path.Add(await SubtreeRootAsync(start, start + k));
            }
        }

        public async Task AppendSubproofAsync(long m, long start, long end, bool completeSubtree, List<byte[]> proof)
        {
            var n = end - start;
            if (m == n)
            {
                if (!completeSubtree)
                {
                    proof.Add(await SubtreeRootAsync(start, end));
                }

                return;
            }

            var k = LargestPowerOfTwoBelow(n);
            if (m <= k)
            {
                await AppendSubproofAsync(m, start, start + k, completeSubtree, proof);
                proof.Add(await SubtreeRootAsync(start + k, end));
            }
            else
            {
                await AppendSubproofAsync(m - k, start + k, end, completeSubtree: false, proof);
                proof.Add(await SubtreeRootAsync(start, start + k));
            }
        }

        /// <summary>
        /// MTH(D[start:end]). In RFC 9162's recursion <c>start</c> is a multiple of a power of two at least
        /// <c>end − start</c>: a subtree of a block or more starts on a block boundary, and a smaller one lies
        /// inside one block.
        /// </summary>
        public async Task<byte[]> SubtreeRootAsync(long start, long end)
        {
            var blockSize = tree.BlockSize;
            if (end - start >= blockSize && start % blockSize == 0)
            {
                var fullBlocks = (end - start) / blockSize;
                var upper = new MerkleFrontier(tree.hasher);
                foreach (var root in await tree.BlockRootsAsync(start / blockSize, fullBlocks, cancellation))
                {
                    upper.Append(root);
                }

                // The frontier over block roots is the frontier over their leaves, shifted up by log2(blockSize) levels.
                var frontier = new MerkleFrontier(tree.hasher, fullBlocks * blockSize, upper.SubtreeRoots);
                var tailStart = start + fullBlocks * blockSize;
                if (tailStart < end)
                {
                    var tail = await LeavesOfBlockAsync(tailStart / blockSize);
                    for (var i = tailStart; i < end; i++)
                    {
                        frontier.Append(tail[i % blockSize]);
                    }
                }

                return frontier.RootHash();
            }

            var block = start / blockSize;
            if ((end - 1) / blockSize != block)
            {
                throw new InvalidOperationException($"The subtree [{start}, {end}) is neither block-aligned nor inside one block.");
            }

            var inside = await LeavesOfBlockAsync(block);
            var small = new MerkleFrontier(tree.hasher);
            for (var i = start; i < end; i++)
            {
                small.Append(inside[i % blockSize]);
            }

            return small.RootHash();
        }

        /// <summary>The leaf hashes of block <paramref name="block"/> below the tree size (all of it unless it is the last).</summary>
        private async Task<byte[][]> LeavesOfBlockAsync(long block)
        {
            if (!blockLeaves.TryGetValue(block, out var found))
            {
                var from = block * tree.BlockSize;
                var to = Math.Min(from + tree.BlockSize, treeSize);
                var read = new List<byte[]>();
                await foreach (var leaf in tree.leaves(from, to, cancellation))
                {
                    read.Add(leaf);
                }

                if (read.Count != to - from)
                {
                    throw new InvalidOperationException($"The ledger returned {read.Count} leaves for [{from}, {to}).");
                }

                blockLeaves[block] = found = [.. read];
            }

            return found;
        }
    }

    private static long LargestPowerOfTwoBelow(long n) => 1L << (63 - (int)long.LeadingZeroCount(n - 1));
}
