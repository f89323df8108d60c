using System.Net;
using AssetRegistry.Applications;
using AssetRegistry.Infrastructure;
using AssetRegistry.Rebuilding;
using AssetRegistry.Tests.Infrastructure;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace AssetRegistry.Tests.Rebuilding;

/// <summary>At start-up the service rebuilds the views an earlier version stored in another shape, and only those.</summary>
public sealed class StaleViewsTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private readonly RegistryApi _api = new(app);

    private async Task<Dictionary<string, int>> RecordedVersionsAsync()
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select view, version from registry.view_versions", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new Dictionary<string, int>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            versions[reader.GetString(0)] = reader.GetInt32(1);
        }

        return versions;
    }

    private async Task RecordAsync(string view, int version)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("update registry.view_versions set version = $2 where view = $1", connection);
        command.Parameters.AddWithValue(view);
        command.Parameters.AddWithValue(version);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    /// <summary>An application whose snapshot is gone, as if it could no longer be read: its id.</summary>
    private async Task<string> ApplicationWithoutItsViewAsync()
    {
        var token = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());
        var id = (await _api.SubmittedAsync(token, await _api.InitialApplicationAsync(token))).Text("applicationId");
        await using var session = app.Store.LightweightSession();
        session.Delete<Application>(id);
        await session.SaveChangesAsync();
        return id;
    }

    private Task StartAsTheHostDoesAsync() =>
        app.Host.Services.GetServices<IHostedService>().OfType<StaleViewsRebuild>().Single().StartAsync(CancellationToken.None);

    private async Task<HttpStatusCode> ReadAsync(string applicationId) =>
        (await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/applications/{applicationId}").WithToken(RegistryApi.ClerkZhao))).StatusCode;

    [Fact]
    public async Task a_new_registry_records_every_view_in_the_shape_this_version_stores()
    {
        var views = RebuildCommand.InlineViews(RegistryStore.Options(app.ConnectionString, app.Clock));

        var recorded = await RecordedVersionsAsync();

        Assert.Equal(views.Order(StringComparer.Ordinal), recorded.Keys.Order(StringComparer.Ordinal));
        Assert.All(views, view => Assert.Equal(ViewVersions.Of(view), recorded[view]));
    }

    [Fact]
    public async Task a_view_stored_in_an_earlier_shape_is_rebuilt_from_the_events_when_the_service_starts()
    {
        var id = await ApplicationWithoutItsViewAsync();
        await RecordAsync("Application", ViewVersions.Of("Application") - 1);

        await StartAsTheHostDoesAsync();

        Assert.Equal(HttpStatusCode.OK, await ReadAsync(id));
        Assert.Equal(ViewVersions.Of("Application"), (await RecordedVersionsAsync())["Application"]);
    }

    [Fact]
    public async Task a_view_stored_in_the_current_shape_is_not_rebuilt_at_start()
    {
        var id = await ApplicationWithoutItsViewAsync();

        await StartAsTheHostDoesAsync();

        Assert.Equal(HttpStatusCode.NotFound, await ReadAsync(id));
    }
}
