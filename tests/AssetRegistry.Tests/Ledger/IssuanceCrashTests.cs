using System.Diagnostics;
using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.InitialRegistration;
using AssetRegistry.Ledger;
using AssetRegistry.Security;
using AssetRegistry.Tests.Infrastructure;
using AssetRegistry.Verification.Identifiers;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace AssetRegistry.Tests.Ledger;

/// <summary>
/// The service killed (kill -9) in the middle of issuing certificates: on restart issuance resumes with no
/// gap and no duplicate, because a batch's certificates, checkpoint and progress commit together.
/// </summary>
public sealed class IssuanceCrashTests
{
    private const int Assets = 1500;

    [Fact]
    public async Task a_crash_in_the_middle_of_issuance_leaves_no_gap_and_no_duplicate_after_restart()
    {
        var database = await RegistryApp.CreateDatabaseAsync();
        var clock = new FakeTimeProvider(RegistryApp.Start);
        await RecordRegistrationsAsync(database, clock);

        using (var service = StartServiceProcess(database))
        {
            // Kill it once issuance has begun: at least one batch committed, most of the work still to do.
            var waited = Stopwatch.StartNew();
            while (await ScalarAsync(database, $"select count(*) from {LedgerTables.Checkpoints}") == 0 && waited.Elapsed < TimeSpan.FromSeconds(60) && !service.HasExited)
            {
                await Task.Delay(5);
            }

            Assert.False(service.HasExited, "The service process stopped before issuing anything.");
            service.Kill(entireProcessTree: true);
            await service.WaitForExitAsync();
        }

        var issuedBeforeCrash = await ScalarAsync(database, $"select count(*) from {LedgerTables.Certificates}");
        // The killed process ran on the system's clock and kept its mark: the restart's clock must not be behind it.
        await using var restarted = await RegistryApp.StartHostAsync(database, new FakeTimeProvider(DateTimeOffset.UtcNow));
        await restarted.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(120));

        Assert.True(issuedBeforeCrash < Assets, $"The crash came after issuance finished ({issuedBeforeCrash}); the test proves less than it should.");
        Assert.Equal(Assets, await ScalarAsync(database, $"select count(*) from {LedgerTables.Certificates}"));
        Assert.Equal(Assets, await ScalarAsync(database, $"select count(distinct event_sequence) from {LedgerTables.Certificates}"));
        Assert.Equal(Assets - 1, await ScalarAsync(database, $"select max(leaf_index) from {LedgerTables.Certificates}"));
        Assert.Equal(Assets, await ScalarAsync(database, $"select max(tree_size) from {LedgerTables.Checkpoints}"));
    }

    private static async Task RecordRegistrationsAsync(string database, FakeTimeProvider clock)
    {
        // A bare store, without the service's issuance running, so that all issuance happens in the process we kill.
        using var store = DocumentStore.For(options =>
        {
            options.Connection(database);
            options.DatabaseSchemaName = "registry";
            options.AutoCreateSchemaObjects = JasperFx.AutoCreate.None;
            options.Events.StreamIdentity = JasperFx.Events.StreamIdentity.AsString;
            options.UseSystemTextJsonForSerialization(enumStorage: Weasel.Core.EnumStorage.AsString);
        });
        await using var session = store.LightweightSession();
        var clerk = new Actor("clerk-seed", RegistryRoles.Clerk, null);
        for (var i = 1; i <= Assets; i++)
        {
            var number = RegistrationNumber.Create("CR", AssetKind.DataResource, 2026, i).ToString();
            var details = new InitialRegistrationDetails(AssetKind.DataResource, $"数据集 {i}", "交通运输", ["城市规划"], "自有采集", "表格", "每日", "脱敏",
                "已存证", new string('a', 64), new ThirdPartyReviewReport("评估中心", "91350100M000100Y43", $"R-{i}", new DateOnly(2026, 2, 1), "合规", new string('b', 64)),
                new DeclarationAndCommitment(true, null), null, []);
            session.Events.StartStream<Asset>(number, new AssetRegistered(number, $"app-{i}", new Applicant("91350100M000100Y43", "福建数据科技有限公司"),
                RightType.Holding, details, clock.GetUtcNow(), clock.GetUtcNow().AddYears(3), clerk, clock.GetUtcNow()));
        }

        await session.SaveChangesAsync();
    }

    private static Process StartServiceProcess(string database)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "AssetRegistry.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ConnectionStrings__Registry"] = database;
        foreach (var (name, value) in TestIssuers.Environment)
        {
            start.Environment[name] = value;
        }

        start.Environment["Ledger__Keys__0__Pem"] = RegistryApp.LedgerKeyPem;
        start.Environment["Ledger__Ed25519Keys__0__Pem"] = RegistryApp.LedgerEd25519Pem;
        start.Environment["Ledger__BatchSize"] = "25";
        foreach (var (setting, value) in RegistryApp.Identity)
        {
            start.Environment[setting.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return process;
    }

    private static async Task<long> ScalarAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync() is long value ? value : 0;
    }
}
