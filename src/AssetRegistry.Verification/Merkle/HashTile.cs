namespace AssetRegistry.Verification.Merkle;

/// <summary>
/// A tile's hashes, as served (<see cref="Bytes"/>: the hashes concatenated), with the tree levels inside it
/// reconstructed once: the node of height <c>h</c> (0 to 8) at position <c>p</c> is the root over the tile's hashes
/// <c>[p·2^h, (p + 1)·2^h)</c>, present only when all of them are. Any perfect subtree of a log is then a lookup in
/// one tile.
/// </summary>
public sealed class HashTile
{
    private readonly byte[][] levels;
    private readonly int hashLength;

    public HashTile(MerkleHasher hasher, Tile tile, ReadOnlyMemory<byte> hashes)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        hashLength = hasher.HashLength;
        if (tile.Width is < 1 or > Tile.FullWidth || hashes.Length != tile.Width * hashLength)
        {
            throw new ArgumentException($"A tile of width {tile.Width} is {tile.Width * hashLength} bytes of hashes, not {hashes.Length}.", nameof(hashes));
        }

        Tile = tile;
        Bytes = hashes;
        levels = new byte[Tile.Height + 1][];
        levels[0] = hashes.ToArray();
        for (var height = 1; height <= Tile.Height; height++)
        {
            var below = levels[height - 1];
            var count = below.Length / hashLength / 2;
            var nodes = new byte[count * hashLength];
            for (var i = 0; i < count; i++)
            {
                hasher.NodeHash(below.AsSpan(2 * i * hashLength, hashLength), below.AsSpan((2 * i + 1) * hashLength, hashLength), nodes.AsSpan(i * hashLength, hashLength));
            }

            levels[height] = nodes;
        }
    }

    public Tile Tile { get; }

    /// <summary>The tile as C2SP serves it: its hashes concatenated, <c>Width × hash length</c> bytes.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>The hash at <paramref name="position"/> in the tile (a leaf hash at level 0).</summary>
    public ReadOnlySpan<byte> Hash(int position) => Node(0, position);

    /// <summary>MTH over the tile's hashes <c>[position·2^height, (position + 1)·2^height)</c>.</summary>
    public ReadOnlySpan<byte> Node(int height, int position)
    {
        if (height is < 0 or > Tile.Height || position < 0 || (long)(position + 1) * hashLength > levels[height].Length)
        {
            throw new ArgumentOutOfRangeException(nameof(position), $"Tile {Tile.Path} has no node of height {height} at {position}.");
        }

        return levels[height].AsSpan(position * hashLength, hashLength);
    }

    /// <summary>The hash this full tile contributes to the level above: MTH of its 256 hashes.</summary>
    public byte[] Root => Tile.IsFull ? Node(Tile.Height, 0).ToArray() : throw new InvalidOperationException($"Tile {Tile.Path} is partial: it is never hashed into the level above.");

    /// <summary>This tile cut to its first <paramref name="width"/> hashes (every width of a tile is a prefix of the next).</summary>
    public ReadOnlyMemory<byte> Prefix(int width) =>
        width >= 1 && width <= Tile.Width ? Bytes[..(width * hashLength)] : throw new ArgumentOutOfRangeException(nameof(width), width, $"Tile {Tile.Path} has {Tile.Width} hashes.");
}
