using System.Net;
using System.Text.Json.Nodes;
using Alba;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace AssetRegistry.Tests.Infrastructure;

/// <summary>
/// <c>/health/ready</c> names each check and its state: a missing holiday calendar is Degraded and still ready (200),
/// distinct from the database; an Unhealthy check makes the registry not ready (503).
/// </summary>
public sealed class ReadinessTests
{
    private static async Task<(HttpStatusCode Status, JsonObject Body)> ReadyAsync(IAlbaHost host)
    {
        var response = await host.Server.CreateClient().GetAsync("/health/ready");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    private static JsonObject Check(JsonObject body, string name) =>
        body["checks"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == name)!.AsObject();

    [Fact]
    public async Task without_next_years_holiday_calendar_in_december_the_registry_is_degraded_but_ready_and_says_which_check()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero));
        await using var host = await RegistryApp.StartHostAsync(await RegistryApp.CreateDatabaseAsync(), clock);

        var (status, body) = await ReadyAsync(host);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body["status"]!.GetValue<string>());
        Assert.Equal("Healthy", Check(body, "calendar")["status"]!.GetValue<string>());

        clock.Advance(TimeSpan.FromDays(12));
        (status, body) = await ReadyAsync(host);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", body["status"]!.GetValue<string>());
        Assert.Equal("Healthy", Check(body, "postgresql")["status"]!.GetValue<string>());
        var calendar = Check(body, "calendar");
        Assert.Equal("Degraded", calendar["status"]!.GetValue<string>());
        Assert.Contains("No holiday calendar configured for 2027", calendar["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task an_unhealthy_check_makes_the_registry_not_ready_503_and_names_it()
    {
        await using var host = await RegistryApp.StartHostAsync(await RegistryApp.CreateDatabaseAsync(), new FakeTimeProvider(RegistryApp.Start),
            web => web.ConfigureTestServices(services => services.AddHealthChecks()
                .AddCheck("disk", () => HealthCheckResult.Unhealthy("The archive's disk is full."), tags: ["ready"])));

        var (status, body) = await ReadyAsync(host);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", body["status"]!.GetValue<string>());
        Assert.Equal("Unhealthy", Check(body, "disk")["status"]!.GetValue<string>());
        Assert.Equal("The archive's disk is full.", Check(body, "disk")["description"]!.GetValue<string>());
        Assert.Equal("Healthy", Check(body, "postgresql")["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_node_whose_connection_pool_is_all_in_use_is_not_ready_and_is_again_once_connections_come_back()
    {
        var pooled = new Npgsql.NpgsqlConnectionStringBuilder(await RegistryApp.CreateDatabaseAsync()) { MaxPoolSize = 10 }.ConnectionString;
        await using var host = await RegistryApp.StartHostAsync(pooled, new FakeTimeProvider(RegistryApp.Start));
        var store = host.Services.GetRequiredService<Marten.IDocumentStore>();
        Assert.Equal(HttpStatusCode.OK, (await ReadyAsync(host)).Status);

        // What a node's requests do when they all wait on one row lock: hold every connection of the pool.
        var held = new List<Npgsql.NpgsqlConnection>();
        for (var i = 0; i < 10; i++)
        {
            var connection = store.Storage.Database.CreateConnection();
            await connection.OpenAsync();
            held.Add(connection);
        }

        var (status, body) = await ReadyAsync(host);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", Check(body, "postgresql")["status"]!.GetValue<string>());
        Assert.Contains("every connection is in use", Check(body, "postgresql")["description"]!.GetValue<string>(), StringComparison.Ordinal);

        foreach (var connection in held)
        {
            await connection.DisposeAsync();
        }

        Assert.Equal(HttpStatusCode.OK, (await ReadyAsync(host)).Status);
    }
}
