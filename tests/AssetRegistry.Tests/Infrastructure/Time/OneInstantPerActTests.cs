using AssetRegistry.InitialRegistration;
using System.Net;
using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Tests.Infrastructure;
using Marten;

namespace AssetRegistry.Tests.Infrastructure.Time;

/// <summary>
/// An act has one instant — the recording instant, to the microsecond — and the payload, Marten's stamp (what
/// "as of" reads), the views and the certificate all state it. The wall clock here moves on at every reading, as a
/// real one does between a handler's decision and its commit.
/// </summary>
public sealed class OneInstantPerActTests(RegistryApp app) : IClassFixture<RegistryApp>, IDisposable
{
    private readonly RegistryApi _api = new(app);

    public void Dispose() => app.Clock.AutoAdvanceAmount = TimeSpan.Zero;

    [Fact]
    public async Task an_asset_as_of_its_own_registeredAt_is_registered_and_its_events_carry_their_payloads_instant()
    {
        var token = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());
        app.Clock.AutoAdvanceAmount = TimeSpan.FromMilliseconds(7);
        var number = await _api.RegisteredAssetAsync(token);

        var asset = await _api.AssetAsync(number, token);
        var registeredAt = asset.Instant("registeredAt");
        Assert.Equal(registeredAt, asset.Instant("validFrom"));
        var asOf = await _api.Client.GetWithTokenAsync($"/api/assets/{number}?asOf={ViewJson.Query(registeredAt)}", token);
        Assert.Equal(HttpStatusCode.OK, asOf.StatusCode);

        await using var session = app.Store.QuerySession();
        var registered = Assert.Single(await session.Events.FetchStreamAsync(number));
        var payload = (AssetRegistered)registered.Data;
        Assert.Equal(payload.RegisteredAt, registered.Timestamp);
        Assert.Equal(payload.ValidFrom, registered.Timestamp);
        Assert.Equal(0, registered.Timestamp.Ticks % 10); // whole microseconds, as PostgreSQL keeps them

        var application = await session.Events.FetchStreamAsync(payload.ApplicationId);
        var approved = application.Single(e => e.Data is ApplicationApproved);
        Assert.Equal(((ApplicationApproved)approved.Data).ApprovedAt, approved.Timestamp);
        Assert.Equal(registered.Timestamp, approved.Timestamp); // approval and registration: one act
        var accepted = application.Single(e => e.Data is ApplicationAccepted);
        Assert.Equal(((ApplicationAccepted)accepted.Data).AcceptedAt, accepted.Timestamp);
        var submitted = application.Single(e => e.Data is InitialRegistrationApplied);
        Assert.Equal(((InitialRegistrationApplied)submitted.Data).SubmittedAt, submitted.Timestamp);
    }

    [Fact]
    public async Task the_certificate_takes_effect_at_the_registrations_recording_instant()
    {
        var token = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());
        app.Clock.AutoAdvanceAmount = TimeSpan.FromMilliseconds(7);
        var number = await _api.RegisteredAssetAsync(token);
        app.Clock.AutoAdvanceAmount = TimeSpan.Zero;
        await app.WaitForCertificatesAsync();

        var registeredAt = (await _api.AssetAsync(number, token)).Instant("registeredAt");
        await using var connection = new Npgsql.NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var query = new Npgsql.NpgsqlCommand(
            $"select certificate from {AssetRegistry.Ledger.LedgerTables.Certificates} where registration_number = $1", connection);
        query.Parameters.AddWithValue(number);
        var certificate = System.Text.Json.Nodes.JsonNode.Parse((string)(await query.ExecuteScalarAsync())!)!.AsObject();

        Assert.Equal(registeredAt, DateTimeOffset.Parse(certificate.Text("effectiveAt"), System.Globalization.CultureInfo.InvariantCulture));
    }
}
