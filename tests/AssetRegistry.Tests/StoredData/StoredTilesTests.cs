using AssetRegistry.Ledger;
using AssetRegistry.Verification.Bundles;
using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Merkle;
using Npgsql;

namespace AssetRegistry.Tests.StoredData;

/// <summary>
/// A ledger stored before tiles were has none: the first read that needs one rebuilds them all from the stored leaf
/// hashes, and the ledger is then served as tiles like any other, its old bundles unchanged.
/// </summary>
public sealed class StoredTilesTests(RegistryOf6254490 stored) : IClassFixture<RegistryOf6254490>
{
    private async Task<List<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var connection = new NpgsqlConnection(stored.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    [Fact]
    public async Task the_stored_ledger_gets_its_tiles_on_first_read_and_proves_and_serves_from_them_what_its_leaves_give()
    {
        Assert.Empty(await QueryAsync($"select level from {LedgerTables.Tiles}", r => r.GetInt32(0)));
        var size = (await QueryAsync($"select max(tree_size) from {LedgerTables.Checkpoints}", r => r.GetInt64(0))).Single();
        var leaves = await QueryAsync($"select leaf_hash from {LedgerTables.Certificates} where leaf_index < {size} order by leaf_index", r => r.GetFieldValue<byte[]>(0));
        Assert.InRange(size, 2, 255);

        var tile = await stored.Client.GetByteArrayAsync($"/api/ledger/tlog/tile/0/000.p/{size}");

        Assert.Equal(leaves.SelectMany(l => l), tile);
        var rows = await QueryAsync($"select level, tile_index, length(hashes) from {LedgerTables.Tiles} order by level", r => (r.GetInt32(0), r.GetInt64(1), r.GetInt32(2)));
        Assert.Equal([(0, 0L, (int)size * 32)], rows);

        // And a stored certificate's bundle, proved from the rebuilt tiles, is the one the leaves give.
        var first = (await QueryAsync($"select certificate_number from {LedgerTables.Certificates} where leaf_index = 0", r => r.GetString(0))).Single();
        var bundle = await stored.Client.GetStringAsync($"/api/certificates/{first}/bundle");

        var keys = TrustedKeys.Parse(await stored.Client.GetStringAsync("/api/ledger/keys"));
        Assert.True(new BundleVerifier(keys).Verify(bundle).IsGenuine);
        Assert.Equal(new MerkleTree(MerkleHasher.Sha256, size, i => leaves[(int)i]).InclusionProof(0), CertificateBundle.Parse(bundle).InclusionProof);
    }
}
