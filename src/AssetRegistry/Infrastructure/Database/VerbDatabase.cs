using System.Globalization;
using System.Net.Sockets;
using AssetRegistry.Infrastructure.Database;

namespace AssetRegistry.Infrastructure.Database;

/// <summary>
/// The database a command-line verb (<c>audit</c>, <c>seed</c>) works on, chosen as the service chooses it
/// (<see cref="RegistryDatabase"/>): <c>ConnectionStrings:Registry</c>; in Development only, with none, the
/// private PostgreSQL, started if it is not running. A private server this verb started is stopped when it is
/// done; one that was already running (the service's) is left running.
/// </summary>
public sealed class VerbDatabase : IAsyncDisposable
{
    private readonly PrivatePostgres? _startedHere;

    private VerbDatabase(string connectionString, PrivatePostgres? startedHere)
    {
        ConnectionString = connectionString;
        _startedHere = startedHere;
    }

    public string ConnectionString { get; }

    /// <exception cref="RegistryConfigurationException">No connection string outside Development, or the private server cannot start.</exception>
    public static async Task<VerbDatabase> OpenAsync(IConfiguration configuration, IHostEnvironment environment, Action<string> log,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = configuration.GetConnectionString(RegistryDatabase.ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new VerbDatabase(configured, null);
        }

        if (!environment.IsDevelopment())
        {
            throw new RegistryConfigurationException(
                $"No database configured: set ConnectionStrings:{RegistryDatabase.ConnectionStringName} (environment variable " +
                $"ConnectionStrings__{RegistryDatabase.ConnectionStringName}). Only the Development environment uses the private PostgreSQL; " +
                $"this is '{environment.EnvironmentName}'.");
        }

        var options = new PrivatePostgresOptions();
        configuration.GetSection("PrivatePostgres").Bind(options);
        var wasRunning = await IsRunningAsync(options, cancellation);
        try
        {
            var server = await PrivatePostgres.StartAsync(options, log, cancellation);
            return new VerbDatabase(server.ConnectionString, wasRunning ? null : server);
        }
        catch (InvalidOperationException failure)
        {
            throw new RegistryConfigurationException(failure.Message, failure);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_startedHere is not null)
        {
            await _startedHere.DisposeAsync();
        }
    }

    /// <summary>Whether the private cluster already accepts connections: its lock file names a port that answers.</summary>
    private static async Task<bool> IsRunningAsync(PrivatePostgresOptions options, CancellationToken cancellation)
    {
        var pidFile = Path.Combine(options.FullBaseDirectory(), "data", "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return false;
        }

        try
        {
            string[] lines;
            await using (var stream = new FileStream(pidFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            using (var reader = new StreamReader(stream))
            {
                lines = (await reader.ReadToEndAsync(cancellation)).Split('\n');
            }

            // postmaster.pid line 4 is the port (PostgreSQL's documented lock-file layout).
            if (lines.Length <= 3 || !int.TryParse(lines[3], NumberStyles.None, CultureInfo.InvariantCulture, out var port))
            {
                return false;
            }

            using var probe = new TcpClient();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await probe.ConnectAsync("127.0.0.1", port, timeout.Token);
            return true;
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
