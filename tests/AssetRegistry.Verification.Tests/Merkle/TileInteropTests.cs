using System.Text;
using AssetRegistry.Verification.Canonical;
using AssetRegistry.Verification.Merkle;
using AssetRegistry.Verification.Tests.Support;

namespace AssetRegistry.Verification.Tests.Merkle;

/// <summary>
/// Our tiles and entry bundles (C2SP tlog-tiles), written by <see cref="TiledLog"/>, read by Go's golang.org/x/mod/sumdb/tlog:
/// tlog.TileHashReader authenticates them against the root, tlog.HashFromTile finds every hash where we put it, and
/// every entry's tlog.ProveRecord proof passes tlog.CheckRecord (tests/interop/go, check-tiles).
/// </summary>
public sealed class TileInteropTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>Entries of every length class, up to the 16-bit limit.</summary>
    private static byte[] Entry(int i) => i switch
    {
        7 => [],
        11 => Enumerable.Repeat((byte)'x', ushort.MaxValue).ToArray(),
        _ => Encoding.UTF8.GetBytes($"{{\"entry\":{i},\"text\":\"{new string('数', i % 97)}\"}}"),
    };

    /// <summary>Writes the tiles and entry bundles of the first <paramref name="size"/> entries at their C2SP paths; returns the root.</summary>
    private byte[] WriteLog(int size)
    {
        var log = new TiledLog(MerkleHasher.Sha256);
        var frontier = new MerkleFrontier(MerkleHasher.Sha256);
        var bundles = new Dictionary<long, MemoryStream>();
        for (var i = 0; i < size; i++)
        {
            var entry = Entry(i);
            var leaf = MerkleHasher.Sha256.LeafHash(entry);
            log.Append(leaf);
            frontier.Append(leaf);
            var bundle = bundles.TryGetValue(i / Tile.FullWidth, out var b) ? b : bundles[i / Tile.FullWidth] = new MemoryStream();
            bundle.WriteByte((byte)(entry.Length >> 8));
            bundle.WriteByte((byte)entry.Length);
            bundle.Write(entry);
        }

        foreach (var (tile, hashes) in log.Changed)
        {
            Write(tile.Path, hashes);
            if (tile.Level == 0)
            {
                Write(tile.EntriesPath, bundles[tile.Index].ToArray());
            }
        }

        return frontier.RootHash();
    }

    private void Write(string path, byte[] bytes)
    {
        var file = Path.Combine(folder.Path, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, bytes);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(257)]
    [InlineData(70_000)]
    public void interop_tlog_reads_our_tiles_and_entry_bundles_as_the_tree_of_their_root(int size)
    {
        var root = WriteLog(size);

        var result = GoInterop.Check("check-tiles", folder.Path, $"{size}", StrictBase64.Encode(root));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal($"ok {Tile.AllOf(size).Count()} tiles and {size} entries of a tree of {size}", result.StdoutText);
    }

    [Fact]
    public void interop_tlog_rejects_a_tile_with_one_hash_changed()
    {
        var root = WriteLog(600);
        var path = Path.Combine(folder.Path, "tile", "0", "001");
        var bytes = File.ReadAllBytes(path);
        bytes[100] ^= 1;
        File.WriteAllBytes(path, bytes);

        var result = GoInterop.Check("check-tiles", folder.Path, "600", StrictBase64.Encode(root));

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("failed:", result.StdoutText, StringComparison.Ordinal);
    }

    [Fact]
    public void interop_tlog_rejects_an_entry_bundle_with_one_entry_changed()
    {
        var root = WriteLog(300);
        var path = Path.Combine(folder.Path, "tile", "entries", "001.p", "44");
        var bytes = File.ReadAllBytes(path);
        bytes[^1] ^= 1;
        File.WriteAllBytes(path, bytes);

        var result = GoInterop.Check("check-tiles", folder.Path, "300", StrictBase64.Encode(root));

        Assert.Equal("failed: tile/entries/001.p/44: entry 43 does not hash to leaf 299 of the tile", result.StdoutText);
    }
}
