using AssetRegistry.Infrastructure.Identity;
using AssetRegistry.Ledger;
using AssetRegistry.Ledger.Audit;
using AssetRegistry.Tests.Infrastructure;
using AssetRegistry.Verification.Checkpoints;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AssetRegistry.Tests.Ledger.Audit;

/// <summary>
/// A small ledger issued by the real service: assets registered through HTTP, one of them changed, the
/// certificates issued by the service's subscription. Leaf order follows the registrations: A, B, A's change, C;
/// A's certificate is signed over by a checkpoint before the others are.
/// Tests tamper with it on one connection, audit, and put everything back on the same connection (temporary
/// tables keep the originals), so that each test starts from the healthy ledger.
/// </summary>
public sealed class AuditedLedger : IAsyncLifetime
{
    public RegistryApp App { get; } = new();

    public string AssetA { get; private set; } = "";
    public string AssetB { get; private set; } = "";
    public string AssetC { get; private set; } = "";

    public TrustedKeys Keys => App.Host.Services.GetRequiredService<LedgerKeys>().Published;

    public RegistryIdentity Registry => App.Host.Services.GetRequiredService<RegistryIdentity>();

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        var api = new RegistryApi(App);
        var holder = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());
        AssetA = await api.RegisteredAssetAsync(holder);
        // A's certificate in a checkpoint of its own: the ledger holds at least two checkpoints however issuance batches the rest.
        await App.WaitForCertificatesAsync();
        AssetB = await api.RegisteredAssetAsync(holder);
        var change = await api.AppliedAsync("change", holder, new { registrationNumber = AssetA, updateFrequency = "每周" });
        await api.CompletedAsync(change);
        AssetC = await api.RegisteredAssetAsync(holder);
        await App.WaitForCertificatesAsync();
    }

    public Task DisposeAsync() => App.DisposeAsync();

    /// <summary>
    /// One certificate per batch unless told otherwise: the ledger's few certificates then go through every stage
    /// of the audit's pipeline (read, checked alone, checked in order) as a large ledger's batches do.
    /// </summary>
    public async Task<AuditResult> AuditAsync(int batchSize = 1, TrustedKeys? keys = null)
    {
        await using var dataSource = NpgsqlDataSource.Create(App.ConnectionString);
        return await LedgerAudit.RunAsync(dataSource, keys ?? Keys, null, batchSize, CancellationToken.None);
    }

    /// <summary>What <c>/api/ledger/keys</c> publishes: the checkpoint keys and the C2SP note keys.</summary>
    public TrustedKeys KeysWithNotes => App.Host.Services.GetRequiredService<LedgerNoteKeys>().PublishedKeys;

    /// <summary>Tampers, audits, and restores on the same connection whatever the audit found.</summary>
    public async Task<AuditResult> AuditTamperedAsync(Func<NpgsqlConnection, Task> tamper, Func<NpgsqlConnection, Task> restore, TrustedKeys? keys = null)
    {
        await using var connection = new NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        await tamper(connection);
        try
        {
            return await AuditAsync(keys: keys);
        }
        finally
        {
            await restore(connection);
        }
    }

    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        return await ScalarAsync<T>(connection, sql, parameters);
    }

    public static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, params object[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public static async Task ExecuteAsync(NpgsqlConnection connection, string sql, params object[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        await command.ExecuteNonQueryAsync();
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, object[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return command;
    }
}
