using System.Globalization;
using AssetRegistry.Infrastructure.Database;
using Npgsql;

namespace AssetRegistry.Benchmark;

/// <summary>
/// A private PostgreSQL cluster for this run only, in a temporary folder, started by the service's own
/// <see cref="PrivatePostgres"/> (as root it runs as user postgres) with PostgreSQL's default durability
/// (fsync, synchronous_commit and full_page_writes on). Three databases: the service's, the baseline's, and the
/// data sets of (h), which the same service is pointed at in turn.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    public const string ServiceDatabase = "asset_registry";
    public const string BaselineDatabase = "asset_registry_baseline";
    public const string ScaleDatabase = "asset_registry_scale";

    private readonly PrivatePostgres _server;
    private readonly IDisposable _interruption;

    private BenchDatabase(PrivatePostgres server)
    {
        _server = server;
        _interruption = Interruption.OnInterrupt(() => server.StopAsync().GetAwaiter().GetResult());
    }

    public string ServiceConnectionString => _server.ConnectionString;

    public string BaselineConnectionString => new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Database = BaselineDatabase }.ConnectionString;

    public string ScaleConnectionString => new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Database = ScaleDatabase }.ConnectionString;

    public string DataDirectory => _server.DataDirectory;

    public static async Task<BenchDatabase> StartAsync(string folder)
    {
        var options = new PrivatePostgresOptions { BaseDirectory = Path.Combine(folder, "postgres"), Database = ServiceDatabase };
        var server = await PrivatePostgres.StartAsync(options, message => Console.Error.WriteLine($"  {message}"));
        var database = new BenchDatabase(server);
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        foreach (var name in new[] { BaselineDatabase, ScaleDatabase })
        {
            await using var create = new NpgsqlCommand($"create database {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return database;
    }

    /// <summary>The postmaster's pid: the first line of postmaster.pid.</summary>
    public int? PostmasterPid()
    {
        try
        {
            using var stream = new FileStream(Path.Combine(DataDirectory, "postmaster.pid"), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return int.TryParse(reader.ReadLine(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    public async Task<string> SettingsAsync()
    {
        await using var connection = new NpgsqlConnection(ServiceConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select string_agg(name || '=' || setting, ', ' order by name) from pg_settings where name in " +
            "('fsync','synchronous_commit','full_page_writes','shared_buffers','max_connections','wal_level','server_version')", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _interruption.Dispose();
    }
}
