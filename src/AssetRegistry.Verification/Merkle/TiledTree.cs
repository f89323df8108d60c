namespace AssetRegistry.Verification.Merkle;

/// <summary>
/// The root and proofs of RFC 9162 §2.1 for a tree of <see cref="Size"/> leaves, read from its tiles
/// (<see cref="Tile"/>) instead of recomputed from leaves: every subtree root a proof names is split into perfect
/// subtrees, and a perfect subtree of height <c>h</c> is one node of one tile at level <c>⌊h / 8⌋</c>. A proof costs
/// O(log n) lookups and node hashes. <see cref="TilesFor"/> tells which tiles (and how much of each) a proof reads,
/// so that a caller fetches them all in one go before asking.
/// </summary>
public sealed class TiledTree
{
    private readonly MerkleHasher hasher;
    private readonly Func<int, long, HashTile?> tileAt;

    /// <param name="tileAt">The tile at (level, index), at least as wide as this tree needs it, or null when it is not at hand.</param>
    public TiledTree(MerkleHasher hasher, long size, Func<int, long, HashTile?> tileAt)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        ArgumentNullException.ThrowIfNull(tileAt);
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        this.hasher = hasher;
        this.tileAt = tileAt;
        Size = size;
    }

    public long Size { get; }

    /// <summary>MTH(D[n]).</summary>
    public byte[] RootHash() => Size == 0 ? hasher.EmptyRoot() : SubtreeRoot(new Range64(0, Size));

    /// <summary>PATH(m, D[n]), RFC 9162 §2.1.3.1.</summary>
    public IReadOnlyList<byte[]> InclusionProof(long leafIndex) => [.. InclusionRanges(leafIndex, Size).Select(SubtreeRoot)];

    /// <summary>PROOF(m, D[n]), RFC 9162 §2.1.4.1, for m from 1 to n.</summary>
    public IReadOnlyList<byte[]> ConsistencyProof(long olderSize) => [.. ConsistencyRanges(olderSize, Size).Select(SubtreeRoot)];

    /// <summary>A leaf range <c>[Start, End)</c>.</summary>
    public readonly record struct Range64(long Start, long End);

    /// <summary>The subtrees whose roots PATH(leafIndex, D[treeSize]) lists, from the leaf's sibling up.</summary>
    public static IReadOnlyList<Range64> InclusionRanges(long leafIndex, long treeSize)
    {
        if (leafIndex < 0 || leafIndex >= treeSize)
        {
            throw new ArgumentOutOfRangeException(nameof(leafIndex), leafIndex, $"A tree of size {treeSize} has no leaf {leafIndex}.");
        }

        var ranges = new List<Range64>();
        AppendPath(leafIndex, 0, treeSize, ranges);
        return ranges;
    }

    /// <summary>The subtrees whose roots PROOF(olderSize, D[treeSize]) lists.</summary>
    public static IReadOnlyList<Range64> ConsistencyRanges(long olderSize, long treeSize)
    {
        if (olderSize <= 0 || olderSize > treeSize)
        {
            throw new ArgumentOutOfRangeException(nameof(olderSize), olderSize, $"A consistency proof of a tree of size {treeSize} starts from a size in 1..{treeSize}.");
        }

        var ranges = new List<Range64>();
        AppendSubproof(olderSize, 0, treeSize, completeSubtree: true, ranges);
        return ranges;
    }

    /// <summary>The tiles, each at the width it must at least have, that the roots of <paramref name="ranges"/> read.</summary>
    public static IReadOnlyCollection<Tile> TilesFor(IEnumerable<Range64> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        var widest = new Dictionary<(int Level, long Index), int>();
        foreach (var range in ranges)
        {
            foreach (var (height, start) in PerfectSubtrees(range))
            {
                var (tile, _, _) = Locate(height, start);
                widest[(tile.Level, tile.Index)] = Math.Max(widest.GetValueOrDefault((tile.Level, tile.Index)), tile.Width);
            }
        }

        return [.. widest.Select(w => new Tile(w.Key.Level, w.Key.Index, w.Value))];
    }

    /// <summary>
    /// MTH(D[start:end]) for a range of RFC 9162's recursion (its start a multiple of a power of two at least its
    /// length): the perfect subtrees of the binary digits of its length, left to right, joined right to left.
    /// </summary>
    private byte[] SubtreeRoot(Range64 range)
    {
        var pieces = PerfectSubtrees(range).ToList();
        var root = NodeOf(pieces[^1].Height, pieces[^1].Start).ToArray();
        for (var i = pieces.Count - 2; i >= 0; i--)
        {
            hasher.NodeHash(NodeOf(pieces[i].Height, pieces[i].Start), root, root);
        }

        return root;
    }

    private ReadOnlySpan<byte> NodeOf(int height, long start)
    {
        var (needed, nodeHeight, position) = Locate(height, start);
        var tile = tileAt(needed.Level, needed.Index)
            ?? throw new MissingTileException(needed);
        if (tile.Tile.Width < needed.Width)
        {
            throw new MissingTileException(needed);
        }

        return tile.Node(nodeHeight, position);
    }

    /// <summary>The perfect subtree of 2^height leaves from <paramref name="start"/>: which tile holds it, as what node.</summary>
    private static (Tile Tile, int NodeHeight, int Position) Locate(int height, long start)
    {
        var level = height / Tile.Height;
        var nodeHeight = height % Tile.Height;
        var offset = (int)(Tile.ShiftRight(start, Tile.LeafBitsPerHash(level)) % Tile.FullWidth);
        var index = Tile.ShiftRight(start, Tile.LeafBitsPerHash(level + 1));
        var position = offset >> nodeHeight;
        return (new Tile(level, index, (position + 1) << nodeHeight), nodeHeight, position);
    }

    /// <summary>[start, end) as perfect subtrees (height, start), largest first.</summary>
    private static IEnumerable<(int Height, long Start)> PerfectSubtrees(Range64 range)
    {
        for (var start = range.Start; start < range.End;)
        {
            var height = 62 - (int)long.LeadingZeroCount(range.End - start) + 1;
            while (start % (1L << height) != 0 || start + (1L << height) > range.End)
            {
                height--;
            }

            yield return (height, start);
            start += 1L << height;
        }
    }

    private static void AppendPath(long leafIndex, long start, long end, List<Range64> path)
    {
        if (end - start == 1)
        {
            return;
        }

        var k = MerkleTree.LargestPowerOfTwoBelow(end - start);
        if (leafIndex - start < k)
        {
            AppendPath(leafIndex, start, start + k, path);
            path.Add(new Range64(start + k, end));
        }
        else
        {
            AppendPath(leafIndex, start + k, end, path);
            path.Add(new Range64(start, start + k));
        }
    }

    private static void AppendSubproof(long m, long start, long end, bool completeSubtree, List<Range64> proof)
    {
        var n = end - start;
        if (m == n)
        {
            if (!completeSubtree)
            {
                proof.Add(new Range64(start, end));
            }

            return;
        }

        var k = MerkleTree.LargestPowerOfTwoBelow(n);
        if (m <= k)
        {
            AppendSubproof(m, start, start + k, completeSubtree, proof);
            proof.Add(new Range64(start + k, end));
        }
        else
        {
            AppendSubproof(m - k, start + k, end, completeSubtree: false, proof);
            proof.Add(new Range64(start, start + k));
        }
    }
}

/// <summary>A proof needed a tile (at least as wide as <see cref="Tile"/>) that was not at hand.</summary>
public sealed class MissingTileException : Exception
{
    public MissingTileException() : base("A tile is missing.") { }

    public MissingTileException(string message) : base(message) { }

    public MissingTileException(string message, Exception inner) : base(message, inner) { }

    public MissingTileException(Tile tile) : base($"Tile {tile.Path} (at least {tile.Width} hashes wide) is not at hand.")
    {
        Tile = tile;
    }

    public Tile Tile { get; }
}
