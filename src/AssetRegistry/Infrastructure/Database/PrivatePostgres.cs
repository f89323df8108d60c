using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace AssetRegistry.Infrastructure.Database;

/// <summary>
/// A PostgreSQL cluster of our own, started from the installed binaries: the development convenience that
/// lets a new user run the service with nothing configured. It keeps its data between runs, stops cleanly
/// with the service and recovers from an unclean stop.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private const string Superuser = "registry";

    private readonly PrivatePostgresOptions _options;
    private readonly string _binDirectory;
    private readonly string _baseDirectory;
    private readonly string? _runAs;
    private bool _stopped;

    private PrivatePostgres(PrivatePostgresOptions options, string binDirectory, string baseDirectory, string? runAs)
    {
        _options = options;
        _binDirectory = binDirectory;
        _baseDirectory = baseDirectory;
        _runAs = runAs;
    }

    public string DataDirectory => Path.Combine(_baseDirectory, "data");
    public string LogFile => Path.Combine(_baseDirectory, "postgres.log");
    private string PasswordFile => Path.Combine(_baseDirectory, "superuser.password");
    private string PidFile => Path.Combine(DataDirectory, "postmaster.pid");

    public int Port { get; private set; }
    public string ConnectionString { get; private set; } = "";

    /// <summary>Starts the cluster (creating it on first use) and its database; returns once it accepts connections.</summary>
    public static async Task<PrivatePostgres> StartAsync(PrivatePostgresOptions options, Action<string> log, CancellationToken cancellation = default)
    {
        var binDirectory = FindBinaries(options.BinDirectory);
        var baseDirectory = options.FullBaseDirectory();
        var runAs = Environment.IsPrivilegedProcess ? options.OperatingSystemUser : null;

        var server = new PrivatePostgres(options, binDirectory, baseDirectory, runAs);
        await server.StartAsync(log, cancellation);
        return server;
    }

    private async Task StartAsync(Action<string> log, CancellationToken cancellation)
    {
        Directory.CreateDirectory(_baseDirectory);
        if (_runAs is not null)
        {
            await RunAsync("chown", [_runAs, _baseDirectory], asServerUser: false, cancellation);
            await EnsureServerUserCanEnterAsync(cancellation);
        }

        if (File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            DevelopmentFolder.AdoptSharedKeys(_baseDirectory);
        }
        else
        {
            await InitialiseClusterAsync(log, cancellation);
        }

        var password = (await File.ReadAllTextAsync(PasswordFile, cancellation)).Trim();

        var runningPort = await PortOfRunningServerAsync(cancellation);
        if (runningPort is { } port)
        {
            // The service died without stopping its cluster (kill -9): the server is still up, adopt it.
            Port = port;
            log($"Private PostgreSQL already running from {DataDirectory} on 127.0.0.1:{Port}; adopting it.");
        }
        else
        {
            // A postmaster.pid left by a killed server. PostgreSQL ignores a stale one unless its pid has
            // been reused by another process, which is common in containers: remove it ourselves.
            if (File.Exists(PidFile))
            {
                log($"Removing stale {PidFile} left by an unclean stop; PostgreSQL replays its WAL on start.");
                File.Delete(PidFile);
            }

            Port = _options.Port ?? FreeLoopbackPort();
            var serverOptions = string.Join(' ',
                new[] { $"-p {Port}", "-c listen_addresses=127.0.0.1", "-c unix_socket_directories=''" }
                    .Concat(_options.ServerSettings.Select(s => $"-c {s.Key}={s.Value}")));
            await RunAsync(Tool("pg_ctl"), ["start", "-D", DataDirectory, "-l", LogFile, "-w", "-t", "120", "-o", serverOptions],
                asServerUser: true, cancellation);
            log($"Private PostgreSQL started from {DataDirectory} on 127.0.0.1:{Port} (log: {LogFile}).");
        }

        var server = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = Superuser,
            Password = password,
            Database = "postgres",
            Pooling = false,
        };
        await CreateDatabaseIfMissingAsync(server.ConnectionString, _options.Database, cancellation);

        server.Database = _options.Database;
        server.Pooling = true;
        ConnectionString = server.ConnectionString;
    }

    private async Task InitialiseClusterAsync(Action<string> log, CancellationToken cancellation)
    {
        // An initdb interrupted half-way leaves a folder without PG_VERSION; it holds nothing worth keeping.
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }

        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        await File.WriteAllTextAsync(PasswordFile, password, cancellation);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(PasswordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        // initdb reads the password from a file, which the server's user must be able to read.
        var initPasswordFile = Path.Combine(_baseDirectory, $"initdb-{Guid.NewGuid():N}.pw");
        await File.WriteAllTextAsync(initPasswordFile, password, cancellation);
        try
        {
            if (_runAs is not null)
            {
                await RunAsync("chown", [_runAs, initPasswordFile], asServerUser: false, cancellation);
            }

            log($"Creating a private PostgreSQL cluster in {DataDirectory}.");
            await RunAsync(Tool("initdb"),
                ["-D", DataDirectory, "-U", Superuser, "--pwfile", initPasswordFile, "-E", "UTF8", "--locale=C",
                 "--auth-host=scram-sha-256", "--auth-local=scram-sha-256"],
                asServerUser: true, cancellation);
        }
        finally
        {
            File.Delete(initPasswordFile);
        }
    }

    /// <summary>
    /// The server's user must reach the base directory through every folder above it; root's own folders often bar
    /// it (root's home, or what <c>mktemp -d</c> makes: mode 0700, owned by root). Say which folder and what to do,
    /// rather than let initdb fail with "Permission denied".
    /// </summary>
    private async Task EnsureServerUserCanEnterAsync(CancellationToken cancellation)
    {
        if (await RunAsync("test", ["-x", _baseDirectory], asServerUser: true, cancellation, throwOnFailure: false) == 0)
        {
            return;
        }

        var folders = new List<string>();
        for (var folder = _baseDirectory; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            folders.Insert(0, folder);
        }

        string? barred = null;
        foreach (var folder in folders)
        {
            if (await RunAsync("test", ["-x", folder], asServerUser: true, cancellation, throwOnFailure: false) != 0)
            {
                barred = folder;
                break;
            }
        }

        barred ??= _baseDirectory;
        throw new InvalidOperationException(
            $"The private PostgreSQL runs as the operating-system user '{_runAs}' (this service runs as root, and PostgreSQL refuses to), " +
            $"and '{_runAs}' cannot enter {barred}, so it cannot reach the database folder {_baseDirectory}. A folder made by `mktemp -d` is like " +
            $"that (mode 0700, owned by root). Either let it pass (`chmod o+x {barred}`), or set PrivatePostgres:BaseDirectory (environment " +
            $"variable PrivatePostgres__BaseDirectory) to a folder it can reach, such as one under /var/lib.");
    }

    private async Task<int?> PortOfRunningServerAsync(CancellationToken cancellation)
    {
        if (!File.Exists(PidFile))
        {
            return null;
        }

        // pg_ctl status exits 0 only when the pid in postmaster.pid is a live postmaster of this cluster.
        var status = await RunAsync(Tool("pg_ctl"), ["status", "-D", DataDirectory], asServerUser: true, cancellation, throwOnFailure: false);
        if (status != 0)
        {
            return null;
        }

        // postmaster.pid line 4 is the port (PostgreSQL's documented lock-file layout).
        var lines = await ReadSharedAsync(PidFile, cancellation);
        return lines.Length > 3 && int.TryParse(lines[3], NumberStyles.None, CultureInfo.InvariantCulture, out var port) ? port : null;
    }

    private static async Task<string[]> ReadSharedAsync(string path, CancellationToken cancellation)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        var text = await reader.ReadToEndAsync(cancellation);
        return text.Split('\n');
    }

    private static async Task CreateDatabaseIfMissingAsync(string serverConnectionString, string database, CancellationToken cancellation)
    {
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync(cancellation);
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = $1", connection);
        exists.Parameters.AddWithValue(database);
        if (await exists.ExecuteScalarAsync(cancellation) is null)
        {
            await using var create = new NpgsqlCommand($"create database \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(cancellation);
        }
    }

    /// <summary>Stops the cluster cleanly (a fast shutdown: sessions end, data is flushed).</summary>
    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await RunAsync(Tool("pg_ctl"), ["stop", "-D", DataDirectory, "-m", "fast", "-w", "-t", "60"], asServerUser: true, CancellationToken.None, throwOnFailure: false);
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private string Tool(string name) => Path.Combine(_binDirectory, name);

    private async Task<int> RunAsync(string fileName, IReadOnlyList<string> arguments, bool asServerUser, CancellationToken cancellation, bool throwOnFailure = true)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asServerUser && _runAs is not null)
        {
            start.FileName = "runuser";
            foreach (var argument in new[] { "-u", _runAs, "--", fileName })
            {
                start.ArgumentList.Add(argument);
            }
        }
        else
        {
            start.FileName = fileName;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // pg_ctl start leaves the server running with our pipes inherited; don't wait for them to close.
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellation);
        var error = process.StandardError.ReadToEndAsync(cancellation);
        await process.WaitForExitAsync(cancellation);
        if (process.ExitCode != 0 && throwOnFailure)
        {
            // pg_ctl hands its pipes to nothing it starts (the server writes to its log), so both end here.
            var said = $"{await output}{await error}".Trim();
            throw new InvalidOperationException(
                $"'{fileName} {string.Join(' ', arguments)}' failed with exit code {process.ExitCode}: {said} (see {LogFile}).");
        }

        return process.ExitCode;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// The configured folder, else PATH, else the newest of Debian's /usr/lib/postgresql/&lt;version&gt;/bin.
    /// </summary>
    public static string FindBinaries(string? configured)
    {
        static bool HasTools(string folder) =>
            File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl"));

        if (!string.IsNullOrWhiteSpace(configured))
        {
            return HasTools(configured) ? configured : throw NoBinaries($"the configured folder {configured}");
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(HasTools);
        if (onPath is not null)
        {
            return onPath;
        }

        const string debianRoot = "/usr/lib/postgresql";
        var debian = Directory.Exists(debianRoot)
            ? Directory.GetDirectories(debianRoot)
                .Select(d => (Folder: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(d => HasTools(d.Folder))
                .OrderByDescending(d => d.Version)
                .Select(d => d.Folder)
                .FirstOrDefault()
            : null;
        return debian ?? throw NoBinaries("PATH and /usr/lib/postgresql/<version>/bin");
    }

    private static InvalidOperationException NoBinaries(string where) => new(
        $"No database is configured and no PostgreSQL server binaries (initdb, pg_ctl) were found in {where}. " +
        "Either set the connection string ConnectionStrings:Registry (environment variable ConnectionStrings__Registry) " +
        "to a PostgreSQL database, or install PostgreSQL's server binaries (Debian: apt-get install postgresql) " +
        "so that the service can start a private one.");
}
