using System.Data;
using System.Globalization;
using Npgsql;

namespace AssetRegistry.Ledger.Audit;

/// <summary>
/// Reads the ledger in leaf order, a batch at a time (keyset-paginated, in the audit's one snapshot), with the
/// checkpoints whose tree size falls in each batch. Each leaf comes with the event it cites and with the asset's
/// certificate before it, from the ledger's (registration number, leaf index) index.
/// </summary>
internal sealed class LeafOrderReader(NpgsqlConnection connection, NpgsqlTransaction transaction, int batchSize)
{
    private static readonly string LeavesSql =
        "select c.leaf_index, c.certificate_number, c.registration_number, c.event_sequence, convert_to(c.certificate, 'UTF8'), "
        + "c.leaf_hash, c.certificate_hash, e.stream_id, e.type, e.version, convert_to(e.data::text, 'UTF8'), p.leaf_index, p.certificate_number, p.certificate_hash "
        + $"from {LedgerTables.Certificates} c "
        + "left join registry.mt_events e on e.seq_id = c.event_sequence "
        + "left join lateral (select q.leaf_index, q.certificate_number, q.certificate_hash "
        + $"from {LedgerTables.Certificates} q where q.registration_number = c.registration_number and q.leaf_index < c.leaf_index "
        + "order by q.leaf_index desc limit 1) p on true "
        + "where c.leaf_index > $1 order by c.leaf_index limit $2";

    private static readonly string CheckpointsSql =
        $"select tree_size, checkpoint, root_hash, key_id, issued_at, frontier, note from {LedgerTables.Checkpoints} "
        + "where tree_size > $1 and tree_size <= $2 order by tree_size";

    public async Task<long> CountCertificatesAsync(CancellationToken cancellation)
    {
        // The primary key's last entry: the count when there are no gaps, which is what the audit then checks.
        await using var command = new NpgsqlCommand($"select coalesce(max(leaf_index) + 1, 0) from {LedgerTables.Certificates}", connection, transaction);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellation), CultureInfo.InvariantCulture);
    }

    /// <summary>The leaves after <paramref name="after"/>, and the checkpoints of tree sizes those leaves complete (all that remain, at the end).</summary>
    public async Task<LedgerBatch> BatchAsync(long after, CancellationToken cancellation)
    {
        var leaves = new List<AuditedLeaf>(batchSize);
        await using (var command = new NpgsqlCommand(LeavesSql, connection, transaction))
        {
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = after });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = batchSize });
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellation);
            while (await reader.ReadAsync(cancellation))
            {
                leaves.Add(new AuditedLeaf
                {
                    LeafIndex = reader.GetInt64(0),
                    CertificateNumber = reader.GetString(1),
                    RegistrationNumber = reader.GetString(2),
                    EventSequence = reader.GetInt64(3),
                    Certificate = reader.GetFieldValue<byte[]>(4),
                    LeafHash = reader.GetFieldValue<byte[]>(5),
                    CertificateHash = reader.GetFieldValue<byte[]>(6),
                    EventStream = reader.IsDBNull(7) ? null : reader.GetString(7),
                    EventType = reader.IsDBNull(8) ? null : reader.GetString(8),
                    EventVersion = reader.IsDBNull(9) ? 0 : reader.GetInt64(9),
                    EventData = reader.IsDBNull(10) ? null : reader.GetFieldValue<byte[]>(10),
                    PreviousLeafIndex = reader.IsDBNull(11) ? null : reader.GetInt64(11),
                    PreviousNumber = reader.IsDBNull(12) ? null : reader.GetString(12),
                    PreviousHash = reader.IsDBNull(13) ? null : reader.GetFieldValue<byte[]>(13),
                });
            }
        }

        var upTo = leaves.Count == 0 ? long.MaxValue : leaves[^1].LeafIndex + 1;
        // Tree sizes up to 0 were read before the first leaf.
        return new LedgerBatch(leaves, await CheckpointsAsync(after < 0 ? 0 : after + 1, upTo, cancellation));
    }

    /// <summary>Checkpoints with <paramref name="above"/> &lt; tree size ≤ <paramref name="upTo"/>, by tree size.</summary>
    public async Task<List<AuditedCheckpoint>> CheckpointsAsync(long above, long upTo, CancellationToken cancellation)
    {
        var checkpoints = new List<AuditedCheckpoint>();
        await using var command = new NpgsqlCommand(CheckpointsSql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = above });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = upTo });
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            checkpoints.Add(new AuditedCheckpoint(
                reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<byte[]>(2), reader.GetString(3),
                reader.GetFieldValue<DateTimeOffset>(4), reader.GetFieldValue<byte[][]>(5), reader.IsDBNull(6) ? null : reader.GetString(6)));
        }

        return checkpoints;
    }
}
