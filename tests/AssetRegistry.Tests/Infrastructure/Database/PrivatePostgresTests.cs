using System.Diagnostics;
using AssetRegistry.Infrastructure.Database;
using Npgsql;

namespace AssetRegistry.Tests.Infrastructure.Database;

/// <summary>The development launcher: first start, restart keeping data, recovery after kill -9.</summary>
public sealed class PrivatePostgresTests : IDisposable
{
    private readonly string _baseDirectory = Path.Combine(Path.GetTempPath(), $"asset-registry-launcher-{Guid.NewGuid():N}");
    private readonly List<string> _said = [];

    private PrivatePostgresOptions Options() => new() { BaseDirectory = _baseDirectory, Database = "launcher_test" };

    [Fact]
    public async Task a_first_start_creates_the_cluster_and_the_database_and_says_where_it_is()
    {
        await using var server = await PrivatePostgres.StartAsync(Options(), _said.Add);

        Assert.True(File.Exists(Path.Combine(_baseDirectory, "data", "PG_VERSION")));
        Assert.Equal("launcher_test", await ScalarAsync(server.ConnectionString, "select current_database()"));
        Assert.Contains(_said, line => line.Contains(server.DataDirectory, StringComparison.Ordinal) && line.Contains($"{server.Port}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_restart_keeps_the_data_and_a_clean_stop_leaves_no_running_server()
    {
        await using (var first = await PrivatePostgres.StartAsync(Options(), _said.Add))
        {
            await ExecuteAsync(first.ConnectionString, "create table kept (value text); insert into kept values ('still here')");
            await first.StopAsync();
            Assert.False(File.Exists(Path.Combine(first.DataDirectory, "postmaster.pid")));
        }

        await using var second = await PrivatePostgres.StartAsync(Options(), _said.Add);
        Assert.Equal("still here", await ScalarAsync(second.ConnectionString, "select value from kept"));
    }

    [Fact]
    public async Task a_cluster_killed_without_a_clean_stop_starts_again_with_its_data()
    {
        var first = await PrivatePostgres.StartAsync(Options(), _said.Add);
        await ExecuteAsync(first.ConnectionString, "create table kept (value text); insert into kept values ('survived')");
        var pidFile = Path.Combine(first.DataDirectory, "postmaster.pid");
        var postmaster = int.Parse((await File.ReadAllLinesAsync(pidFile))[0], System.Globalization.CultureInfo.InvariantCulture);

        using (var process = Process.GetProcessById(postmaster))
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        Assert.True(File.Exists(pidFile), "kill -9 leaves postmaster.pid behind");
        NpgsqlConnection.ClearAllPools();

        await using var second = await PrivatePostgres.StartAsync(Options(), _said.Add);
        Assert.Equal("survived", await ScalarAsync(second.ConnectionString, "select value from kept"));
        Assert.Contains(_said, line => line.Contains("stale", StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_service_killed_without_stopping_its_cluster_adopts_the_running_server()
    {
        var orphaned = await PrivatePostgres.StartAsync(Options(), _said.Add);
        await ExecuteAsync(orphaned.ConnectionString, "create table kept (value text); insert into kept values ('adopted')");

        // Not stopping `orphaned` is what a killed service leaves: a live server nobody owns.
        await using var second = await PrivatePostgres.StartAsync(Options(), _said.Add);

        Assert.Equal(orphaned.Port, second.Port);
        Assert.Equal("adopted", await ScalarAsync(second.ConnectionString, "select value from kept"));
    }

    [Fact]
    public async Task a_base_directory_the_server_user_cannot_enter_is_named_with_the_fix_before_initdb_runs()
    {
        // What `mktemp -d` makes: mode 0700, owned by whoever runs the service (a Unix folder mode: the registry runs on Linux).
        Directory.CreateDirectory(_baseDirectory);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_baseDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var options = new PrivatePostgresOptions { BaseDirectory = Path.Combine(_baseDirectory, "registry"), Database = "launcher_test" };

        if (!Environment.IsPrivilegedProcess)
        {
            // Not root: PostgreSQL runs as this user, who owns the folder; nothing stands in its way.
            await using var server = await PrivatePostgres.StartAsync(options, _said.Add);
            Assert.True(File.Exists(Path.Combine(server.DataDirectory, "PG_VERSION")));
            return;
        }

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => PrivatePostgres.StartAsync(options, _said.Add));

        Assert.Contains($"cannot enter {_baseDirectory},", refused.Message, StringComparison.Ordinal);
        Assert.Contains($"chmod o+x {_baseDirectory}", refused.Message, StringComparison.Ordinal);
        Assert.Contains("PrivatePostgres:BaseDirectory", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Permission denied", refused.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(options.BaseDirectory, "data")));
    }

    [Fact]
    public void missing_binaries_give_one_message_naming_both_ways_out()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PrivatePostgres.FindBinaries("/nonexistent/postgres/bin"));

        Assert.Contains("ConnectionStrings:Registry", error.Message, StringComparison.Ordinal);
        Assert.Contains("install PostgreSQL", error.Message, StringComparison.Ordinal);
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        // Servers are stopped by the tests; a leftover one (a failed assertion) is stopped here.
        var pg = PrivatePostgres.FindBinaries(null);
        var pidFile = Path.Combine(_baseDirectory, "data", "postmaster.pid");
        if (File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).First(), out var pid))
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill();
                process.WaitForExit(10_000);
            }
            catch (ArgumentException)
            {
                // already gone
            }
        }

        _ = pg;
        try
        {
            Directory.Delete(_baseDirectory, recursive: true);
        }
        catch (IOException)
        {
            // a temp folder; not worth failing a test over
        }
    }
}
