using Microsoft.Extensions.Options;
using Npgsql;

namespace AssetRegistry.Infrastructure.Database;

/// <summary>
/// Decides which PostgreSQL the registry uses: the configured <c>ConnectionStrings:Registry</c>; in
/// Development only, a private cluster started on demand. Anywhere else a missing connection string stops
/// the service: a registry must never come up on an empty database.
/// </summary>
/// <remarks>
/// Its <see cref="DataSource"/> is the node's one
/// connection pool, shared by Marten, Wolverine and the plain reads (ledger, tiles, documents), so that the pool size
/// configured bounds what the node takes from PostgreSQL (the leases keep a pool of their own).
/// </remarks>
public sealed class RegistryDatabase : IAsyncDisposable
{
    public const string ConnectionStringName = "Registry";

    private readonly PrivatePostgres? _privateServer;

    public RegistryDatabase(IConfiguration configuration, IHostEnvironment environment, IOptions<PrivatePostgresOptions> privateOptions, ILogger<RegistryDatabase> logger)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            ConnectionString = configured;
            DataSource = NpgsqlDataSource.Create(ConnectionString);
            return;
        }

        if (!environment.IsDevelopment())
        {
            throw new RegistryConfigurationException(
                $"No database configured: set ConnectionStrings:{ConnectionStringName} (environment variable " +
                $"ConnectionStrings__{ConnectionStringName}). Only the Development environment starts a private PostgreSQL " +
                $"by itself; this is '{environment.EnvironmentName}'.");
        }

        try
        {
            // Once, at start-up, before anything else can use the database.
            _privateServer = PrivatePostgres.StartAsync(privateOptions.Value, message => logger.LogInformation("{Message}", message))
                .GetAwaiter().GetResult();
        }
        catch (InvalidOperationException failure)
        {
            throw new RegistryConfigurationException(failure.Message, failure);
        }

        ConnectionString = _privateServer.ConnectionString;
        DataSource = NpgsqlDataSource.Create(ConnectionString);
    }

    public string ConnectionString { get; }

    public NpgsqlDataSource DataSource { get; }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        if (_privateServer is not null)
        {
            await _privateServer.DisposeAsync();
        }
    }
}

/// <summary>The service is not configured well enough to run; its message says what to set.</summary>
public sealed class RegistryConfigurationException : Exception
{
    public RegistryConfigurationException(string message) : base(message) { }
    public RegistryConfigurationException(string message, Exception inner) : base(message, inner) { }
    public RegistryConfigurationException() { }
}
