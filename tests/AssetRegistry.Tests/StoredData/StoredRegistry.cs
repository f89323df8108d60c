using Alba;
using AssetRegistry.Tests.Contract;
using AssetRegistry.Tests.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace AssetRegistry.Tests.StoredData;

/// <summary>
/// The service of today started on a database as an earlier version left it: a stored-data fixture loaded into an empty
/// database, the service's start-up upgrading its schema, the registry's clock where it stood when the fixture was made,
/// and the fixture's checkpoint key, so that the ledger goes on under the key that signed it.
/// </summary>
public abstract class StoredRegistry(string fixture) : IAsyncLifetime, IRegistryHost
{
    public string Folder { get; } = Path.Combine(StoredFixture.FixturesFolder, fixture);
    public FixtureManifest Manifest { get; private set; } = null!;
    public FakeTimeProvider Clock { get; private set; } = null!;
    public IAlbaHost Host { get; private set; } = null!;
    IHost IRegistryHost.Host => Host;
    public HttpClient Client { get; private set; } = null!;
    public string ConnectionString { get; private set; } = "";
    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();

    public async Task InitializeAsync()
    {
        Manifest = FixtureManifest.Read(Folder);
        ConnectionString = await TestDatabaseServer.CreateEmptyDatabaseAsync();
        await StoredFixture.LoadAsync(ConnectionString, Path.Combine(Folder, StoredFixture.SqlFile));
        Clock = new FakeTimeProvider(Manifest.Now);
        var ledgerKey = await File.ReadAllTextAsync(Path.Combine(Folder, StoredFixture.LedgerKeyFile));
        Host = await RegistryApp.StartHostAsync(ConnectionString, Clock, web => web.UseSetting("Ledger:Keys:0:Pem", ledgerKey));
        Client = Host.ContractClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        try
        {
            await Host.DisposeAsync();
        }
        catch (ObjectDisposedException race) when (race.StackTrace?.Contains("ProjectionCoordinator", StringComparison.Ordinal) == true)
        {
            // As in RegistryApp: Marten's projection coordinator may race its own shutdown; the host is down either way.
        }
    }
}

/// <summary>The registry as commit 6254490 left it (StoredData/Fixtures/README.md).</summary>
public sealed class RegistryOf6254490() : StoredRegistry("6254490");
