using System.Security.Cryptography;
using System.Text.Json;
using AssetRegistry.Infrastructure.Database;
using Npgsql;

namespace AssetRegistry.Infrastructure.Identity;

/// <summary>
/// Settles the registry's identity at start-up. Outside Development it is configuration (<c>Registry:Name</c>,
/// <c>Registry:Code</c>, <c>Registry:Origin</c>, <c>Registry:PublicBaseUrl</c>), each required. In Development it is
/// generated once per data folder and kept there (<see cref="DevelopmentFile"/>), so that two development registries
/// never share a name; a configured value overrides it. Whatever the environment, a ledger that already holds
/// certificates keeps the name and code they state: a configuration that says otherwise stops the service.
/// </summary>
public static class RegistryIdentityResolver
{
    public const string DevelopmentFile = "registry-identity.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <exception cref="RegistryConfigurationException">A setting is missing or malformed, or contradicts the ledger.</exception>
    public static async Task<RegistryIdentity> ResolveAsync(IConfiguration configuration, IHostEnvironment environment, string connectionString,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = RegistryIdentity.Settings
            .Where(s => !string.IsNullOrWhiteSpace(configuration[s.Setting]))
            .ToDictionary(s => s.Setting, s => configuration[s.Setting]!.Trim(), StringComparer.Ordinal);
        if (!environment.IsDevelopment())
        {
            var missing = RegistryIdentity.Settings.Where(s => !configured.ContainsKey(s.Setting)).ToList();
            if (missing.Count > 0)
            {
                throw new RegistryConfigurationException(
                    "The registry's identity is not configured: set " +
                    string.Join("; ", missing.Select(s => $"{s.Setting} (environment variable {s.Setting.Replace(":", "__", StringComparison.Ordinal)}), {s.Meaning}")) +
                    $". Only the Development environment generates an identity, one per data folder; this is '{environment.EnvironmentName}'.");
            }

            Validate(configured);
        }

        var ledger = await LedgerStatement.ReadAsync(connectionString, cancellation);
        var identity = environment.IsDevelopment()
            ? Validate(Development(DevelopmentFolder.Of(configuration), ledger, configured))
            : Validate(configured);
        if (ledger.Stated is { } stated && (stated.Name != identity.Name || stated.Code != identity.Code))
        {
            throw new RegistryConfigurationException(
                $"This ledger's certificates state the registry \"{stated.Name}\" with code {stated.Code}, and a ledger's name and code never change; " +
                $"the configuration says \"{identity.Name}\" with code {identity.Code}. Set {RegistryIdentity.Section}:Name to \"{stated.Name}\" and " +
                $"{RegistryIdentity.Section}:Code to {stated.Code} (environment variables {RegistryIdentity.Section}__Name, {RegistryIdentity.Section}__Code).");
        }

        return identity;
    }

    private static RegistryIdentity Validate(Dictionary<string, string> values)
    {
        string Value(string setting, Func<string, string?> fault)
        {
            var value = values[setting];
            return fault(value) is { } why ? throw new RegistryConfigurationException($"{setting}: {why}") : value;
        }

        var name = Value($"{RegistryIdentity.Section}:Name", RegistryIdentity.FaultOfName);
        var code = Value($"{RegistryIdentity.Section}:Code", RegistryIdentity.FaultOfCode);
        var origin = Value($"{RegistryIdentity.Section}:Origin", RegistryIdentity.FaultOfOrigin);
        Uri? url = null;
        Value($"{RegistryIdentity.Section}:PublicBaseUrl", text => RegistryIdentity.FaultOfPublicBaseUrl(text, out url));
        return new RegistryIdentity(name, code, origin, url!);
    }

    /// <summary>
    /// The data folder's identity: the one kept there, else, for a database that already holds registrations, the
    /// name and code they were made under, else a new one. The ledger's statement wins over the file; configuration
    /// over both (and is then checked against the ledger).
    /// </summary>
    private static Dictionary<string, string> Development(string folder, LedgerStatement ledger, Dictionary<string, string> configured)
    {
        var file = Path.Combine(folder, DevelopmentFile);
        var kept = File.Exists(file) ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file)) : null;
        var values = kept ?? New(ledger.HoldsRegistrations ? RegistryIdentity.Original : null);
        if (ledger.Stated is { } stated)
        {
            values[$"{RegistryIdentity.Section}:Name"] = stated.Name;
            values[$"{RegistryIdentity.Section}:Code"] = stated.Code;
        }

        if (kept is null || !values.OrderBy(v => v.Key).SequenceEqual(kept.OrderBy(v => v.Key)))
        {
            Directory.CreateDirectory(folder);
            DevelopmentFolder.Write(file, JsonSerializer.Serialize(values, Indented));
        }

        foreach (var (setting, value) in configured)
        {
            values[setting] = value;
        }

        return values;
    }

    private static Dictionary<string, string> New((string Name, string Code)? original)
    {
        var code = original?.Code ?? "D" + RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 4);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [$"{RegistryIdentity.Section}:Name"] = original?.Name ?? $"AssetRegistry development {code}",
            [$"{RegistryIdentity.Section}:Code"] = code,
            [$"{RegistryIdentity.Section}:Origin"] = $"{code.ToLowerInvariant()}.development.asset-registry.localhost",
            [$"{RegistryIdentity.Section}:PublicBaseUrl"] = "http://localhost:5080/",
        };
    }

    /// <summary>What the database already says of the registry: the name and code its first certificate states, and whether it holds any event.</summary>
    private sealed record LedgerStatement((string Name, string Code)? Stated, bool HoldsRegistrations)
    {
        public static async Task<LedgerStatement> ReadAsync(string connectionString, CancellationToken cancellation)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellation);
            (string, string)? stated = null;
            if (await ScalarAsync<bool>(connection, "select to_regclass('registry.ledger_certificates') is not null", cancellation))
            {
                await using var first = new NpgsqlCommand(
                    "select certificate::jsonb ->> 'registry', split_part(certificate_number, '-C-', 1) from registry.ledger_certificates order by leaf_index limit 1",
                    connection);
                await using var reader = await first.ExecuteReaderAsync(cancellation);
                if (await reader.ReadAsync(cancellation))
                {
                    stated = (reader.GetString(0), reader.GetString(1));
                }
            }

            var holdsEvents = await ScalarAsync<bool>(connection, "select to_regclass('registry.mt_events') is not null", cancellation)
                && await ScalarAsync<bool>(connection, "select exists (select 1 from registry.mt_events)", cancellation);
            return new LedgerStatement(stated, holdsEvents);
        }

        private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken cancellation)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            return (T)(await command.ExecuteScalarAsync(cancellation))!;
        }
    }
}
