using AssetRegistry.Verification.Merkle;

namespace AssetRegistry.Verification.Tests.Merkle;

/// <summary>C2SP tlog-tiles: paths, which tiles a tree has, and what each tile holds — against the spec's own examples and the definition.</summary>
public class TileTests
{
    private static readonly MerkleHasher Hasher = MerkleHasher.Sha256;

    private static byte[] Leaf(long i) => Hasher.LeafHash(BitConverter.GetBytes(i));

    [Theory]
    [InlineData(1234067, "x001/x234/067")]
    [InlineData(0, "000")]
    [InlineData(5, "005")]
    [InlineData(1000, "x001/000")]
    [InlineData(999, "999")]
    public void an_index_is_written_as_the_spec_writes_it(long index, string encoded) => Assert.Equal(encoded, Tile.EncodeIndex(index));

    [Theory]
    [InlineData("tile/0/x001/x234/067", 0, 1234067, 256, false)]
    [InlineData("tile/2/000.p/1", 2, 0, 1, false)]
    [InlineData("tile/1/x001/002.p/255", 1, 1002, 255, false)]
    [InlineData("tile/entries/005", 0, 5, 256, true)]
    [InlineData("tile/entries/x004/x123/000.p/17", 0, 4123000, 17, true)]
    [InlineData("tile/63/000", 63, 0, 256, false)]
    public void a_path_reads_back_as_its_tile(string path, int level, long index, int width, bool entries)
    {
        Assert.True(Tile.TryParsePath(path, out var tile, out var isEntries));
        Assert.Equal(new Tile(level, index, width), tile);
        Assert.Equal(entries, isEntries);
        Assert.Equal(path, entries ? tile.EntriesPath : tile.Path);
    }

    [Theory]
    [InlineData("tile/0/5")]
    [InlineData("tile/0/0005")]
    [InlineData("tile/0/x000/005")]
    [InlineData("tile/00/005")]
    [InlineData("tile/64/000")]
    [InlineData("tile/0/005.p/0")]
    [InlineData("tile/0/005.p/256")]
    [InlineData("tile/0/005.p/05")]
    [InlineData("tile/0/x005")]
    [InlineData("tile/0/001/002")]
    [InlineData("tile/0/")]
    [InlineData("tile/entries")]
    [InlineData("tile/data/000")]
    [InlineData("tile/0/00a")]
    [InlineData("0/000")]
    public void any_other_spelling_is_not_a_tile(string path) => Assert.False(Tile.TryParsePath(path, out _, out _));

    [Fact]
    public void a_tree_of_70000_has_the_tiles_the_spec_lists()
    {
        var tiles = Tile.AllOf(70_000).ToList();

        Assert.Equal(273, tiles.Count(t => t.Level == 0 && t.IsFull));
        Assert.Equal([new Tile(0, 273, 112)], tiles.Where(t => t.Level == 0 && !t.IsFull));
        Assert.Equal([new Tile(1, 0, 256), new Tile(1, 1, 17)], tiles.Where(t => t.Level == 1));
        Assert.Equal([new Tile(2, 0, 1)], tiles.Where(t => t.Level == 2));
        Assert.Equal(3, tiles.Count(t => !t.IsFull));
        Assert.Equal([new Tile(0, 273, 112), new Tile(1, 1, 17), new Tile(2, 0, 1)], Tile.RightEdgeOf(70_000));
    }

    [Fact]
    public void a_tree_of_256_is_one_full_tile_and_a_partial_one_above_it()
    {
        Assert.Equal([new Tile(0, 0, 256), new Tile(1, 0, 1)], Tile.AllOf(256));
        Assert.Empty(Tile.AllOf(0));
        Assert.Equal(new Tile(0, 1, 0), Tile.Of(0, 1, 256));
        Assert.Equal(new Tile(3, 0, 0), Tile.Of(3, 0, 256));
        Assert.Equal(new Tile(7, 0, 0), Tile.Of(7, 0, long.MaxValue >> 8));
    }

    [Fact]
    public void each_hash_of_a_tile_is_the_root_of_the_leaves_the_spec_says()
    {
        const int size = 65_536 + 300;
        var log = new TiledLog(Hasher);
        for (var i = 0; i < size; i++)
        {
            log.Append(Leaf(i));
        }

        var tiles = log.Changed.ToDictionary(t => (t.Tile.Level, t.Tile.Index), t => t.Hashes);
        Assert.Equal(Tile.AllOf(size), log.Changed.Select(t => t.Tile));
        var tree = new MerkleTree(Hasher, size, Leaf);
        // MTH(D[(n·256 + i)·256^l : (n·256 + i + 1)·256^l]) for a sample of (l, n, i).
        foreach (var (level, index, i) in new[] { (0, 0L, 0), (0, 3L, 255), (0, 256L, 43), (1, 0L, 0), (1, 0L, 255), (1, 1L, 0), (2, 0L, 0) })
        {
            var span = 1L << (8 * level);
            var start = (index * 256 + i) * span;
            var expected = new MerkleTree(Hasher, span, j => Leaf(start + j)).RootHash();
            Assert.Equal(expected, tiles[(level, index)].AsSpan(i * 32, 32).ToArray());
        }

        Assert.Equal(tree.RootHash(), new TiledTree(Hasher, size, (l, n) => Found(tiles, l, n)).RootHash());
    }

    [Fact]
    public void a_log_resumed_from_its_right_edge_writes_what_it_would_have_written()
    {
        var whole = new TiledLog(Hasher);
        for (var i = 0; i < 70_000; i++)
        {
            whole.Append(Leaf(i));
        }

        var first = new TiledLog(Hasher);
        for (var i = 0; i < 66_000; i++)
        {
            first.Append(Leaf(i));
        }

        var edge = first.Changed.Where(t => !t.Tile.IsFull).Select(t => (t.Tile, (ReadOnlyMemory<byte>)t.Hashes));
        var resumed = new TiledLog(Hasher, 66_000, edge);
        for (var i = 66_000; i < 70_000; i++)
        {
            resumed.Append(Leaf(i));
        }

        var expected = whole.Changed.ToDictionary(t => t.Tile, t => Convert.ToHexString(t.Hashes));
        Assert.All(resumed.Changed, t => Assert.Equal(expected[t.Tile], Convert.ToHexString(t.Hashes)));
        Assert.Equal([new Tile(0, 257, 256), new Tile(0, 273, 112), new Tile(1, 1, 17)], resumed.Changed.Where(t => t.Tile.Index is 257 or 273 || t.Tile.Level == 1).Select(t => t.Tile));
        Assert.Throws<ArgumentException>(() => new TiledLog(Hasher, 66_000, []));
    }

    [Fact]
    public void proofs_from_tiles_are_the_libraries_for_every_size_and_index_up_to_70_and_across_tile_edges()
    {
        var (tiles, leaves) = Log(70_100);
        var cases = new List<(long Size, long Index)>();
        for (var size = 1; size <= 70; size++)
        {
            cases.AddRange(Enumerable.Range(0, size).Select(i => ((long)size, (long)i)));
        }

        foreach (var size in new long[] { 255, 256, 257, 511, 512, 513, 1000, 65_535, 65_536, 65_537, 70_100 })
        {
            cases.AddRange(new long[] { 0, 1, 255, 256, size / 2, size - 257, size - 2, size - 1 }.Where(i => i >= 0 && i < size).Distinct().Select(i => (size, i)));
        }

        foreach (var (size, index) in cases)
        {
            var expected = new MerkleTree(Hasher, size, i => leaves[(int)i]);
            var tiled = new TiledTree(Hasher, size, (l, n) => Found(tiles, l, n, size));
            Assert.Equal(expected.RootHash(), tiled.RootHash());
            Assert.Equal(expected.InclusionProof(index), tiled.InclusionProof(index));
            Assert.Equal(expected.ConsistencyProof(index + 1), tiled.ConsistencyProof(index + 1));
        }
    }

    [Fact]
    public void a_proof_reads_the_tiles_it_names_and_no_other()
    {
        var (tiles, _) = Log(70_000);
        var read = new HashSet<(int, long)>();
        var tree = new TiledTree(Hasher, 70_000, (l, n) =>
        {
            read.Add((l, n));
            return Found(tiles, l, n, 70_000);
        });

        var named = TiledTree.TilesFor(TiledTree.InclusionRanges(1234, 70_000));
        tree.InclusionProof(1234);

        Assert.Equal(named.Select(t => (t.Level, t.Index)).Order(), read.Order());
        Assert.Contains(new Tile(0, 273, 112), named);
        Assert.Contains(new Tile(1, 1, 17), named);
        Assert.True(named.Count <= 6, string.Join(", ", named));
    }

    [Fact]
    public void a_tile_that_is_not_at_hand_or_too_narrow_is_named()
    {
        var (tiles, _) = Log(600);
        var missing = Assert.Throws<MissingTileException>(() => new TiledTree(Hasher, 600, (l, n) => l == 0 && n == 2 ? null : Found(tiles, l, n)).InclusionProof(599));
        Assert.Equal(new Tile(0, 2, 87), missing.Tile); // leaf 599 needs no more than its sibling, leaf 598
        var narrow = Assert.Throws<MissingTileException>(() => new TiledTree(Hasher, 600, (l, n) => Found(tiles, l, n, 590)).InclusionProof(0));
        Assert.Equal(0, narrow.Tile.Level);
    }

    private static (Dictionary<(int, long), byte[]> Tiles, List<byte[]> Leaves) Log(int size)
    {
        var leaves = Enumerable.Range(0, size).Select(i => Leaf(i)).ToList();
        var log = new TiledLog(Hasher);
        leaves.ForEach(l => log.Append(l));
        return (log.Changed.ToDictionary(t => (t.Tile.Level, t.Tile.Index), t => t.Hashes), leaves);
    }

    /// <summary>The stored tile cut to its width in a tree of <paramref name="treeSize"/>, as a log serving that tree would hand it out.</summary>
    private static HashTile? Found(Dictionary<(int, long), byte[]> tiles, int level, long index, long treeSize = long.MaxValue)
    {
        if (!tiles.TryGetValue((level, index), out var hashes))
        {
            return null;
        }

        var width = Math.Min(hashes.Length / 32, treeSize == long.MaxValue ? Tile.FullWidth : Tile.Of(level, index, treeSize).Width);
        return width == 0 ? null : new HashTile(Hasher, new Tile(level, index, width), hashes.AsMemory(0, width * 32));
    }
}
