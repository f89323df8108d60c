using System.Text;
using AssetRegistry.Infrastructure.Identity;
using AssetRegistry.Ledger;
using AssetRegistry.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AssetRegistry.Tests.Ledger.Certificates;

/// <summary>
/// What the service's issuer stored is, byte for byte, what <see cref="CertificateBuilder"/> gives for the same inputs
/// read back from the database (<see cref="IssuanceInputs"/>): the issuer gathers them right — the asset's state before
/// the event, from its cache or from the stream; the stored event's hash; the asset's previous certificate — for
/// registrations with and without a counterparty and a basis document.
/// </summary>
public sealed class IssuedCertificatesTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private readonly RegistryApi _api = new(app);

    private sealed record Issued(long LeafIndex, string Number, string Text, byte[] LeafHash, byte[] CertificateHash);

    [Fact]
    public async Task every_certificate_issued_is_what_the_builder_gives_for_its_inputs()
    {
        var holder = RegistryApi.NewCreditCode();
        var holderToken = RegistryApi.EnterpriseToken(holder);
        var number = await _api.RegisteredAssetAsync(holderToken);
        var licensee = RegistryApi.NewCreditCode();
        await _api.CompletedAsync(await _api.AppliedAsync("license", holderToken, new
        {
            registrationNumber = number, licensee = RegistryApi.Organisation(licensee, "广州算法有限公司"), type = "sole", subLicensingAllowed = false,
            scope = new[] { "城市规划" }, startsOn = _api.Today(1), endsOn = _api.Today(200),
        }), RegistryApi.EnterpriseToken(licensee));
        var buyer = RegistryApi.NewCreditCode();
        await _api.CompletedAsync(await _api.AppliedAsync("transfer", holderToken, new
        {
            registrationNumber = number, newHolder = RegistryApi.Organisation(buyer, "杭州数据交易有限公司"), ground = "trade",
            basisFingerprint = await _api.UploadAsync(holderToken, "data transfer contract"),
        }), RegistryApi.EnterpriseToken(buyer));
        await _api.CompletedAsync(await _api.AppliedAsync("change", RegistryApi.EnterpriseToken(buyer), new { registrationNumber = number, updateFrequency = "每周" }));
        await app.WaitForCertificatesAsync();

        var registry = app.Host.Services.GetRequiredService<RegistryIdentity>();
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        var issued = await IssuedAsync(connection, number);
        Assert.Equal(["initial", "license", "transfer", "change"],
            issued.Select(c => System.Text.Json.Nodes.JsonNode.Parse(c.Text)!["kind"]!.GetValue<string>()));

        foreach (var certificate in issued)
        {
            var inputs = await IssuanceInputs.ReadAsync(app.Store, connection, certificate.LeafIndex);
            var built = inputs.Build(registry);

            Assert.Equal(certificate.Text, Encoding.UTF8.GetString(built.Bytes));
            Assert.Equal(certificate.Number, built.Number);
            Assert.Equal(certificate.LeafHash, built.LeafHash);
            Assert.Equal(certificate.CertificateHash, built.CertificateHash);
            Assert.Equal(inputs.Salts.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, s.Value.Value)),
                built.Openings.OrderBy(o => o.Field, StringComparer.Ordinal).Select(o => (o.Field, o.Value)));
        }

        // Not vacuous: the certificates commit to confidential items, and the later ones cite their predecessors.
        Assert.Equal(3, (await IssuanceInputs.ReadAsync(app.Store, connection, issued[0].LeafIndex)).Salts.Count);
        Assert.NotNull((await IssuanceInputs.ReadAsync(app.Store, connection, issued[^1].LeafIndex)).Citation.PreviousCertificateHash);
    }

    private static async Task<List<Issued>> IssuedAsync(NpgsqlConnection connection, string number)
    {
        await using var command = new NpgsqlCommand(
            $"select leaf_index, certificate_number, certificate, leaf_hash, certificate_hash from {LedgerTables.Certificates} "
            + "where registration_number = $1 order by leaf_index", connection)
        {
            Parameters = { new NpgsqlParameter { Value = number } },
        };
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Issued>();
        while (await reader.ReadAsync())
        {
            rows.Add(new Issued(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), (byte[])reader[3], (byte[])reader[4]));
        }

        return rows;
    }
}
