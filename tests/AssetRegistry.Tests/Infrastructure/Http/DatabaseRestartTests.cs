using System.Net;
using AssetRegistry.Infrastructure.Database;
using AssetRegistry.Tests.Contract;
using AssetRegistry.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using static AssetRegistry.Tests.Infrastructure.HttpExtensions;

namespace AssetRegistry.Tests.Infrastructure.Http;

/// <summary>
/// PostgreSQL stopped and started again under a running service: meanwhile writes answer 503 with
/// <c>Retry-After</c> (not 500), and once it is back they are recorded. A private cluster of its own, so that
/// stopping it stops nobody else's tests.
/// </summary>
public sealed class DatabaseRestartTests : IDisposable
{
    private readonly string _baseDirectory = Path.Combine(Path.GetTempPath(), $"asset-registry-restart-{Guid.NewGuid():N}");

    private static HttpRequestMessage RecordParty(string code) =>
        Json(HttpMethod.Post, "/api/parties", new { name = "深圳市数据科技有限公司", identifier = new { type = "unifiedSocialCreditCode", number = code }, identityDocuments = new[] { PartyDirectory.SampleLicence } },
            RegistryApi.ClerkZhao);

    [Fact]
    public async Task while_postgresql_restarts_writes_answer_503_with_retry_after_and_then_are_recorded()
    {
        var options = new PrivatePostgresOptions { BaseDirectory = _baseDirectory, Database = "restart_test" };
        options.ServerSettings["fsync"] = "off";
        var server = await PrivatePostgres.StartAsync(options, _ => { });
        options.Port = server.Port;
        PrivatePostgres? restarted = null;
        var host = await RegistryApp.StartHostAsync(server.ConnectionString, new FakeTimeProvider(RegistryApp.Start));
        try
        {
            var client = host.ContractClient();
            await new PartyDirectory(new RegistryAppView(host, new FakeTimeProvider(RegistryApp.Start))).UploadSampleLicenceAsync();
            Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(RecordParty(RegistryApi.NewCreditCode()))).StatusCode);

            await server.StopAsync();
            var code = RegistryApi.NewCreditCode();
            var during = await client.SendAsync(RecordParty(code));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
            Assert.Equal("database-unavailable", (await during.ReadProblemAsync()).Code());
            Assert.NotNull(during.Headers.RetryAfter?.Delta);

            restarted = await PrivatePostgres.StartAsync(options, _ => { });
            // A client honouring Retry-After: a pooled connection the restart broke may fail once more, as a 503.
            var statuses = new List<HttpStatusCode>();
            for (var attempt = 0; attempt < 10 && !statuses.Contains(HttpStatusCode.Created); attempt++)
            {
                statuses.Add((await client.SendAsync(RecordParty(code))).StatusCode);
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }

            Assert.Equal(HttpStatusCode.Created, statuses[^1]);
            Assert.All(statuses[..^1], s => Assert.Equal(HttpStatusCode.ServiceUnavailable, s));
        }
        finally
        {
            await host.DisposeAsync();
            if (restarted is not null)
            {
                await restarted.StopAsync();
            }

            await server.StopAsync();
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_baseDirectory, recursive: true);
        }
        catch (IOException)
        {
            // a server still shutting down; the temporary folder is cleared later
        }
    }
}
