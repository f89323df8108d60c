namespace AssetRegistry.Verification.Merkle;

/// <summary>
/// A growing log reduced to the roots of its perfect subtrees, one per set bit of its size, left to
/// right (a "compact range" over [0, size)). Appending a leaf costs O(1) amortised node hashes and the
/// root O(log n), so the service can append a batch and sign a checkpoint per batch without reading
/// the ledger back. Persist <see cref="Size"/> and <see cref="SubtreeRoots"/> to resume.
/// </summary>
public sealed class MerkleFrontier
{
    private readonly MerkleHasher hasher;
    private readonly List<byte[]> subtreeRoots = [];

    public MerkleFrontier(MerkleHasher hasher)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        this.hasher = hasher;
    }

    /// <summary>Resumes from a saved state: the roots must be those of a tree of <paramref name="size"/> leaves.</summary>
    public MerkleFrontier(MerkleHasher hasher, long size, IEnumerable<byte[]> subtreeRoots)
        : this(hasher)
    {
        ArgumentNullException.ThrowIfNull(subtreeRoots);
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        this.subtreeRoots.AddRange(subtreeRoots.Select(r => (byte[])r.Clone()));
        if (this.subtreeRoots.Count != long.PopCount(size) || this.subtreeRoots.Any(r => r.Length != hasher.HashLength))
        {
            throw new ArgumentException($"A tree of size {size} has {long.PopCount(size)} perfect subtrees, each with a {hasher.HashLength}-byte root.", nameof(subtreeRoots));
        }

        Size = size;
    }

    public long Size { get; private set; }

    /// <summary>The perfect subtree roots, largest (leftmost) first. Copies.</summary>
    public IReadOnlyList<byte[]> SubtreeRoots => subtreeRoots.Select(r => (byte[])r.Clone()).ToList();

    public void Append(ReadOnlySpan<byte> leafHash)
    {
        if (leafHash.Length != hasher.HashLength)
        {
            throw new ArgumentException($"A leaf hash is {hasher.HashLength} bytes.", nameof(leafHash));
        }

        // Each trailing 1 bit of the old size is a perfect subtree as large as the one being closed:
        // merge them, as binary addition carries.
        var node = leafHash.ToArray();
        for (var size = Size; (size & 1) == 1; size >>= 1)
        {
            hasher.NodeHash(subtreeRoots[^1], node, node);
            subtreeRoots.RemoveAt(subtreeRoots.Count - 1);
        }

        subtreeRoots.Add(node);
        Size++;
    }

    /// <summary>
    /// MTH of all leaves so far. RFC 9162 §2.1.1 splits at the largest power of two, so the tree is the
    /// perfect subtrees joined right to left.
    /// </summary>
    public byte[] RootHash()
    {
        if (Size == 0)
        {
            return hasher.EmptyRoot();
        }

        var root = (byte[])subtreeRoots[^1].Clone();
        for (var i = subtreeRoots.Count - 2; i >= 0; i--)
        {
            hasher.NodeHash(subtreeRoots[i], root, root);
        }

        return root;
    }
}
