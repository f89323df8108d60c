using System.Diagnostics;
using System.Globalization;
using AssetRegistry.Infrastructure;
using AssetRegistry.Infrastructure.Database;
using AssetRegistry.Register;
using JasperFx.Events.Projections;
using Marten;
using Npgsql;

namespace AssetRegistry.Rebuilding;

/// <summary>
/// <c>dotnet run --project src/AssetRegistry -- rebuild [VIEW ...]</c>: writes every inline view again from the events —
/// the Application, Asset, Objection and Party snapshots, the portfolios' rights, the public register, and any inline
/// projection added to the store later — or only the views named. Each is Marten's projection rebuild: every event is
/// replayed through the view in the global order, after its documents are deleted (a snapshot's, the rights') or over
/// them (the register's entries, each keyed by its event). <c>rebuild-register</c> is <c>rebuild PublicRegister</c>.
/// Exit code 0 when done, 2 when nothing was rebuilt (arguments, configuration, database).
/// </summary>
/// <remarks>
/// The store is configured as the service's (<see cref="RegistryStore"/>), without the certificate issuer: a rebuild
/// touches views only, never the ledger, which is a subscription and is issued once. Run it with the service stopped:
/// a snapshot is deleted before it is written again, and a registration recorded meanwhile could be read as missing or
/// be overwritten by the older state replayed. The register alone may be rebuilt while the service runs: its entries
/// are keyed by their events and made from the events alone.
/// </remarks>
public static class RebuildCommand
{
    public const string Usage = "usage: rebuild [VIEW ...]    (no VIEW: every inline view)";

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, IHostEnvironment environment, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(configuration);
        string[] asked = args is ["rebuild-register"] ? [PublicRegisterProjection.Name] : args[1..];
        if (asked.Any(a => a.StartsWith('-')))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        try
        {
            await using var database = await VerbDatabase.OpenAsync(configuration, environment, message => Console.Error.WriteLine(message));
            var options = RegistryStore.Options(database.ConnectionString, clock ?? TimeProvider.System);
            var views = InlineViews(options);
            var unknown = asked.Except(views, StringComparer.Ordinal).ToArray();
            if (unknown.Length > 0)
            {
                await Console.Error.WriteLineAsync($"rebuild: no view named {string.Join(", ", unknown)}; the views are {string.Join(", ", views)}.");
                return 2;
            }

            using var store = new DocumentStore(options);
            await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
            var started = Stopwatch.GetTimestamp();
            await RebuildAsync(store, asked.Length == 0 ? views : asked, (view, took) =>
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {view,-24} rebuilt in {took.TotalSeconds:N1} s")), CancellationToken.None);
            await using (var connection = store.Storage.Database.CreateConnection())
            {
                await connection.OpenAsync();
                await ViewVersions.RecordCurrentAsync(connection, asked.Length == 0 ? views : asked, (clock ?? TimeProvider.System).GetUtcNow(), CancellationToken.None);
            }

            await using var session = store.QuerySession();
            var events = await session.Events.QueryAllRawEvents().CountAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"views rebuilt from {events:N0} events in {Stopwatch.GetElapsedTime(started).TotalSeconds:N1} s"));
            return 0;
        }
        catch (Exception e) when (e is RegistryConfigurationException or NpgsqlException)
        {
            await Console.Error.WriteLineAsync($"rebuild: nothing was rebuilt: {e.Message}");
            return 2;
        }
    }

    /// <summary>Every projection and snapshot the store keeps inline, by the name Marten knows it by (a snapshot's: its type's name).</summary>
    public static IReadOnlyList<string> InlineViews(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return [.. options.Projections.All.Where(p => p.Lifecycle == ProjectionLifecycle.Inline).Select(p => p.Name)];
    }

    /// <summary>Rebuilds the views named, one after the other, each from every event (Marten's projection rebuild).</summary>
    public static async Task RebuildAsync(IDocumentStore store, IEnumerable<string> views, Action<string, TimeSpan> rebuilt, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(views);
        ArgumentNullException.ThrowIfNull(rebuilt);
        using var daemon = await store.BuildProjectionDaemonAsync();
        foreach (var view in views)
        {
            var started = Stopwatch.GetTimestamp();
            await daemon.RebuildProjectionAsync(view, TimeSpan.FromHours(2), cancellation);
            rebuilt(view, Stopwatch.GetElapsedTime(started));
        }
    }
}
