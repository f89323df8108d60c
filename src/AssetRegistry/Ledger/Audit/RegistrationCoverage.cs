using System.Data;
using System.Globalization;
using Npgsql;

namespace AssetRegistry.Ledger.Audit;

/// <summary>
/// Whether every event that completes a registration, up to the last one the ledger cites, has its certificate. Events
/// after it may still be on their way to issuance; they are not the audit's to judge. A count: since the pass checks
/// that certificates cite distinct certifying events in increasing order (<see cref="LeafOrderCheck"/>,
/// <see cref="CitedEventCheck"/>), as many certifying events up to the last one cited as there are certificates means
/// none was skipped. PostgreSQL counts them on a second connection, in the audit's snapshot, while the pass checks
/// certificates.
/// </summary>
internal sealed class RegistrationCoverage : IAsyncDisposable
{
    private const string Certifying = "from registry.mt_events e where e.seq_id <= $1 and e.type = any($2)";

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly long _lastCited;
    private readonly Task<long> _counted;

    private RegistrationCoverage(NpgsqlConnection connection, NpgsqlTransaction transaction, long lastCited, CancellationToken cancellation)
    {
        _connection = connection;
        _transaction = transaction;
        _lastCited = lastCited;
        _counted = CountAsync(cancellation);
    }

    /// <summary>An event that completes a registration and has no certificate.</summary>
    public sealed record LeftOut(long Sequence, string Stream, string Type);

    /// <summary>Starts counting, in <paramref name="transaction"/>'s snapshot, on a connection of its own.</summary>
    public static async Task<RegistrationCoverage> StartAsync(NpgsqlDataSource dataSource, NpgsqlConnection connection, NpgsqlTransaction transaction,
        CancellationToken cancellation)
    {
        string snapshot;
        long lastCited;
        await using (var command = new NpgsqlCommand(
            $"select pg_export_snapshot(), coalesce((select event_sequence from {LedgerTables.Certificates} order by leaf_index desc limit 1), 0)",
            connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellation))
        {
            await reader.ReadAsync(cancellation);
            snapshot = reader.GetString(0);
            lastCited = reader.GetInt64(1);
        }

        var counting = await dataSource.OpenConnectionAsync(cancellation);
        var inSnapshot = await counting.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellation);
        // The snapshot id comes from PostgreSQL itself; SET takes no parameters.
        await using (var setUp = new NpgsqlCommand(
            $"set transaction snapshot '{snapshot}'; set transaction read only; set local max_parallel_workers_per_gather = 0", counting, inSnapshot))
        {
            await setUp.ExecuteNonQueryAsync(cancellation);
        }

        return new RegistrationCoverage(counting, inSnapshot, lastCited, cancellation);
    }

    /// <summary>Null when the ledger's <paramref name="certificates"/> are every certifying event up to the last cited; else the first left out.</summary>
    public async Task<AuditFinding?> MissingAsync(long certificates, CancellationToken cancellation)
    {
        var certifying = await _counted;
        if (certifying == certificates)
        {
            return null;
        }

        await using var command = new NpgsqlCommand(
            $"select e.seq_id, e.stream_id, e.type {Certifying} "
            + $"and not exists (select 1 from {LedgerTables.Certificates} c where c.event_sequence = e.seq_id) order by e.seq_id limit 1", _connection, _transaction);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = _lastCited });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. CertifyingEvents.Types] });
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        var leftOut = await reader.ReadAsync(cancellation) ? new LeftOut(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)) : null;
        return Finding(certifying, certificates, _lastCited, leftOut);
    }

    /// <summary>
    /// The finding when the counts differ: the first event left out, or, should none be found (the count and the search
    /// disagree, which a ledger that passed every other check cannot make happen), the two counts.
    /// </summary>
    public static AuditFinding Finding(long certifying, long certificates, long lastCited, LeftOut? leftOut) =>
        leftOut is not null
            ? new(AuditFailure.RegistrationLeftOut, $"event {leftOut.Sequence} ({leftOut.Type} on {leftOut.Stream}) has no certificate, "
                + "though the ledger certifies events after it: a registration was left out of the ledger")
            : new(AuditFailure.CertifyingEventsMiscounted,
                $"the database holds {certifying:N0} certifying events up to event {lastCited}, the ledger {certificates:N0} certificates");

    private async Task<long> CountAsync(CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand($"select count(*) {Certifying}", _connection, _transaction);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = _lastCited });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. CertifyingEvents.Types] });
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellation), CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            // Stopped early (a mismatch, a failure): the count in flight ends before its connection goes.
            await _counted;
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException)
        {
            // Nothing more is needed from it.
        }

        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
