namespace AssetRegistry.Verification.Merkle;

/// <summary>
/// The first <see cref="Size"/> leaves of a log, seen through their leaf hashes, and the root and proofs
/// of RFC 9162 §2.1 computed from them. Each call recomputes the subtree roots it needs: a root or a
/// proof costs about <see cref="Size"/> node hashes and O(log n) memory, so a million-leaf ledger
/// answers in a fraction of a second without holding the tree.
/// </summary>
public sealed class MerkleTree
{
    private readonly MerkleHasher hasher;
    private readonly Func<long, byte[]> leafHashAt;

    /// <param name="leafHashAt">The leaf hash at each index below <paramref name="size"/>, e.g. read from storage.</param>
    public MerkleTree(MerkleHasher hasher, long size, Func<long, byte[]> leafHashAt)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        ArgumentNullException.ThrowIfNull(leafHashAt);
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        this.hasher = hasher;
        this.leafHashAt = leafHashAt;
        Size = size;
    }

    public MerkleTree(MerkleHasher hasher, IReadOnlyList<byte[]> leafHashes)
        : this(hasher, (leafHashes ?? throw new ArgumentNullException(nameof(leafHashes))).Count, i => leafHashes[checked((int)i)])
    {
    }

    public long Size { get; }

    /// <summary>MTH(D[n]) of §2.1.1; the empty tree's root is the hash of the empty string.</summary>
    public byte[] RootHash() => Size == 0 ? hasher.EmptyRoot() : SubtreeRoot(0, Size);

    /// <summary>PATH(m, D[n]) of §2.1.3.1: the sibling hashes from the leaf up to the root.</summary>
    public IReadOnlyList<byte[]> InclusionProof(long leafIndex)
    {
        if (leafIndex < 0 || leafIndex >= Size)
        {
            throw new ArgumentOutOfRangeException(nameof(leafIndex), leafIndex, $"A tree of size {Size} has no leaf {leafIndex}.");
        }

        var path = new List<byte[]>();
        AppendPath(leafIndex, 0, Size, path);
        return path;
    }

    /// <summary>PROOF(m, D[n]) of §2.1.4.1: that this tree extends its first <paramref name="olderSize"/> leaves.</summary>
    public IReadOnlyList<byte[]> ConsistencyProof(long olderSize)
    {
        if (olderSize <= 0 || olderSize > Size)
        {
            // Size 0 is refused as the verifier refuses it: see ConsistencyProofVerifier.
            throw new ArgumentOutOfRangeException(nameof(olderSize), olderSize, $"A consistency proof of a tree of size {Size} starts from a size in 1..{Size}.");
        }

        var proof = new List<byte[]>();
        AppendSubproof(olderSize, 0, Size, completeSubtree: true, proof);
        return proof;
    }

    // PATH(m, D[start:end]): recurse into the half holding the leaf; the other half's root is appended
    // after the deeper path, so the proof reads bottom-up.
    private void AppendPath(long leafIndex, long start, long end, List<byte[]> path)
    {
        if (end - start == 1)
        {
            return;
        }

        var k = LargestPowerOfTwoBelow(end - start);
        if (leafIndex - start < k)
        {
            AppendPath(leafIndex, start, start + k, path);
            path.Add(SubtreeRoot(start + k, end));
        }
        else
        {
            AppendPath(leafIndex, start + k, end, path);
            path.Add(SubtreeRoot(start, start + k));
        }
    }

    // SUBPROOF(m, D[start:end], b) with m counted from start.
    private void AppendSubproof(long m, long start, long end, bool completeSubtree, List<byte[]> proof)
    {
        var n = end - start;
        if (m == n)
        {
            if (!completeSubtree)
            {
                proof.Add(SubtreeRoot(start, end));
            }

            return;
        }

        var k = LargestPowerOfTwoBelow(n);
        if (m <= k)
        {
            AppendSubproof(m, start, start + k, completeSubtree, proof);
            proof.Add(SubtreeRoot(start + k, end));
        }
        else
        {
            AppendSubproof(m - k, start + k, end, completeSubtree: false, proof);
            proof.Add(SubtreeRoot(start, start + k));
        }
    }

    // MTH(D[start:end]) for end > start, computed left to right with a frontier so that memory stays
    // O(log n) whatever the range.
    private byte[] SubtreeRoot(long start, long end)
    {
        var frontier = new MerkleFrontier(hasher);
        for (var i = start; i < end; i++)
        {
            frontier.Append(leafHashAt(i));
        }

        return frontier.RootHash();
    }

    /// <summary>The k of §2.1.1: the largest power of two smaller than <paramref name="n"/> (n &gt; 1).</summary>
    internal static long LargestPowerOfTwoBelow(long n) => 1L << (63 - (int)long.LeadingZeroCount(n - 1));
}
