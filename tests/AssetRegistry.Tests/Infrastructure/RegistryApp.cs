using Alba;
using AssetRegistry.Infrastructure.Time;
using AssetRegistry.Security;
using AssetRegistry.Tests.Contract;
using Marten;
using Marten.Events;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Wolverine;

namespace AssetRegistry.Tests.Infrastructure;

/// <summary>
/// The service as users run it — HTTP, Wolverine, Marten — on its own PostgreSQL database, with a fake
/// clock that tests move instead of sleeping. Shared by the tests of a class or collection.
/// </summary>
public sealed class RegistryApp : IAsyncLifetime, IRegistryHost
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    /// <summary>The ledger's checkpoint key in tests: ECDSA P-256, made once per test run.</summary>
    public static readonly string LedgerKeyPem = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem();

    /// <summary>The C2SP checkpoint notes' keys in tests (docs/ledger.md §14): Ed25519, and the optional ML-DSA-44 and SM2, made once per test run.</summary>
    public static readonly string LedgerEd25519Pem = AssetRegistry.Verification.Notes.Ed25519NoteSigner.Generate("tests").ExportPem();

    public static readonly string LedgerMlDsa44Pem = AssetRegistry.Verification.Notes.MlDsa44NoteSigner.Generate("tests").ExportPem();

    public static readonly string LedgerSm2Pem = new string(System.Security.Cryptography.PemEncoding.Write("PRIVATE KEY",
        AssetRegistry.Verification.Crypto.Sm2SigningKey.Generate().ExportPkcs8()));

    /// <summary>The tests' registry: the name and code of every ledger made before the identity was configuration.</summary>
    public static readonly IReadOnlyDictionary<string, string> Identity = new Dictionary<string, string>
    {
        ["Registry:Name"] = "AssetRegistry",
        ["Registry:Code"] = "AR",
        ["Registry:Origin"] = "tests.asset-registry.localhost",
        ["Registry:PublicBaseUrl"] = "http://localhost:5080/",
    };

    public FakeTimeProvider Clock { get; } = new(Start);
    IHost IRegistryHost.Host => Host;
    public IAlbaHost Host { get; private set; } = null!;
    public string ConnectionString { get; private set; } = "";
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        ConnectionString = await CreateDatabaseAsync();
        Host = await StartHostAsync(ConnectionString, Clock);
        Client = Host.ContractClient();
        await new PartyDirectory(this).UploadSampleLicenceAsync();
    }

    /// <summary>A database of its own with the registry's schema (copied from the template the first start built).</summary>
    public static Task<string> CreateDatabaseAsync() =>
        TestDatabaseServer.CreateDatabaseAsync(async template =>
        {
            await using var schemaHost = await StartHostAsync(template, new FakeTimeProvider(Start));
        });

    public static Task<IAlbaHost> StartHostAsync(string connectionString, TimeProvider clock, Action<IWebHostBuilder>? configure = null) =>
        AlbaHost.For<Program>(web =>
        {
            web.UseEnvironment("Testing");
            web.UseSetting("ConnectionStrings:Registry", connectionString);
            TestIssuers.Configure(web);
            web.UseSetting("Ledger:Keys:0:Pem", LedgerKeyPem);
            web.UseSetting("Ledger:Ed25519Keys:0:Pem", LedgerEd25519Pem);
            web.UseSetting("Ledger:MlDsa44Keys:0:Pem", LedgerMlDsa44Pem);
            web.UseSetting("Ledger:Sm2Keys:0:Pem", LedgerSm2Pem);
            foreach (var (setting, value) in Identity)
            {
                web.UseSetting(setting, value);
            }

            web.ConfigureServices(services =>
            {
                services.AddSingleton(new WallClock(clock));
                services.RunWolverineInSoloMode();
                services.DisableAllExternalWolverineTransports();
            });
            configure?.Invoke(web);
        });

    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();

    /// <summary>Waits until certificate issuance has caught up with every event recorded so far.</summary>
    public Task WaitForCertificatesAsync() => Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));

    /// <summary>A token of the tests' issuer (<see cref="TestIssuers.Registry"/>), as the token command makes them.</summary>
    public static string Token(string role, string user, string? party = null) =>
        TestIssuers.Registry.Issue(user, role, party, TimeSpan.FromHours(1), DateTime.UtcNow);

    public static string ClerkToken(string user = "clerk-li") => Token(RegistryRoles.Clerk, user);

    public async Task DisposeAsync()
    {
        Client.Dispose();
        try
        {
            await Host.DisposeAsync();
        }
        catch (ObjectDisposedException race) when (race.StackTrace?.Contains("ProjectionCoordinator", StringComparison.Ordinal) == true)
        {
            // Marten's projection coordinator, stopped by the host while its leadership loop is still stopping itself,
            // can cancel a token source it has just disposed. The host is down either way; every test of the class
            // has already passed or failed, and failing the class's clean-up for it would fail the run.
        }
    }
}

/// <summary>A running registry and its clock, whoever started it.</summary>
public interface IRegistryHost
{
    FakeTimeProvider Clock { get; }
    HttpClient Client { get; }
    IHost Host { get; }
}

/// <summary>A host a test started itself (for restarts), seen as a registry.</summary>
public sealed class RegistryAppView(IAlbaHost host, FakeTimeProvider clock) : IRegistryHost
{
    private readonly HttpClient _client = host.ContractClient();
    public FakeTimeProvider Clock => clock;
    public HttpClient Client => _client;
    public IHost Host => host;
}
