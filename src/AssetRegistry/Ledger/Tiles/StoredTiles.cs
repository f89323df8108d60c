using AssetRegistry.Verification.Merkle;
using Marten;
using Npgsql;
using NpgsqlTypes;

namespace AssetRegistry.Ledger.Tiles;

/// <summary>
/// Writes the ledger's tiles (<see cref="LedgerTables.Tiles"/>): each issuance batch queues the tiles its leaves
/// touched into its own transaction, so a committed checkpoint always has its tiles. A ledger written before tiles
/// were stored (or whose tiles were lost) gets them rebuilt from its leaf hashes: by the next batch, or by the first
/// read that misses one (<see cref="RebuildAsync"/>). Rows only ever grow, whoever writes them.
/// </summary>
public static class StoredTiles
{
    /// <summary>The ledger's tree hash (certificates are SHA-256 leaves, <see cref="CertificateBuilder"/>).</summary>
    public static MerkleHasher Hasher => MerkleHasher.Sha256;

    // A tile's hashes never change and a partial tile only gains some at its end: the longer row is always the right one,
    // so a rebuild racing issuance (or another node's rebuild) cannot take a tile back.
    private const string Upsert =
        $"insert into {LedgerTables.Tiles} (level, tile_index, hashes) select * from unnest(@levels::int[], @indexes::bigint[], @hashes::bytea[]) " +
        $"on conflict (level, tile_index) do update set hashes = excluded.hashes where length(excluded.hashes) > length({LedgerTables.Tiles}.hashes)";

    private const string UpsertPositional =
        $"insert into {LedgerTables.Tiles} (level, tile_index, hashes) select * from unnest(?::int[], ?::bigint[], ?::bytea[]) " +
        $"on conflict (level, tile_index) do update set hashes = excluded.hashes where length(excluded.hashes) > length({LedgerTables.Tiles}.hashes)";

    /// <summary>
    /// Queues, in the batch's transaction, the tiles of the log of <paramref name="sizeBefore"/> leaves after
    /// <paramref name="leafHashes"/> are appended: the partial tiles read back (or every tile rebuilt when the stored
    /// ones stop short of <paramref name="sizeBefore"/>), the leaves appended, the touched tiles written.
    /// </summary>
    public static async Task QueueBatchAsync(IDocumentOperations operations, long sizeBefore, IReadOnlyList<byte[]> leafHashes, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(operations);
        ArgumentNullException.ThrowIfNull(leafHashes);
        var log = await ResumeAsync(operations, sizeBefore, cancellation);
        foreach (var leaf in leafHashes)
        {
            log.Append(leaf);
        }

        var changed = log.Changed;
        operations.QueueSqlCommand(UpsertPositional,
            changed.Select(t => t.Tile.Level).ToArray(), changed.Select(t => t.Tile.Index).ToArray(), changed.Select(t => t.Hashes).ToArray());
    }

    /// <summary>The log at <paramref name="size"/> leaves from its stored partial tiles, or from all its leaf hashes when those fall short.</summary>
    private static async Task<TiledLog> ResumeAsync(IQuerySession session, long size, CancellationToken cancellation)
    {
        if (size == 0)
        {
            return new TiledLog(Hasher);
        }

        var last = Tile.LastOf(size);
        var rows = await session.AdvancedSql.QueryAsync<StoredTile>(
            $"select json_build_object('Level', level, 'Index', tile_index, 'Hashes', encode(hashes, 'base64')) from {LedgerTables.Tiles} " +
            "where (level, tile_index) in (select * from unnest(?::int[], ?::bigint[]))",
            cancellation, last.Select(t => t.Level).ToArray(), last.Select(t => t.Index).ToArray());
        var stored = rows.ToDictionary(r => (r.Level, r.Index), r => Convert.FromBase64String(r.Hashes));
        if (last.All(t => stored.TryGetValue((t.Level, t.Index), out var hashes) && hashes.Length == t.Width * Hasher.HashLength))
        {
            return new TiledLog(Hasher, size, stored.Select(s => (new Tile(s.Key.Level, s.Key.Index, s.Value.Length / Hasher.HashLength), (ReadOnlyMemory<byte>)s.Value)));
        }

        if (last.Any(t => stored.TryGetValue((t.Level, t.Index), out var hashes) && hashes.Length > t.Width * Hasher.HashLength))
        {
            throw new InvalidOperationException($"The stored tiles reach beyond the last checkpoint's {size} leaves.");
        }

        var leaves = await session.AdvancedSql.QueryAsync<string>(
            $"select encode(leaf_hash, 'base64') from {LedgerTables.Certificates} where leaf_index < ? order by leaf_index", cancellation, size);
        if (leaves.Count != size)
        {
            throw new InvalidOperationException($"The ledger has {leaves.Count} leaves below its checkpoint's {size}.");
        }

        var rebuilt = new TiledLog(Hasher);
        foreach (var leaf in leaves)
        {
            rebuilt.Append(Convert.FromBase64String(leaf));
        }

        return rebuilt;
    }

    /// <summary>
    /// Rebuilds every tile of the latest checkpoint's tree from the stored leaf hashes when the stored tiles stop short of
    /// it (a ledger from before tiles were stored), in one transaction of its own; true if it wrote anything.
    /// </summary>
    public static async Task<bool> RebuildAsync(NpgsqlDataSource dataSource, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        long size;
        await using (var command = new NpgsqlCommand($"select coalesce(max(tree_size), 0) from {LedgerTables.Checkpoints}", connection, transaction))
        {
            size = (long)(await command.ExecuteScalarAsync(cancellation))!;
        }

        if (size == 0 || await CoveredAsync(connection, transaction, size, cancellation))
        {
            return false;
        }

        var log = new TiledLog(Hasher);
        await using (var command = new NpgsqlCommand($"select leaf_hash from {LedgerTables.Certificates} where leaf_index < $1 order by leaf_index", connection, transaction))
        {
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = size });
            await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, cancellation);
            while (await reader.ReadAsync(cancellation))
            {
                log.Append(reader.GetFieldValue<byte[]>(0));
            }
        }

        if (log.Size != size)
        {
            throw new InvalidOperationException($"The ledger has {log.Size} leaves below its checkpoint's {size}.");
        }

        var changed = log.Changed;
        await using (var command = new NpgsqlCommand(Upsert, connection, transaction))
        {
            command.Parameters.Add(new NpgsqlParameter("levels", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = changed.Select(t => t.Tile.Level).ToArray() });
            command.Parameters.Add(new NpgsqlParameter("indexes", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = changed.Select(t => t.Tile.Index).ToArray() });
            command.Parameters.Add(new NpgsqlParameter("hashes", NpgsqlDbType.Array | NpgsqlDbType.Bytea) { Value = changed.Select(t => t.Hashes).ToArray() });
            await command.ExecuteNonQueryAsync(cancellation);
        }

        await transaction.CommitAsync(cancellation);
        return true;
    }

    /// <summary>Whether the stored tiles hold a tree of <paramref name="size"/>: the last tile of each level is there, at least as wide.</summary>
    private static async Task<bool> CoveredAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long size, CancellationToken cancellation)
    {
        var last = Tile.LastOf(size);
        await using var command = new NpgsqlCommand(
            $"select count(*) from {LedgerTables.Tiles} t join unnest($1::int[], $2::bigint[], $3::int[]) as l(level, tile_index, width) " +
            "using (level, tile_index) where length(t.hashes) >= l.width * 32", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer, Value = last.Select(t => t.Level).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint, Value = last.Select(t => t.Index).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer, Value = last.Select(t => t.Width).ToArray() });
        return (long)(await command.ExecuteScalarAsync(cancellation))! == last.Count;
    }

    private sealed record StoredTile(int Level, long Index, string Hashes);
}
