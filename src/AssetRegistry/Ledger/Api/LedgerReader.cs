using Npgsql;
using NpgsqlTypes;

namespace AssetRegistry.Ledger.Api;

/// <summary>A row of <see cref="LedgerTables.Certificates"/>: <see cref="Text"/> is the certificate's canonical JSON, the leaf's bytes.</summary>
public sealed record CertificateRow(
    long LeafIndex, string CertificateNumber, string RegistrationNumber, string Text, byte[] LeafHash, byte[] CertificateHash, DateTimeOffset IssuedAt);

/// <summary>A row of <see cref="LedgerTables.Checkpoints"/>: <see cref="Text"/> is the signed checkpoint as published.</summary>
public sealed record CheckpointRow(long TreeSize, string Text, byte[] RootHash, string KeyId, DateTimeOffset IssuedAt);

/// <summary>The C2SP note of a checkpoint (docs/ledger.md §14), as stored beside its JSON form.</summary>
public sealed record CheckpointNoteRow(long TreeSize, string Note);

/// <summary>A row of <see cref="LedgerTables.Salts"/>: what opens one commitment of a certificate.</summary>
public sealed record SaltRow(string Field, byte[] Salt, string Value);

/// <summary>
/// Reads the ledger tables through plain Npgsql. Nothing here writes: the ledger is append-only and written by
/// issuance alone, so separate reads (a certificate, then a checkpoint, then leaf hashes) cannot see it change
/// under them, only grow.
/// </summary>
public sealed class LedgerReader(NpgsqlDataSource dataSource)
{
    private const string CertificateColumns = "leaf_index, certificate_number, registration_number, certificate, leaf_hash, certificate_hash, issued_at";
    private const string CheckpointColumns = "tree_size, checkpoint, root_hash, key_id, issued_at";

    public Task<CertificateRow?> CertificateAsync(string certificateNumber, CancellationToken cancellation) =>
        SingleAsync($"select {CertificateColumns} from {LedgerTables.Certificates} where certificate_number = $1", [Text(certificateNumber)], ReadCertificate, cancellation);

    public Task<CertificateRow?> CertificateAtAsync(long leafIndex, CancellationToken cancellation) =>
        SingleAsync($"select {CertificateColumns} from {LedgerTables.Certificates} where leaf_index = $1", [Long(leafIndex)], ReadCertificate, cancellation);

    /// <summary>The asset's last certificate: the one a later registration would supersede next.</summary>
    public Task<CertificateRow?> LatestCertificateOfAsync(string registrationNumber, CancellationToken cancellation) =>
        SingleAsync($"select {CertificateColumns} from {LedgerTables.Certificates} where registration_number = $1 order by leaf_index desc limit 1",
            [Text(registrationNumber)], ReadCertificate, cancellation);

    public Task<CheckpointRow?> LatestCheckpointAsync(CancellationToken cancellation) =>
        SingleAsync($"select {CheckpointColumns} from {LedgerTables.Checkpoints} order by tree_size desc limit 1", [], ReadCheckpoint, cancellation);

    public Task<CheckpointRow?> CheckpointAsync(long treeSize, CancellationToken cancellation) =>
        SingleAsync($"select {CheckpointColumns} from {LedgerTables.Checkpoints} where tree_size = $1", [Long(treeSize)], ReadCheckpoint, cancellation);

    /// <summary>The latest checkpoint signed as a C2SP note too (checkpoints signed before notes were have none).</summary>
    public Task<CheckpointNoteRow?> LatestNoteAsync(CancellationToken cancellation) =>
        SingleAsync($"select tree_size, note from {LedgerTables.Checkpoints} where note is not null order by tree_size desc limit 1", [], ReadNote, cancellation);

    public Task<CheckpointNoteRow?> NoteAsync(long treeSize, CancellationToken cancellation) =>
        SingleAsync($"select tree_size, note from {LedgerTables.Checkpoints} where tree_size = $1 and note is not null", [Long(treeSize)], ReadNote, cancellation);

    /// <summary>The first checkpoint whose tree holds leaf <paramref name="leafIndex"/>.</summary>
    public Task<CheckpointRow?> FirstCheckpointHoldingAsync(long leafIndex, CancellationToken cancellation) =>
        SingleAsync($"select {CheckpointColumns} from {LedgerTables.Checkpoints} where tree_size > $1 order by tree_size limit 1", [Long(leafIndex)], ReadCheckpoint, cancellation);

    /// <summary>A certificate by its number and the latest checkpoint, in one round trip: what a bundle against the latest checkpoint needs.</summary>
    public async Task<(CertificateRow? Certificate, CheckpointRow? Latest)> CertificateAndLatestCheckpointAsync(string certificateNumber, CancellationToken cancellation)
    {
        await using var connection = await OpenAsync(cancellation);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand($"select {CertificateColumns} from {LedgerTables.Certificates} where certificate_number = $1") { Parameters = { Text(certificateNumber) } },
                new NpgsqlBatchCommand($"select {CheckpointColumns} from {LedgerTables.Checkpoints} order by tree_size desc limit 1"),
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellation);
        var certificate = await reader.ReadAsync(cancellation) ? ReadCertificate(reader) : null;
        await reader.NextResultAsync(cancellation);
        var latest = await reader.ReadAsync(cancellation) ? ReadCheckpoint(reader) : null;
        return (certificate, latest);
    }

    /// <summary>Checkpoints oldest first, a page of them, and how many there are in all.</summary>
    public async Task<(IReadOnlyList<CheckpointRow> Page, long Total)> CheckpointsAsync(long offset, int limit, CancellationToken cancellation)
    {
        await using var connection = await OpenAsync(cancellation);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand($"select count(*) from {LedgerTables.Checkpoints}"),
                new NpgsqlBatchCommand($"select {CheckpointColumns} from {LedgerTables.Checkpoints} order by tree_size limit $1 offset $2")
                {
                    Parameters = { new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = limit }, Long(offset) },
                },
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellation);
        await reader.ReadAsync(cancellation);
        var total = reader.GetInt64(0);
        await reader.NextResultAsync(cancellation);
        var page = new List<CheckpointRow>();
        while (await reader.ReadAsync(cancellation))
        {
            page.Add(ReadCheckpoint(reader));
        }

        return (page, total);
    }

    public async Task<IReadOnlyList<SaltRow>> SaltsAsync(string certificateNumber, CancellationToken cancellation)
    {
        await using var connection = await OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(
            $"select field, salt, value from {LedgerTables.Salts} where certificate_number = $1 order by field", connection)
        {
            Parameters = { Text(certificateNumber) },
        };
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        var salts = new List<SaltRow>();
        while (await reader.ReadAsync(cancellation))
        {
            salts.Add(new SaltRow(reader.GetString(0), reader.GetFieldValue<byte[]>(1), reader.GetString(2)));
        }

        return salts;
    }

    private async Task<T?> SingleAsync<T>(string sql, NpgsqlParameter[] parameters, Func<NpgsqlDataReader, T> read, CancellationToken cancellation)
        where T : class
    {
        await using var connection = await OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        return await reader.ReadAsync(cancellation) ? read(reader) : null;
    }

    private ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellation) => dataSource.OpenConnectionAsync(cancellation);

    private static CertificateRow ReadCertificate(NpgsqlDataReader reader) => new(
        reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
        reader.GetFieldValue<byte[]>(4), reader.GetFieldValue<byte[]>(5), reader.GetFieldValue<DateTimeOffset>(6));

    private static CheckpointRow ReadCheckpoint(NpgsqlDataReader reader) => new(
        reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<byte[]>(2), reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4));

    private static CheckpointNoteRow ReadNote(NpgsqlDataReader reader) => new(reader.GetInt64(0), reader.GetString(1));

    private static NpgsqlParameter Text(string value) => new() { NpgsqlDbType = NpgsqlDbType.Text, Value = value };

    private static NpgsqlParameter Long(long value) => new() { NpgsqlDbType = NpgsqlDbType.Bigint, Value = value };
}
