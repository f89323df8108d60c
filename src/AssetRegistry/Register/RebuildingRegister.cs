using System.Globalization;
using AssetRegistry.Infrastructure;
using AssetRegistry.Infrastructure.Database;
using Marten;
using Npgsql;

namespace AssetRegistry.Register;

/// <summary>
/// <c>dotnet run --project src/AssetRegistry -- rebuild-register</c>: writes every public register entry again from the
/// asset events (<see cref="PublicRegisterProjection"/>), through a Marten store configured as the service's. Entries are
/// keyed by their event and made from the events alone, so a rebuild rewrites the same entries — corrected where an older
/// version of the service wrote them wrong — and may run while the service records new ones. Exit code 0 when done, 2 when
/// nothing could be rebuilt (configuration, database).
/// </summary>
public static class RebuildRegisterCommand
{
    public static async Task<int> RunAsync(IConfiguration configuration, IHostEnvironment environment, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        try
        {
            await using var database = await VerbDatabase.OpenAsync(configuration, environment, message => Console.Error.WriteLine(message));
            using var store = new DocumentStore(RegistryStore.Options(database.ConnectionString, clock ?? TimeProvider.System));
            await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
            var started = DateTime.UtcNow;
            var entries = await RebuildAsync(store, CancellationToken.None);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"public register rebuilt: {entries:N0} entries in {(DateTime.UtcNow - started).TotalSeconds:N1} s"));
            return 0;
        }
        catch (Exception e) when (e is RegistryConfigurationException or NpgsqlException)
        {
            await Console.Error.WriteLineAsync($"rebuild-register: {e.Message}");
            return 2;
        }
    }

    /// <summary>Replays every event through the register's projection (Marten's projection rebuild); returns the entries it holds after.</summary>
    public static async Task<long> RebuildAsync(IDocumentStore store, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var daemon = await store.BuildProjectionDaemonAsync();
        await daemon.RebuildProjectionAsync(PublicRegisterProjection.Name, TimeSpan.FromHours(2), cancellation);
        await using var session = store.QuerySession();
        return await session.Query<PublicRegisterEntry>().CountAsync(cancellation);
    }
}
