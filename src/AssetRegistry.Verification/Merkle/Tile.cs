using System.Globalization;
using System.Text;

namespace AssetRegistry.Verification.Merkle;

/// <summary>
/// One tile of a tiled log (C2SP tlog-tiles, https://c2sp.org/tlog-tiles): at <see cref="Level"/> 0 the leaf
/// hashes <c>[Index·256, Index·256 + Width)</c>; at level <c>l</c> each hash is the root of a perfect subtree of
/// <c>256^l</c> leaves. A tile is full at 256 hashes and partial below; its hashes never change as the log grows,
/// a partial tile only gains hashes at its end, so every width of a tile is a prefix of the full one.
/// </summary>
public readonly record struct Tile(int Level, long Index, int Width)
{
    /// <summary>Tree levels a tile spans (C2SP fixes 8).</summary>
    public const int Height = 8;

    /// <summary>Hashes in a full tile, and entries in a full entry bundle.</summary>
    public const int FullWidth = 1 << Height;

    /// <summary>Levels the spec allows in a path; above 7 a tile would span more leaves than a tree of at most 2^63 − 1 can hold.</summary>
    public const int MaxLevel = 63;

    public bool IsFull => Width == FullWidth;

    /// <summary>The leaves one hash of a tile at <paramref name="level"/> stands for, as a power of two: 8·level.</summary>
    public static int LeafBitsPerHash(int level) => Height * level;

    /// <summary>This tile at <paramref name="level"/> and <paramref name="index"/> in a tree of <paramref name="treeSize"/> leaves: width 0 when the tree has none of it yet.</summary>
    public static Tile Of(int level, long index, long treeSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(treeSize);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        if (level is < 0 or > MaxLevel)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, $"A tile's level is 0 to {MaxLevel}.");
        }

        var hashesAtLevel = ShiftRight(treeSize, LeafBitsPerHash(level));
        var before = index > long.MaxValue / FullWidth ? long.MaxValue : index * FullWidth;
        var width = hashesAtLevel <= before ? 0 : (int)Math.Min(FullWidth, hashesAtLevel - before);
        return new Tile(level, index, width);
    }

    /// <summary>
    /// Every tile of a tree of <paramref name="treeSize"/> leaves, level by level from 0, each at its width in
    /// that tree: the full ones and, at each level where the size is not a multiple, the one partial tile.
    /// </summary>
    public static IEnumerable<Tile> AllOf(long treeSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(treeSize);
        for (var level = 0; ShiftRight(treeSize, LeafBitsPerHash(level)) > 0; level++)
        {
            var hashes = ShiftRight(treeSize, LeafBitsPerHash(level));
            for (long index = 0; index * FullWidth < hashes; index++)
            {
                yield return Of(level, index, treeSize);
            }
        }
    }

    /// <summary>The partial tiles of a tree, one per level where they exist: what a log appending to it must keep.</summary>
    public static IEnumerable<Tile> RightEdgeOf(long treeSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(treeSize);
        for (var level = 0; ShiftRight(treeSize, LeafBitsPerHash(level)) > 0; level++)
        {
            var hashes = ShiftRight(treeSize, LeafBitsPerHash(level));
            if (hashes % FullWidth != 0)
            {
                yield return new Tile(level, hashes / FullWidth, (int)(hashes % FullWidth));
            }
        }
    }

    /// <summary>
    /// The last tile of each level of a tree, at its width there: the partial one, or the last full one where the level
    /// ends on a tile boundary. A store holding these holds the whole tree, if it writes a batch's tiles at once.
    /// </summary>
    public static IReadOnlyList<Tile> LastOf(long treeSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(treeSize);
        var tiles = new List<Tile>();
        for (var level = 0; ShiftRight(treeSize, LeafBitsPerHash(level)) > 0; level++)
        {
            var hashes = ShiftRight(treeSize, LeafBitsPerHash(level));
            tiles.Add(new Tile(level, (hashes - 1) / FullWidth, (int)((hashes - 1) % FullWidth) + 1));
        }

        return tiles;
    }

    /// <summary>The tile's path below the log's prefix: <c>tile/L/N</c>, or <c>tile/L/N.p/W</c> when partial.</summary>
    public string Path => $"tile/{Level.ToString(CultureInfo.InvariantCulture)}/{EncodeIndex(Index)}{WidthSuffix}";

    /// <summary>The path of the entry bundle with this tile's index and width (of a level-0 tile): <c>tile/entries/N[.p/W]</c>.</summary>
    public string EntriesPath => $"tile/entries/{EncodeIndex(Index)}{WidthSuffix}";

    private string WidthSuffix => IsFull ? "" : ".p/" + Width.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// An index as zero-padded 3-digit path elements, all but the last starting with <c>x</c>: 1234067 is
    /// <c>x001/x234/067</c>, 5 is <c>005</c> (so that a file system holds tiles without a file where a folder must be).
    /// </summary>
    public static string EncodeIndex(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var groups = new List<string>();
        do
        {
            groups.Add((index % 1000).ToString("000", CultureInfo.InvariantCulture));
            index /= 1000;
        }
        while (index > 0);

        var path = new StringBuilder();
        for (var i = groups.Count - 1; i >= 0; i--)
        {
            path.Append(i > 0 ? "x" : "").Append(groups[i]).Append(i > 0 ? "/" : "");
        }

        return path.ToString();
    }

    /// <summary>
    /// Reads a path below the prefix, <c>tile/L/N[.p/W]</c> or <c>tile/entries/N[.p/W]</c>, in its one canonical
    /// spelling only (no leading zeros in L or W, no empty leading groups in N, W from 1 to 255). An entry bundle
    /// comes back as its level-0 tile, with <paramref name="entries"/> set.
    /// </summary>
    public static bool TryParsePath(string path, out Tile tile, out bool entries)
    {
        tile = default;
        entries = false;
        if (path is null || !path.StartsWith("tile/", StringComparison.Ordinal))
        {
            return false;
        }

        var parts = path["tile/".Length..].Split('/');
        if (parts.Length < 2)
        {
            return false;
        }

        int level;
        if (parts[0] == "entries")
        {
            entries = true;
            level = 0;
        }
        else if (!TryDecimal(parts[0], MaxLevel, out level))
        {
            return false;
        }

        var width = FullWidth;
        var indexParts = parts.AsSpan(1);
        if (indexParts.Length >= 2 && indexParts[^2].EndsWith(".p", StringComparison.Ordinal))
        {
            if (!TryDecimal(indexParts[^1], FullWidth - 1, out width) || width == 0)
            {
                return false;
            }

            var last = indexParts[^2][..^2];
            indexParts = indexParts[..^1];
            indexParts[^1] = last;
        }

        long index = 0;
        for (var i = 0; i < indexParts.Length; i++)
        {
            var group = indexParts[i];
            var inner = i < indexParts.Length - 1;
            if (inner != group.StartsWith('x'))
            {
                return false;
            }

            var digits = inner ? group[1..] : group;
            if (digits.Length != 3 || !digits.All(char.IsAsciiDigit) || index > (long.MaxValue - 999) / 1000)
            {
                return false;
            }

            index = index * 1000 + int.Parse(digits, CultureInfo.InvariantCulture);
        }

        tile = new Tile(level, index, width);
        // One spelling per tile: x000/005 is not the path of tile 5.
        return (entries ? tile.EntriesPath : tile.Path) == path;
    }

    private static bool TryDecimal(string text, int max, out int value)
    {
        value = 0;
        if (text.Length is 0 or > 3 || !text.All(char.IsAsciiDigit) || (text.Length > 1 && text[0] == '0'))
        {
            return false;
        }

        value = int.Parse(text, CultureInfo.InvariantCulture);
        return value <= max;
    }

    /// <summary><c>value &gt;&gt; bits</c>, 0 from 63 bits on (C# masks a long's shift count to 6 bits).</summary>
    internal static long ShiftRight(long value, int bits) => bits >= 63 ? 0 : value >> bits;
}
