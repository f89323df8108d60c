using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using AssetRegistry.Ledger;
using AssetRegistry.Tests.Infrastructure;
using AssetRegistry.Verification.Canonical;
using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Merkle;
using Npgsql;

namespace AssetRegistry.Tests.Ledger;

/// <summary>Certificates issued after commit, in global order, chained per asset, with signed checkpoints.</summary>
public sealed class IssuanceTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private readonly RegistryApi _api = new(app);

    private sealed record Row(long LeafIndex, string Number, string RegistrationNumber, long Sequence, string Certificate, byte[] LeafHash, byte[] CertificateHash);

    private async Task<List<Row>> CertificatesAsync()
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"select leaf_index, certificate_number, registration_number, event_sequence, certificate, leaf_hash, certificate_hash from {LedgerTables.Certificates} order by leaf_index", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Row>();
        while (await reader.ReadAsync())
        {
            rows.Add(new Row(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetString(4), (byte[])reader[5], (byte[])reader[6]));
        }

        return rows;
    }

    [Fact]
    public async Task every_completed_registration_gets_one_certificate_chained_to_the_assets_previous_one()
    {
        var holder = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());
        var number = await _api.RegisteredAssetAsync(holder);
        var change = await _api.AppliedAsync("change", holder, new { registrationNumber = number, updateFrequency = "每周" });
        await _api.CompletedAsync(change);

        await app.WaitForCertificatesAsync();

        var rows = (await CertificatesAsync()).Where(r => r.RegistrationNumber == number).ToList();
        Assert.Equal(2, rows.Count);
        var first = JsonNode.Parse(rows[0].Certificate)!.AsObject();
        var second = JsonNode.Parse(rows[1].Certificate)!.AsObject();
        Assert.Equal("initial", first["kind"]!.GetValue<string>());
        Assert.Equal("change", second["kind"]!.GetValue<string>());
        Assert.Null(first["previousCertificateHash"]);
        Assert.Equal(Convert.ToBase64String(rows[0].CertificateHash), second["previousCertificateHash"]!.GetValue<string>());
        Assert.True(rows[1].Sequence > rows[0].Sequence);
        // The stored text is its own canonical form: exactly the leaf's bytes.
        Assert.Equal(rows[0].Certificate, Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(rows[0].Certificate)));
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(rows[0].Certificate)), rows[0].CertificateHash);
        // Confidential items only as commitments.
        Assert.DoesNotContain("documentFingerprint", rows[0].Certificate, StringComparison.Ordinal);
        Assert.NotNull(first["commitments"]!["reviewReportDocument"]);

        var chain = await (await app.Client.GetAsync($"/api/assets/{number}/certificates")).Content.ReadAsStringAsync();
        var listed = JsonNode.Parse(chain)!.AsArray().Select(c => c!["certificateNumber"]!.GetValue<string>()).ToArray();
        Assert.Equal(rows.Select(r => r.Number), listed);
    }

    [Fact]
    public async Task the_ledger_has_no_gaps_and_its_latest_checkpoint_signs_the_root_of_all_leaves()
    {
        var holder = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());
        await _api.RegisteredAssetAsync(holder);
        await _api.RegisteredAssetAsync(holder);
        await app.WaitForCertificatesAsync();

        var rows = await CertificatesAsync();
        Assert.Equal(Enumerable.Range(0, rows.Count).Select(i => (long)i), rows.Select(r => r.LeafIndex));
        Assert.Equal(rows.Count, rows.Select(r => r.Sequence).Distinct().Count());

        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select checkpoint from {LedgerTables.Checkpoints} order by tree_size desc limit 1", connection);
        var checkpoint = SignedCheckpoint.Parse((string)(await command.ExecuteScalarAsync())!);
        Assert.Equal(rows.Count, checkpoint.Body.TreeSize);
        var tree = new MerkleTree(MerkleHasher.Sha256, rows.Count, i => rows[(int)i].LeafHash);
        Assert.Equal(tree.RootHash(), checkpoint.Body.RootHash.ToArray());
        var keys = app.Host.Services.GetService(typeof(LedgerKeys)) as LedgerKeys;
        Assert.True(new CheckpointVerifier(keys!.Published).Verify(checkpoint).IsGenuine);
    }
}
