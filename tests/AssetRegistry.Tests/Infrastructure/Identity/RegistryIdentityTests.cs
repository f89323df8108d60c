using System.Net;
using System.Text.Json.Nodes;
using Alba;
using AssetRegistry.Infrastructure.Database;
using AssetRegistry.Infrastructure.Identity;
using AssetRegistry.Security;
using AssetRegistry.Tests.Contract;
using Marten;
using Marten.Events;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Time.Testing;
using Wolverine;
using static AssetRegistry.Tests.Infrastructure.HttpExtensions;

namespace AssetRegistry.Tests.Infrastructure.Identity;

/// <summary>
/// A registry knows who it is: its name, code, origin and public address are configuration, required outside
/// Development and generated per data folder in Development, together with the development keys kept beside the
/// database; a ledger keeps the name and code its certificates state.
/// </summary>
public sealed class RegistryIdentityTests : IDisposable
{
    private readonly List<string> _folders = [];

    private string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"asset-registry-identity-{Guid.NewGuid():N}");
        _folders.Add(folder);
        return folder;
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();

    private static HostingEnvironment Environment(string name) => new() { EnvironmentName = name };

    /// <summary>A development registry as `dotnet run` starts it: its private PostgreSQL in its data folder, nothing configured but the tests' token issuers.</summary>
    private static Task<IAlbaHost> StartDevelopmentRegistryAsync(string folder, FakeTimeProvider clock) =>
        AlbaHost.For<Program>(web =>
        {
            web.UseEnvironment("Development");
            web.UseSetting("PrivatePostgres:BaseDirectory", folder);
            web.UseSetting("PrivatePostgres:ServerSettings:fsync", "off");
            TestIssuers.Configure(web);
            web.ConfigureServices(services =>
            {
                services.AddSingleton<TimeProvider>(clock);
                services.RunWolverineInSoloMode();
                services.DisableAllExternalWolverineTransports();
            });
        });

    [Fact]
    public async Task two_development_registries_on_one_machine_have_their_own_name_and_keys_and_neither_declares_the_others_certificate_genuine()
    {
        var clockA = new FakeTimeProvider(RegistryApp.Start);
        var clockB = new FakeTimeProvider(RegistryApp.Start);
        await using var a = await StartDevelopmentRegistryAsync(NewFolder(), clockA);
        await using var b = await StartDevelopmentRegistryAsync(NewFolder(), clockB);
        var identityA = a.Services.GetRequiredService<RegistryIdentity>();
        var identityB = b.Services.GetRequiredService<RegistryIdentity>();
        Assert.NotEqual(identityA.Name, identityB.Name);
        Assert.NotEqual(identityA.Code, identityB.Code);
        Assert.NotEqual(identityA.Origin, identityB.Origin);

        var apiA = new RegistryApi(new RegistryAppView(a, clockA));
        var number = await apiA.RegisteredAssetAsync(RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode()));
        Assert.StartsWith($"{identityA.Code}-R-", number, StringComparison.Ordinal);
        await a.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        var clientA = a.ContractClient();
        var certificate = JsonNode.Parse(await clientA.GetStringAsync($"/api/assets/{number}/certificates"))!.AsArray()[^1]!["certificateNumber"]!.GetValue<string>();
        Assert.StartsWith($"{identityA.Code}-C-", certificate, StringComparison.Ordinal);
        var bundle = JsonNode.Parse(await clientA.GetStringAsync($"/api/certificates/{certificate}/bundle"))!;
        Assert.Equal(identityA.Name, bundle["certificate"]!["registry"]!.GetValue<string>());
        Assert.Equal(identityA.Name, bundle["checkpoint"]!["registry"]!.GetValue<string>());

        var atHome = await (await clientA.SendAsync(Json(HttpMethod.Post, "/api/verify", new { bundle }))).ReadJsonAsync();
        Assert.True(atHome["genuine"]!.GetValue<bool>(), atHome.ToJsonString());
        var elsewhere = await b.ContractClient().SendAsync(Json(HttpMethod.Post, "/api/verify", new { bundle }));
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
        var verdict = await elsewhere.ReadJsonAsync();
        Assert.False(verdict["genuine"]!.GetValue<bool>(), verdict.ToJsonString());
        Assert.Equal("UnknownKey", verdict["reason"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public void development_keys_are_kept_in_the_data_folder_of_their_database_and_differ_between_folders()
    {
        var (first, second) = (NewFolder(), NewFolder());
        var development = Environment("Development");

        byte[] TokenKey(string folder)
        {
            using var key = DevelopmentIssuer.DevelopmentKey(Configuration(("PrivatePostgres:BaseDirectory", folder)));
            return key.ExportSubjectPublicKeyInfo();
        }

        var tokenKey = TokenKey(first);
        Assert.True(File.Exists(Path.Combine(first, DevelopmentFolder.TokenIssuerKeyFile)));
        Assert.Equal(tokenKey, TokenKey(first));
        Assert.NotEqual(tokenKey, TokenKey(second));
        var ledgerKey = AssetRegistry.Ledger.Audit.AuditCommand.PublishedKeys(Configuration(("PrivatePostgres:BaseDirectory", first)), development).Keys.Single().KeyId;
        Assert.True(File.Exists(Path.Combine(first, DevelopmentFolder.LedgerKeyFile)));
        Assert.Equal(ledgerKey, AssetRegistry.Ledger.Audit.AuditCommand.PublishedKeys(Configuration(("PrivatePostgres:BaseDirectory", first)), development).Keys.Single().KeyId);
        Assert.NotEqual(ledgerKey, AssetRegistry.Ledger.Audit.AuditCommand.PublishedKeys(Configuration(("PrivatePostgres:BaseDirectory", second)), development).Keys.Single().KeyId);
    }

    [Fact]
    public void an_existing_cluster_adopts_the_keys_every_development_registry_shared_before_a_new_one_makes_its_own()
    {
        var (shared, existing) = (NewFolder(), NewFolder());
        Directory.CreateDirectory(shared);
        Directory.CreateDirectory(existing);
        File.WriteAllText(Path.Combine(shared, DevelopmentFolder.LedgerKeyFile), RegistryApp.LedgerKeyPem);

        DevelopmentFolder.AdoptSharedKeys(existing, shared);

        Assert.Equal(RegistryApp.LedgerKeyPem, File.ReadAllText(Path.Combine(existing, DevelopmentFolder.LedgerKeyFile)));
        File.WriteAllText(Path.Combine(shared, DevelopmentFolder.LedgerKeyFile), "changed");
        DevelopmentFolder.AdoptSharedKeys(existing, shared);
        Assert.Equal(RegistryApp.LedgerKeyPem, File.ReadAllText(Path.Combine(existing, DevelopmentFolder.LedgerKeyFile)));
    }

    [Fact]
    public async Task a_development_identity_is_generated_once_per_data_folder()
    {
        var database = await RegistryApp.CreateDatabaseAsync();
        var (first, second) = (NewFolder(), NewFolder());

        var one = await RegistryIdentityResolver.ResolveAsync(Configuration(("PrivatePostgres:BaseDirectory", first)), Environment("Development"), database);
        var same = await RegistryIdentityResolver.ResolveAsync(Configuration(("PrivatePostgres:BaseDirectory", first)), Environment("Development"), database);
        var other = await RegistryIdentityResolver.ResolveAsync(Configuration(("PrivatePostgres:BaseDirectory", second)), Environment("Development"), database);

        Assert.Equal(one, same);
        Assert.NotEqual(one.Name, other.Name);
        Assert.NotEqual(one.Code, other.Code);
        Assert.Null(RegistryIdentity.FaultOfCode(one.Code));
        Assert.True(File.Exists(Path.Combine(first, RegistryIdentityResolver.DevelopmentFile)));
    }

    [Fact]
    public async Task a_ledger_with_certificates_keeps_the_name_and_code_they_state_and_a_configuration_that_contradicts_it_stops_the_service()
    {
        await using var app = new RegistryApp();
        await app.InitializeAsync();
        var api = new RegistryApi(app);
        await api.RegisteredAssetAsync(RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode()));
        await app.WaitForCertificatesAsync();

        // A development data folder made before the identity was configuration: no identity kept, the ledger says AssetRegistry / AR.
        var developed = await RegistryIdentityResolver.ResolveAsync(Configuration(("PrivatePostgres:BaseDirectory", NewFolder())), Environment("Development"), app.ConnectionString);
        Assert.Equal(("AssetRegistry", "AR"), (developed.Name, developed.Code));

        var renamed = RegistryApp.Identity.Select(s => (s.Key, s.Key == "Registry:Code" ? "SZDE" : s.Value)).ToArray();
        var refused = await Assert.ThrowsAsync<RegistryConfigurationException>(() =>
            RegistryIdentityResolver.ResolveAsync(Configuration(renamed), Environment("Production"), app.ConnectionString));
        Assert.Contains("Registry:Code to AR", refused.Message, StringComparison.Ordinal);

        var audit = await AssetRegistry.Ledger.Audit.LedgerAudit.RunAsync(app.ConnectionString,
            Verification.Checkpoints.TrustedKeys.Parse(await app.Client.GetStringAsync("/api/ledger/keys")), null, CancellationToken.None);
        Assert.True(audit.Passed, audit.Summary());
    }

    [Fact]
    public async Task outside_development_a_missing_identity_setting_is_named_with_its_environment_variable()
    {
        var partial = RegistryApp.Identity.Where(s => s.Key != "Registry:Origin").Select(s => (s.Key, s.Value)).ToArray();

        var refused = await Assert.ThrowsAsync<RegistryConfigurationException>(() =>
            RegistryIdentityResolver.ResolveAsync(Configuration(partial), Environment("Production"), "Host=127.0.0.1;Port=1;Database=none;Username=none"));

        Assert.Contains("Registry:Origin (environment variable Registry__Origin)", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Registry:Name", refused.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        foreach (var folder in _folders.Where(Directory.Exists))
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // a temp folder; not worth failing a test over
            }
        }
    }
}
