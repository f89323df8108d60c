using Marten;
using Npgsql;

namespace AssetRegistry.Rebuilding;

/// <summary>
/// The shape each inline view's documents are stored in, as a number per view, and the number each view of a
/// database was last written in (<c>registry.view_versions</c>). When a change to a view's document type means that
/// the documents stored before it can no longer be read as they are — a member renamed, made required, reshaped —
/// raise the view's number here: the service rebuilds that view from the events when it starts on a database an
/// earlier version wrote (<see cref="StaleViewsRebuild"/>), before it serves or fires anything.
/// </summary>
/// <remarks>
/// Numbers rather than a fingerprint of the types: a rebuild of a large registry takes minutes, so it should happen
/// when a view's stored shape really changed, and say why. The stored-data fixtures
/// (tests/AssetRegistry.Tests/StoredData) fail when a view stored by an earlier version no longer reads and its number
/// was not raised.
/// </remarks>
public static class ViewVersions
{
    /// <summary>A view not listed is at 1, as is every view of a database written before the numbers were kept.</summary>
    private static readonly Dictionary<string, int> Current = new(StringComparer.Ordinal)
    {
        // 2: an application's subject is one typed value per registration kind (ApplicationSubject), where it was
        // nullable members per kind (commit 24312e6).
        ["Application"] = 2,
    };

    private const string Table = """
        create schema if not exists registry;
        create table if not exists registry.view_versions (
            view text primary key,
            version integer not null,
            written_at timestamptz not null);
        """;

    public static int Of(string view) => Current.GetValueOrDefault(view, 1);

    /// <summary>
    /// The views, of those given, that the database holds in an older shape than this version reads. A view the table
    /// does not name was written before the numbers were kept — at 1 — unless no event was ever recorded (a new
    /// registry), whose views are empty and so current.
    /// </summary>
    public static async Task<IReadOnlyList<string>> StaleAsync(NpgsqlConnection connection, IEnumerable<string> views, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(views);
        var stored = await StoredAsync(connection, cancellation);
        var anyEvents = await AnyEventsAsync(connection, cancellation);
        return [.. views.Where(view => (stored.TryGetValue(view, out var version) ? version : anyEvents ? 1 : Of(view)) < Of(view))];
    }

    /// <summary>Records that the views given are now written in this version's shape.</summary>
    public static async Task RecordCurrentAsync(NpgsqlConnection connection, IEnumerable<string> views, DateTimeOffset now, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(views);
        await EnsureTableAsync(connection, cancellation);
        foreach (var view in views)
        {
            await using var command = new NpgsqlCommand(
                "insert into registry.view_versions (view, version, written_at) values ($1, $2, $3) " +
                "on conflict (view) do update set version = excluded.version, written_at = excluded.written_at", connection);
            command.Parameters.AddWithValue(view);
            command.Parameters.AddWithValue(Of(view));
            command.Parameters.AddWithValue(now.ToUniversalTime());
            await command.ExecuteNonQueryAsync(cancellation);
        }
    }

    /// <summary>
    /// Before a bulk write in this version's shape (<c>seed</c>): records every view that is not stale as current, so
    /// that a new registry's views are not rebuilt at the service's next start, while a stale one stays stale.
    /// </summary>
    public static async Task RecordUpToDateAsync(IDocumentStore store, IEnumerable<string> views, DateTimeOffset now, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(store);
        var all = views.ToArray();
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        var stale = await StaleAsync(connection, all, cancellation);
        await RecordCurrentAsync(connection, all.Except(stale, StringComparer.Ordinal), now, cancellation);
    }

    private static async Task<Dictionary<string, int>> StoredAsync(NpgsqlConnection connection, CancellationToken cancellation)
    {
        await EnsureTableAsync(connection, cancellation);
        var stored = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand("select view, version from registry.view_versions", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            stored[reader.GetString(0)] = reader.GetInt32(1);
        }

        return stored;
    }

    /// <summary>Whether any event was ever recorded; Marten's tables exist by then (its schema is applied first).</summary>
    private static async Task<bool> AnyEventsAsync(NpgsqlConnection connection, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand("select exists (select 1 from registry.mt_events)", connection);
        return await command.ExecuteScalarAsync(cancellation) is true;
    }

    private static async Task EnsureTableAsync(NpgsqlConnection connection, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(Table, connection);
        await command.ExecuteNonQueryAsync(cancellation);
    }
}
