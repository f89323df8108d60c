using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace AssetRegistry.Infrastructure.Database;

/// <summary>
/// Readiness of the database as registrations reach it: a connection from the node's one pool (Marten's too), within
/// <see cref="Patience"/>. A node whose pool is held by requests waiting on locks cannot serve a registration, so it
/// says so and a load balancer sends the next request elsewhere — a check on a pool of its own would answer 200.
/// </summary>
public sealed class DatabaseHealthCheck(RegistryDatabase database) : IHealthCheck
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(Patience);
        try
        {
            await using var connection = await database.DataSource.OpenConnectionAsync(patience.Token);
            await using var command = new NpgsqlCommand("select 1", connection);
            await command.ExecuteScalarAsync(patience.Token);
            return HealthCheckResult.Healthy("PostgreSQL answers through the registry's connection pool.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy(
                $"No connection from the registry's pool within {Patience.TotalSeconds:0} s: every connection is in use (or PostgreSQL does not answer).");
        }
        catch (NpgsqlException failure)
        {
            return HealthCheckResult.Unhealthy($"PostgreSQL refused: {failure.Message}");
        }
    }
}
