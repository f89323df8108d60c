using System.Globalization;
using AssetRegistry.Infrastructure.Database;
using Npgsql;

namespace AssetRegistry.Infrastructure.Nodes;

/// <summary>
/// What several nodes on one database need set (configuration section <c>Nodes</c>), and the range check of every
/// setting a node runs on: a value out of range stops the service naming the setting, as a missing one does.
/// </summary>
public sealed class NodeSettings
{
    /// <summary>
    /// How long the leadership lease (<see cref="Leases"/>) lasts unless renewed: a node that stops renewing — dead,
    /// paused, cut off — loses leadership this long after its last renewal, and another node takes it over.
    /// </summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How often each node renews its lease or tries to take an expired one; at most a third of the lease.</summary>
    public TimeSpan LeaseRenewal { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Reads and checks the settings of a node; <see cref="RegistryConfigurationException"/> names the first bad one.</summary>
    public static NodeSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var lease = Duration(configuration, "Nodes:LeaseDuration", TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(5));
        var renewal = Duration(configuration, "Nodes:LeaseRenewal", TimeSpan.FromSeconds(2), TimeSpan.FromMilliseconds(100), lease / 3,
            "at most a third of Nodes:LeaseDuration, so that a live node renews before its lease runs out");

        Duration(configuration, "Registry:TimerPollInterval", TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(5));
        Duration(configuration, "Registry:Clock:MarkInterval", TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(1));
        Duration(configuration, "Registry:Clock:MaxBehind", TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(1), TimeSpan.FromDays(1));
        Number(configuration, "Ledger:BatchSize", 1, 100_000);
        if (configuration["Registry:Clock:NodeName"] is { } name && (name.Length is 0 or > 63 || name.Any(char.IsControl) || name.Trim() != name))
        {
            throw Bad("Registry:Clock:NodeName", name, "1 to 63 printable characters, without spaces at either end");
        }

        if (configuration.GetConnectionString("Registry") is { Length: > 0 } connectionString)
        {
            NpgsqlConnectionStringBuilder parsed;
            try
            {
                parsed = new NpgsqlConnectionStringBuilder(connectionString);
            }
            catch (ArgumentException malformed)
            {
                throw new RegistryConfigurationException(
                    $"ConnectionStrings:Registry (environment variable ConnectionStrings__Registry) is not a PostgreSQL connection string: {malformed.Message}", malformed);
            }

            // Requests, the timer sweep, the clock's marks, the lease and, on the leader, the daemon each hold one.
            if (parsed.MaxPoolSize < 10)
            {
                throw new RegistryConfigurationException(
                    $"ConnectionStrings:Registry (environment variable ConnectionStrings__Registry) sets Maximum Pool Size={parsed.MaxPoolSize}; a node needs at least 10 connections.");
            }
        }

        return new NodeSettings { LeaseDuration = lease, LeaseRenewal = renewal };
    }

    private static TimeSpan Duration(IConfiguration configuration, string key, TimeSpan fallback, TimeSpan least, TimeSpan most, string? why = null)
    {
        if (configuration[key] is not { } text)
        {
            return fallback;
        }

        if (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value))
        {
            throw Bad(key, text, $"a duration such as {fallback:c}");
        }

        return value >= least && value <= most ? value : throw Bad(key, text, why ?? $"from {least:c} to {most:c}");
    }

    private static void Number(IConfiguration configuration, string key, int least, int most)
    {
        if (configuration[key] is { } text && !(int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= least && value <= most))
        {
            throw Bad(key, text, $"a whole number from {least} to {most}");
        }
    }

    private static RegistryConfigurationException Bad(string key, string value, string expected) =>
        new($"{key} (environment variable {key.Replace(":", "__", StringComparison.Ordinal)}) is '{value}'; it must be {expected}.");
}
