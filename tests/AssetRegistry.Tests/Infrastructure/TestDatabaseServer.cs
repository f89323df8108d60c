using AssetRegistry.Infrastructure.Database;
using DotNet.Testcontainers.Builders;
using Npgsql;
using Testcontainers.PostgreSql;

namespace AssetRegistry.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL the tests run on, in this order: <c>ASSETREGISTRY_TEST_PG</c> (a connection string);
/// else a Testcontainers PostgreSQL when a Docker engine answers; else a throwaway private cluster from the
/// installed binaries. Never none: without a database the tests fail, they do not skip.
/// Each test class gets its own database, copied from a template that holds the schema.
/// </summary>
public static class TestDatabaseServer
{
    public const string EnvironmentVariable = "ASSETREGISTRY_TEST_PG";
    private const string Template = "registry_template";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _serverConnectionString;
    private static bool _templateReady;

    /// <summary>A new, empty database with the registry's schema; returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(Func<string, Task> buildSchema)
    {
        await Gate.WaitAsync();
        try
        {
            _serverConnectionString ??= await StartServerAsync();
            if (!_templateReady)
            {
                await ExecuteAsync($"drop database if exists {Template} with (force)");
                await ExecuteAsync($"create database {Template}");
                await buildSchema(WithDatabase(Template));
                NpgsqlConnection.ClearAllPools();
                _templateReady = true;
            }

            var name = $"registry_test_{Guid.NewGuid():N}";
            await ExecuteAsync($"create database {name} template {Template}");
            return WithDatabase(name);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>A new database with nothing in it, for a stored-data fixture to fill; returns its connection string.</summary>
    public static async Task<string> CreateEmptyDatabaseAsync()
    {
        await Gate.WaitAsync();
        try
        {
            _serverConnectionString ??= await StartServerAsync();
            var name = $"registry_stored_{Guid.NewGuid():N}";
            await ExecuteAsync($"create database {name}");
            return WithDatabase(name);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static string WithDatabase(string database) =>
        new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = database, Pooling = true, MaxPoolSize = 40 }.ConnectionString;

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_serverConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> StartServerAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        try
        {
            var container = new PostgreSqlBuilder("postgres:15-alpine").Build();
            await container.StartAsync();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => container.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return container.GetConnectionString();
        }
        catch (DockerUnavailableException)
        {
            // No Docker engine here: fall through to the installed binaries.
        }

        RemoveClustersOfFinishedRuns();
        var options = new PrivatePostgresOptions
        {
            BaseDirectory = Path.Combine(Path.GetTempPath(), $"asset-registry-tests-{Environment.ProcessId}"),
            Database = "postgres",
        };
        // A throwaway cluster: durability buys nothing here, speed does.
        options.ServerSettings["fsync"] = "off";
        options.ServerSettings["synchronous_commit"] = "off";
        options.ServerSettings["full_page_writes"] = "off";
        options.ServerSettings["max_connections"] = "400";

        var server = await PrivatePostgres.StartAsync(options, _ => { });
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.StopAsync().GetAwaiter().GetResult();
        return server.ConnectionString;
    }

    /// <summary>A test run's cluster outlives its process by a folder; the next run clears what it left.</summary>
    private static void RemoveClustersOfFinishedRuns()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), "asset-registry-tests-*"))
        {
            if (int.TryParse(Path.GetFileName(folder)["asset-registry-tests-".Length..], out var pid) && !IsRunning(pid)
                && !File.Exists(Path.Combine(folder, "data", "postmaster.pid")))
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (IOException)
                {
                    // still in use; the next run tries again
                }
                catch (UnauthorizedAccessException)
                {
                    // not ours to remove
                }
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
