using System.Diagnostics;
using System.Globalization;
using AssetRegistry.Infrastructure.Database;
using AssetRegistry.Infrastructure.Identity;
using AssetRegistry.Verification;
using AssetRegistry.Verification.Checkpoints;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace AssetRegistry.Ledger.Audit;

/// <summary>
/// <c>dotnet run --project src/AssetRegistry -- audit [--keys KEYS.json]</c>: audits the whole ledger in the
/// configured database (<see cref="LedgerAudit"/>). Checkpoint signatures are checked with the registry's
/// published keys (<c>Ledger:Keys</c>), or with the keys file given. Exit code 0 when everything matches, 1 at
/// the first mismatch (on stdout, <c>ledger audit: MISMATCH: code: sentence</c>, the code one of <see cref="AuditFailure"/>),
/// 2 when nothing could be audited (arguments, keys, database).
/// </summary>
public static class AuditCommand
{
    public const string Usage = "usage: audit [--keys KEYS.json]";

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? keysFile = null;
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--keys" && i + 1 < args.Length)
            {
                keysFile = args[++i];
            }
            else
            {
                await Console.Error.WriteLineAsync(Usage);
                await Console.Error.WriteLineAsync("       --keys: a keys file (docs/ledger.md §8); without it, the registry's published keys (Ledger:Keys).");
                return 2;
            }
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        try
        {
            // The database first: opening an existing development cluster adopts the keys it was signed with (DevelopmentFolder).
            await using var database = await VerbDatabase.OpenAsync(configuration, environment, message => Console.Error.WriteLine(message), cancellation.Token);
            var keys = keysFile is null
                ? await PublishedKeysWithNotesAsync(configuration, environment, database.ConnectionString, cancellation.Token)
                : TrustedKeys.Parse(await File.ReadAllBytesAsync(keysFile, cancellation.Token));
            var result = await LedgerAudit.RunAsync(database.ConnectionString, keys, new ConsoleProgress(), cancellation.Token);
            Console.WriteLine(result.Summary());
            return result.Passed ? 0 : 1;
        }
        catch (Exception e) when (e is RegistryConfigurationException or LedgerFormatException or IOException or UnauthorizedAccessException or NpgsqlException)
        {
            await Console.Error.WriteLineAsync($"audit: nothing was audited: {e.Message}");
            return 2;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("audit: interrupted; nothing was concluded.");
            return 2;
        }
    }

    /// <summary>The registry's published keys, as <see cref="LedgerKeys"/> reads them from the <c>Ledger</c> section.</summary>
    public static TrustedKeys PublishedKeys(IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = new LedgerSettings();
        configuration.GetSection("Ledger").Bind(settings);
        var folder = new PrivatePostgresOptions();
        configuration.GetSection("PrivatePostgres").Bind(folder);
        return new LedgerKeys(Options.Create(settings), environment, Options.Create(folder)).Published;
    }

    /// <summary>
    /// What <c>/api/ledger/keys</c> publishes: the checkpoint keys and the C2SP note keys, named for the registry's origin
    /// (its identity, read from the database as the service reads it).
    /// </summary>
    public static async Task<TrustedKeys> PublishedKeysWithNotesAsync(IConfiguration configuration, IHostEnvironment environment, string connectionString,
        CancellationToken cancellation)
    {
        var settings = new LedgerSettings();
        configuration.GetSection("Ledger").Bind(settings);
        var folder = new PrivatePostgresOptions();
        configuration.GetSection("PrivatePostgres").Bind(folder);
        var identity = await RegistryIdentityResolver.ResolveAsync(configuration, environment, connectionString, cancellation);
        await using var services = new ServiceCollection().AddSingleton(identity).BuildServiceProvider();
        var ecdsa = new LedgerKeys(Options.Create(settings), environment, Options.Create(folder));
        return new LedgerNoteKeys(ecdsa, Options.Create(settings), environment, Options.Create(folder), services).PublishedKeys;
    }

    /// <summary>A line on stderr every two seconds; synchronous, so it never lands after the summary.</summary>
    private sealed class ConsoleProgress : IProgress<AuditProgress>
    {
        private readonly Stopwatch _sinceLast = Stopwatch.StartNew();

        public void Report(AuditProgress value)
        {
            if (_sinceLast.Elapsed < TimeSpan.FromSeconds(2))
            {
                return;
            }

            _sinceLast.Restart();
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"audited {value.Certificates:N0} of {value.TotalCertificates:N0} certificates ({value.CertificatesPerSecond:N0}/s)"));
        }
    }
}
