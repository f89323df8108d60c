using Npgsql;

namespace AssetRegistry.Infrastructure.Nodes;

/// <summary>
/// Leadership leases in PostgreSQL: a row per lease naming its holder, its term (which grows each time the lease
/// changes hands) and when it runs out by the database's clock. A node holds a lease only while it keeps renewing
/// it; a node that stops — killed, paused, cut off from the database — loses it when it runs out, however long its
/// process or its sessions live on. Work done under a lease commits only with <see cref="HoldSql"/> in its
/// transaction, so a node that wakes up after losing its lease writes nothing.
/// </summary>
/// <remarks>
/// Not a session advisory lock: a paused process keeps its session, and so the lock, for as long as it is paused.
/// The row is touched by lease holders and candidates only, a few times a second at most, never by a registration.
/// </remarks>
public sealed class Leases(string connectionString)
{
    // A pool of its own: a node whose requests hold every connection of its pool must still renew its lease.
    private readonly string _connectionString = new NpgsqlConnectionStringBuilder(connectionString)
    {
        MaxPoolSize = 2,
        MinPoolSize = 0,
        ApplicationName = $"{new NpgsqlConnectionStringBuilder(connectionString).ApplicationName ?? "asset-registry"} lease",
    }.ConnectionString;

    /// <summary>The lease of the async daemon: the certificate issuer and every asynchronous projection.</summary>
    public const string Daemon = "async-daemon";

    /// <summary>SQLSTATE of a commit refused because its lease is no longer held.</summary>
    public const string LeaseLostState = "AR001";

    /// <summary>
    /// The statement that fences a transaction: it fails (<see cref="LeaseLostState"/>) unless the lease is still
    /// held, in the term given, and has not run out; otherwise it locks the lease's row, so that no one can take the
    /// lease over before this transaction ends. Parameters: lease, holder, term.
    /// </summary>
    public const string HoldSql = "select registry.hold_lease(?, ?, ?)";

    private const string Schema = """
        select pg_advisory_xact_lock(hashtext('registry.leases'));
        create schema if not exists registry;
        create table if not exists registry.leases (
            name text primary key,
            holder text not null,
            term bigint not null,
            expires_at timestamptz not null);
        create or replace function registry.hold_lease(lease text, node text, lease_term bigint) returns void
        language plpgsql as $$
        begin
            perform 1 from registry.leases l
             where l.name = lease and l.holder = node and l.term = lease_term and l.expires_at > clock_timestamp()
               for update;
            if not found then
                raise exception 'the lease % is no longer held by % in term %: nothing of this transaction is written', lease, node, lease_term
                    using errcode = 'AR001';
            end if;
        end $$;
        """;

    private bool _schemaReady;

    /// <summary>
    /// Renews the lease if <paramref name="holder"/> holds it, or takes it if it has run out: the term held, or null
    /// while someone else holds it.
    /// </summary>
    public async Task<long?> TryHoldAsync(string lease, string holder, TimeSpan duration, CancellationToken cancellation)
    {
        await using var connection = await OpenAsync(cancellation);
        await using var command = new NpgsqlCommand("""
            insert into registry.leases as l (name, holder, term, expires_at) values ($1, $2, 1, clock_timestamp() + $3)
            on conflict (name) do update
               set holder = excluded.holder,
                   term = l.term + case when l.holder = excluded.holder then 0 else 1 end,
                   expires_at = excluded.expires_at
             where l.holder = excluded.holder or l.expires_at <= clock_timestamp()
            returning term
            """, connection);
        command.Parameters.AddWithValue(lease);
        command.Parameters.AddWithValue(holder);
        command.Parameters.AddWithValue(duration);
        return await command.ExecuteScalarAsync(cancellation) is long term ? term : null;
    }

    /// <summary>Gives the lease up at once (a clean stop), so that another node need not wait for it to run out.</summary>
    public async Task ReleaseAsync(string lease, string holder, CancellationToken cancellation)
    {
        await using var connection = await OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(
            "update registry.leases set expires_at = clock_timestamp() where name = $1 and holder = $2 and expires_at > clock_timestamp()", connection);
        command.Parameters.AddWithValue(lease);
        command.Parameters.AddWithValue(holder);
        await command.ExecuteNonQueryAsync(cancellation);
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellation)
    {
        var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(cancellation);
        if (!_schemaReady)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellation);
            await using (var create = new NpgsqlCommand(Schema, connection, transaction))
            {
                await create.ExecuteNonQueryAsync(cancellation);
            }

            await transaction.CommitAsync(cancellation);
            _schemaReady = true;
        }

        return connection;
    }
}
