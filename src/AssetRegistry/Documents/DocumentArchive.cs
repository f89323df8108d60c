using System.Data;
using AssetRegistry.Security;
using Npgsql;
using NpgsqlTypes;

namespace AssetRegistry.Documents;

/// <summary>A stored document as its readers see it, without its bytes.</summary>
public sealed record StoredDocument(Sha256Fingerprint Fingerprint, string MediaType, long Size);

/// <summary>
/// The document tables through plain Npgsql: content goes in and out as a stream, never as one array, and
/// the same bytes are stored once however many upload them, even at the same moment.
/// </summary>
public sealed class DocumentArchive(NpgsqlDataSource dataSource, TimeProvider clock)
{
    /// <summary>
    /// Stores the content unless these bytes are already stored, and records the uploader either way.
    /// Returns the document as stored (the first upload's media type) and whether this upload stored it.
    /// </summary>
    public async Task<(StoredDocument Document, bool Created)> StoreAsync(ReceivedDocument received, string uploader, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(cancellation);

        // Looked up first, so that a repeat upload does not send its bytes to the server only to be discarded.
        var stored = await FindAsync(connection, received.Fingerprint, cancellation);
        var created = false;
        if (stored is null)
        {
            // Two uploads of the same new bytes both get here: the second waits on the first's key and then does
            // nothing; it then reads the row the first committed.
            await using var insert = new NpgsqlCommand(
                $"insert into {DocumentTables.Contents} (sha256, content, media_type, size, stored_at) values ($1, $2, $3, $4, $5) on conflict do nothing",
                connection);
            insert.Parameters.Add(Text(received.Fingerprint.Value));
            insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bytea, Value = received.Content });
            insert.Parameters.Add(Text(received.MediaType));
            insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = received.Size });
            insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = now });
            created = await insert.ExecuteNonQueryAsync(cancellation) == 1;
            stored = created
                ? new StoredDocument(received.Fingerprint, received.MediaType, received.Size)
                : await FindAsync(connection, received.Fingerprint, cancellation)
                  ?? throw new InvalidOperationException($"Document {received.Fingerprint} was neither inserted nor found.");
        }

        await using (var upload = new NpgsqlCommand(
            $"insert into {DocumentTables.Uploads} (sha256, uploader, uploaded_at) values ($1, $2, $3) on conflict do nothing", connection))
        {
            upload.Parameters.Add(Text(received.Fingerprint.Value));
            upload.Parameters.Add(Text(uploader));
            upload.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = now });
            await upload.ExecuteNonQueryAsync(cancellation);
        }

        await transaction.CommitAsync(cancellation);
        return (stored, created);
    }

    /// <summary>
    /// The document if it exists and <paramref name="actor"/> may read it; null for both "no such document" and
    /// "not yours", which callers must not tell apart.
    /// </summary>
    public async Task<StoredDocument?> FindReadableAsync(Sha256Fingerprint fingerprint, Actor actor, CancellationToken cancellation)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellation);
        await using var command = new NpgsqlCommand(
            $"""
            select c.media_type, c.size from {DocumentTables.Contents} c
            where c.sha256 = $1
              and ($2
                   or exists (select 1 from {DocumentTables.Uploads} u where u.sha256 = c.sha256 and u.uploader = $3)
                   or exists (select 1 from {DocumentTables.Grants} g where g.sha256 = c.sha256 and g.party = $4))
            """, connection);
        command.Parameters.Add(Text(fingerprint.Value));
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Boolean, Value = DocumentReaders.MayReadEverything(actor) });
        command.Parameters.Add(Text(DocumentUploader.Of(actor)));
        command.Parameters.Add(Text(actor.Party));
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellation);
        return await reader.ReadAsync(cancellation)
            ? new StoredDocument(fingerprint, reader.GetString(0), reader.GetInt64(1))
            : null;
    }

    /// <summary>Streams the stored bytes to <paramref name="destination"/>; call after <see cref="FindReadableAsync"/>.</summary>
    public async Task CopyContentAsync(Sha256Fingerprint fingerprint, Stream destination, CancellationToken cancellation)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellation);
        await using var command = new NpgsqlCommand($"select content from {DocumentTables.Contents} where sha256 = $1", connection);
        command.Parameters.Add(Text(fingerprint.Value));
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess | CommandBehavior.SingleRow, cancellation);
        if (!await reader.ReadAsync(cancellation))
        {
            throw new InvalidOperationException($"Document {fingerprint} vanished; documents are never deleted.");
        }

        await using var content = await reader.GetStreamAsync(0, cancellation);
        await content.CopyToAsync(destination, cancellation);
    }

    private static async Task<StoredDocument?> FindAsync(NpgsqlConnection connection, Sha256Fingerprint fingerprint, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand($"select media_type, size from {DocumentTables.Contents} where sha256 = $1", connection);
        command.Parameters.Add(Text(fingerprint.Value));
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellation);
        return await reader.ReadAsync(cancellation)
            ? new StoredDocument(fingerprint, reader.GetString(0), reader.GetInt64(1))
            : null;
    }

    private static NpgsqlParameter Text(string? value) =>
        new() { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)value ?? DBNull.Value };
}
