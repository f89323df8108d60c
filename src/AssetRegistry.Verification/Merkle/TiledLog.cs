namespace AssetRegistry.Verification.Merkle;

/// <summary>
/// The growing end of a tiled log (C2SP tlog-tiles): the partial tile of each level, to which appended leaf
/// hashes are added; a level-0 tile that fills up is hashed (MTH of its 256 hashes) into the level above, and so
/// on up. <see cref="Changed"/> lists every tile the appends touched with its content now, which is what a log
/// stores after a batch; full tiles never change again. Resume from the stored partial tiles of the same size.
/// </summary>
public sealed class TiledLog
{
    private readonly MerkleHasher hasher;
    private readonly List<List<byte[]>> partial = [];
    private readonly Dictionary<(int Level, long Index), byte[]?> changed = [];

    public TiledLog(MerkleHasher hasher)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        this.hasher = hasher;
    }

    /// <summary>Resumes at <paramref name="size"/> leaves from the partial tiles of that size (<see cref="Tile.RightEdgeOf"/>), each at least as wide as there.</summary>
    public TiledLog(MerkleHasher hasher, long size, IEnumerable<(Tile Tile, ReadOnlyMemory<byte> Hashes)> rightEdge)
        : this(hasher)
    {
        ArgumentNullException.ThrowIfNull(rightEdge);
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        var stored = rightEdge.ToDictionary(t => (t.Tile.Level, t.Tile.Index), t => t.Hashes);
        foreach (var tile in Tile.RightEdgeOf(size))
        {
            if (!stored.TryGetValue((tile.Level, tile.Index), out var hashes) || hashes.Length < tile.Width * hasher.HashLength)
            {
                throw new ArgumentException($"A log of size {size} needs tile {tile.Path} to go on.", nameof(rightEdge));
            }

            Level(tile.Level).AddRange(Enumerable.Range(0, tile.Width).Select(i => hashes.Slice(i * hasher.HashLength, hasher.HashLength).ToArray()));
        }

        Size = size;
    }

    public long Size { get; private set; }

    public void Append(ReadOnlySpan<byte> leafHash)
    {
        if (leafHash.Length != hasher.HashLength)
        {
            throw new ArgumentException($"A leaf hash is {hasher.HashLength} bytes.", nameof(leafHash));
        }

        var hash = leafHash.ToArray();
        for (var level = 0; ; level++)
        {
            var tile = Level(level);
            tile.Add(hash);
            var index = Tile.ShiftRight(Size, Tile.LeafBitsPerHash(level + 1));
            if (tile.Count < Tile.FullWidth)
            {
                // A partial tile's content is taken when asked for: it may grow further first.
                changed[(level, index)] = null;
                break;
            }

            var content = Concatenated(tile);
            changed[(level, index)] = content;
            hash = new HashTile(hasher, new Tile(level, index, Tile.FullWidth), content).Root;
            tile.Clear();
        }

        Size++;
    }

    /// <summary>The tiles touched since this log was made, level 0 first, each with its hashes now (full or partial).</summary>
    public IReadOnlyList<(Tile Tile, byte[] Hashes)> Changed
    {
        get
        {
            var tiles = new List<(Tile, byte[])>();
            foreach (var ((level, index), content) in changed.OrderBy(c => c.Key.Level).ThenBy(c => c.Key.Index))
            {
                var hashes = content ?? Concatenated(Level(level));
                tiles.Add((new Tile(level, index, hashes.Length / hasher.HashLength), hashes));
            }

            return tiles;
        }
    }

    private List<byte[]> Level(int level)
    {
        while (partial.Count <= level)
        {
            partial.Add([]);
        }

        return partial[level];
    }

    private static byte[] Concatenated(List<byte[]> hashes)
    {
        var bytes = new byte[hashes.Sum(h => h.Length)];
        var at = 0;
        foreach (var hash in hashes)
        {
            hash.CopyTo(bytes, at);
            at += hash.Length;
        }

        return bytes;
    }
}
