using System.Collections.Concurrent;
using AssetRegistry.Verification.Merkle;
using Npgsql;
using NpgsqlTypes;

namespace AssetRegistry.Ledger.Tiles;

/// <summary>
/// Reads stored tiles, and keeps the ones read in memory: a full tile never changes, and a partial one is kept at the
/// widest width seen (every narrower width is its prefix), so after warming a proof or a full tile costs no database
/// round trip, and a proof against a new checkpoint reads only the few partial tiles that grew. Bounded by
/// <see cref="Capacity"/> tiles of ~16 KiB (hashes and the levels inside), emptied when full (rare: 4,096 tiles hold
/// a million leaves).
/// </summary>
public sealed class TileStore(NpgsqlDataSource dataSource, int capacity = TileStore.DefaultCapacity)
{
    public const int DefaultCapacity = 4096;

    private readonly ConcurrentDictionary<(int Level, long Index), HashTile> cache = new();
    private readonly Lock rebuilding = new();
    private Task<bool>? rebuild;

    public MerkleHasher Hasher => StoredTiles.Hasher;

    public int Capacity => capacity;

    /// <summary>How many tiles are in memory.</summary>
    public int InMemory => cache.Count;

    /// <summary>The tile at least <paramref name="width"/> wide, from memory; null when it is not there.</summary>
    public HashTile? Cached(int level, long index, int width) =>
        cache.TryGetValue((level, index), out var tile) && tile.Tile.Width >= width ? tile : null;

    /// <summary>
    /// Every tile of <paramref name="needed"/>, each at least as wide as asked, read in one query where memory lacks
    /// them; a tile the store does not have (or not as wide) is left out of the answer — after the stored tiles were
    /// rebuilt, if they stopped short of the latest checkpoint.
    /// </summary>
    public async Task<IReadOnlyDictionary<(int Level, long Index), HashTile>> ReadAsync(IReadOnlyCollection<Tile> needed, CancellationToken cancellation)
    {
        var found = await ReadStoredAsync(needed, cancellation);
        return found.Count < needed.Count && await RebuildIfShortAsync(cancellation) ? await ReadStoredAsync(needed, cancellation) : found;
    }

    private async Task<IReadOnlyDictionary<(int Level, long Index), HashTile>> ReadStoredAsync(IReadOnlyCollection<Tile> needed, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(needed);
        var found = new Dictionary<(int, long), HashTile>(needed.Count);
        var missing = new List<Tile>();
        foreach (var tile in needed)
        {
            if (Cached(tile.Level, tile.Index, tile.Width) is { } hit)
            {
                found[(tile.Level, tile.Index)] = hit;
            }
            else
            {
                missing.Add(tile);
            }
        }

        if (missing.Count == 0)
        {
            return found;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellation);
        await using var command = new NpgsqlCommand(
            $"select level, tile_index, hashes from {LedgerTables.Tiles} where (level, tile_index) in (select * from unnest($1::int[], $2::bigint[]))", connection)
        {
            Parameters =
            {
                new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer, Value = missing.Select(t => t.Level).ToArray() },
                new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint, Value = missing.Select(t => t.Index).ToArray() },
            },
        };
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        var wanted = missing.ToDictionary(t => (t.Level, t.Index), t => t.Width);
        while (await reader.ReadAsync(cancellation))
        {
            var (level, index, hashes) = (reader.GetInt32(0), reader.GetInt64(1), reader.GetFieldValue<byte[]>(2));
            if (hashes.Length == 0 || hashes.Length % Hasher.HashLength != 0 || hashes.Length > Tile.FullWidth * Hasher.HashLength)
            {
                throw new Api.LedgerInconsistentException($"The stored tile {new Tile(level, index, 0).Path} is {hashes.Length} bytes, not a whole number of hashes up to 256.");
            }

            var tile = Keep(new HashTile(Hasher, new Tile(level, index, hashes.Length / Hasher.HashLength), hashes));
            if (tile.Tile.Width >= wanted[(level, index)])
            {
                found[(level, index)] = tile;
            }
        }

        return found;
    }

    /// <summary>Rebuilds the stored tiles from the leaf hashes if they stop short of the latest checkpoint; one rebuild at a time, shared by whoever waits.</summary>
    private async Task<bool> RebuildIfShortAsync(CancellationToken cancellation)
    {
        Task<bool> running;
        lock (rebuilding)
        {
            if (rebuild is null || rebuild.IsCompleted)
            {
                rebuild = Task.Run(() => StoredTiles.RebuildAsync(dataSource, CancellationToken.None), CancellationToken.None);
            }

            running = rebuild;
        }

        return await running.WaitAsync(cancellation);
    }

    /// <summary>Drops every tile in memory, e.g. when a proof built from them did not lead to a signed root.</summary>
    public void Forget() => cache.Clear();

    private HashTile Keep(HashTile tile)
    {
        if (cache.Count >= capacity)
        {
            cache.Clear();
        }

        return cache.AddOrUpdate((tile.Tile.Level, tile.Tile.Index), tile, (_, old) => old.Tile.Width >= tile.Tile.Width ? old : tile);
    }
}
