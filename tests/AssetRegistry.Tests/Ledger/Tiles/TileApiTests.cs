using System.IO.Compression;
using System.Net;
using System.Text;
using AssetRegistry.Ledger;
using AssetRegistry.Tests.Infrastructure;
using AssetRegistry.Verification.Bundles;
using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Merkle;
using Npgsql;
using NpgsqlTypes;

namespace AssetRegistry.Tests.Ledger.Tiles;

/// <summary>
/// A ledger of 600 certificates stored before tiles were (no tile rows, as an older version of the registry left it),
/// then one registration: the issuer rebuilds the tiles in its batch and goes on, and the ledger is served as a C2SP
/// tiled log whose every tile and entry bundle is what the definition gives.
/// </summary>
public sealed class TiledLedger : IAsyncLifetime
{
    public const int Legacy = 600;

    public RegistryApp App { get; } = new();

    public List<byte[]> Certificates { get; } = [];

    public List<byte[]> LeafHashes { get; } = [];

    public string NewCertificate { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        var frontier = new MerkleFrontier(MerkleHasher.Sha256);
        for (var i = 0; i < Legacy; i++)
        {
            // Not certificates the issuer would write, but leaves all the same: tiles and bundles hash bytes, whatever they say.
            var text = Encoding.UTF8.GetBytes($"{{\"leaf\":{i},\"pad\":\"{new string('x', i % 37)}\"}}");
            Certificates.Add(text);
            LeafHashes.Add(CertificateBuilder.LeafHash(text));
            frontier.Append(LeafHashes[^1]);
        }

        await using var connection = new NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        await using (var insert = new NpgsqlCommand(
            $"insert into {LedgerTables.Certificates} (leaf_index, certificate_number, registration_number, event_sequence, certificate, leaf_hash, certificate_hash, issued_at) " +
            "select i, 'OLD-' || i, 'OLD-ASSET-' || i, -1 - i, c, h, h, now() from unnest($1::bigint[], $2::text[], $3::bytea[]) as t(i, c, h)", connection))
        {
            insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint, Value = Enumerable.Range(0, Legacy).Select(i => (long)i).ToArray() });
            insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = Certificates.Select(Encoding.UTF8.GetString).ToArray() });
            insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea, Value = LeafHashes.ToArray() });
            await insert.ExecuteNonQueryAsync();
        }

        await using (var checkpoint = new NpgsqlCommand(
            $"insert into {LedgerTables.Checkpoints} (tree_size, checkpoint, root_hash, key_id, issued_at, frontier) values ($1, '{{}}', $2, 'old', now() - interval '1 day', $3)", connection))
        {
            checkpoint.Parameters.Add(new NpgsqlParameter { Value = (long)Legacy });
            checkpoint.Parameters.Add(new NpgsqlParameter { Value = frontier.RootHash() });
            checkpoint.Parameters.Add(new NpgsqlParameter { Value = frontier.SubtreeRoots.ToArray() });
            await checkpoint.ExecuteNonQueryAsync();
        }

        var api = new RegistryApi(App);
        await api.RegisteredAssetAsync(Enterprise.New("深圳市瓦片数据有限公司").Token);
        await App.WaitForCertificatesAsync();
        await using var read = new NpgsqlCommand($"select certificate_number, certificate, leaf_hash from {LedgerTables.Certificates} where leaf_index = $1", connection)
        {
            Parameters = { new NpgsqlParameter { Value = (long)Legacy } },
        };
        await using var reader = await read.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "The registration was certified as leaf 600.");
        NewCertificate = reader.GetString(0);
        Certificates.Add(Encoding.UTF8.GetBytes(reader.GetString(1)));
        LeafHashes.Add(reader.GetFieldValue<byte[]>(2));
    }

    public Task DisposeAsync() => App.DisposeAsync();
}

public sealed class TileApiTests(TiledLedger ledger) : IClassFixture<TiledLedger>
{
    private const string Prefix = "/api/ledger/tlog/";
    private const int Size = TiledLedger.Legacy + 1;

    private HttpClient Client => ledger.App.Client;

    private async Task<HttpResponseMessage> GetAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Client.GetAsync(Prefix + path);
        Assert.True(response.StatusCode == expected, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    /// <summary>The tile as the definition has it: hash i of tile n at level l is MTH(D[(n·256 + i)·256^l : (n·256 + i + 1)·256^l]).</summary>
    private byte[] Expected(Tile tile)
    {
        var span = 1L << (8 * tile.Level);
        var bytes = new List<byte>();
        for (var i = 0; i < tile.Width; i++)
        {
            var start = (tile.Index * 256 + i) * span;
            bytes.AddRange(new MerkleTree(MerkleHasher.Sha256, span, j => ledger.LeafHashes[(int)(start + j)]).RootHash());
        }

        return [.. bytes];
    }

    [Fact]
    public async Task every_tile_of_the_tree_is_served_as_the_definition_gives_it()
    {
        var tiles = Tile.AllOf(Size).ToList();
        Assert.Equal([new Tile(0, 0, 256), new Tile(0, 1, 256), new Tile(0, 2, 89), new Tile(1, 0, 2)], tiles);
        foreach (var tile in tiles)
        {
            var response = await GetAsync(tile.Path);
            Assert.Equal("application/octet-stream", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(Convert.ToHexString(Expected(tile)), Convert.ToHexString(await response.Content.ReadAsByteArrayAsync()));
        }
    }

    [Fact]
    public async Task full_tiles_are_immutable_and_partial_ones_short_lived()
    {
        var full = await GetAsync("tile/0/001");
        Assert.Equal("public, max-age=31536000, immutable", full.Headers.CacheControl?.ToString());
        Assert.Equal(8192, (await full.Content.ReadAsByteArrayAsync()).Length);

        var partial = await GetAsync("tile/0/002.p/89");
        Assert.Equal("public, max-age=10", partial.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task a_narrower_width_of_a_tile_is_its_prefix_as_the_tree_of_that_size_had_it()
    {
        var at600 = await (await GetAsync("tile/0/002.p/88")).Content.ReadAsByteArrayAsync();
        Assert.Equal(Expected(new Tile(0, 2, 88)), at600);
        Assert.Equal(Expected(new Tile(1, 0, 1)), await (await GetAsync("tile/1/000.p/1")).Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("tile/0/002")]
    [InlineData("tile/0/002.p/90")]
    [InlineData("tile/0/003.p/1")]
    [InlineData("tile/1/000")]
    [InlineData("tile/2/000.p/1")]
    [InlineData("tile/entries/002")]
    [InlineData("tile/entries/002.p/90")]
    [InlineData("tile/0/2")]
    [InlineData("tile/0/x000/002")]
    [InlineData("tile/0/002.p/0")]
    [InlineData("tile/entries/x")]
    public async Task what_the_tree_does_not_hold_or_no_tile_path_names_is_404(string path)
    {
        var response = await GetAsync(path, HttpStatusCode.NotFound);
        Assert.Equal("tile-not-found", (await response.ReadProblemAsync())["code"]?.GetValue<string>());
        Assert.NotEqual("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task an_entry_bundle_is_each_certificate_after_its_16_bit_length()
    {
        foreach (var (path, from, count) in new[] { ("tile/entries/001", 256, 256), ("tile/entries/002.p/89", 512, 89), ("tile/entries/002.p/3", 512, 3) })
        {
            var response = await GetAsync(path);
            var entries = Entries(await response.Content.ReadAsByteArrayAsync());
            Assert.Equal(count, entries.Count);
            for (var i = 0; i < count; i++)
            {
                Assert.Equal(ledger.Certificates[from + i], entries[i]);
            }
        }

        // The last entry is the certificate the API serves, byte for byte.
        var last = Entries(await (await GetAsync("tile/entries/002.p/89")).Content.ReadAsByteArrayAsync())[^1];
        Assert.Equal(await Client.GetByteArrayAsync($"/api/certificates/{ledger.NewCertificate}"), last);
    }

    [Fact]
    public async Task an_entry_bundle_is_gzipped_for_a_client_that_accepts_it()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Prefix + "tile/entries/000");
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        await using var gzip = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        var plain = new MemoryStream();
        await gzip.CopyToAsync(plain);
        Assert.Equal(ledger.Certificates.Take(256), Entries(plain.ToArray()));
    }

    [Fact]
    public async Task the_issuer_rebuilt_the_tiles_an_older_ledger_lacked_and_went_on_from_them()
    {
        await using var connection = new NpgsqlConnection(ledger.App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select level, tile_index, hashes from {LedgerTables.Tiles} order by level, tile_index", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var stored = new List<(Tile, string)>();
        while (await reader.ReadAsync())
        {
            var hashes = reader.GetFieldValue<byte[]>(2);
            stored.Add((new Tile(reader.GetInt32(0), reader.GetInt64(1), hashes.Length / 32), Convert.ToHexString(hashes)));
        }

        Assert.Equal(Tile.AllOf(Size).Select(t => (t, Convert.ToHexString(Expected(t)))), stored);
    }

    [Fact]
    public async Task the_new_certificates_bundle_is_proved_from_the_tiles_and_verifies()
    {
        var bundle = await Client.GetStringAsync($"/api/certificates/{ledger.NewCertificate}/bundle");
        var keys = TrustedKeys.Parse(await Client.GetStringAsync("/api/ledger/keys"));
        var verdict = new BundleVerifier(keys).Verify(bundle);
        Assert.True(verdict.IsGenuine, verdict.ToString());
        Assert.Equal(new MerkleTree(MerkleHasher.Sha256, ledger.LeafHashes).InclusionProof(TiledLedger.Legacy), CertificateBundle.Parse(bundle).InclusionProof);
    }

    [Fact]
    public async Task interop_tlog_reads_the_served_tiles_and_entry_bundles_as_the_tree_the_latest_checkpoint_signs()
    {
        var folder = Path.Combine(Path.GetTempPath(), "asset-registry-tiles-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var tile in Tile.AllOf(Size))
            {
                foreach (var path in tile.Level == 0 ? [tile.Path, tile.EntriesPath] : new[] { tile.Path })
                {
                    var file = Path.Combine(folder, path);
                    Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                    await File.WriteAllBytesAsync(file, await Client.GetByteArrayAsync(Prefix + path));
                }
            }

            var checkpoint = SignedCheckpoint.Parse(await Client.GetStringAsync("/api/ledger/checkpoint"));
            Assert.Equal(Size, checkpoint.Body.TreeSize);

            var result = AssetRegistry.Verification.Tests.Support.GoInterop.Check("check-tiles", folder, $"{Size}", Convert.ToBase64String(checkpoint.Body.RootHash));

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal($"ok 4 tiles and {Size} entries of a tree of {Size}", result.StdoutText);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<byte[]> Entries(byte[] bundle)
    {
        var entries = new List<byte[]>();
        for (var at = 0; at < bundle.Length;)
        {
            var length = (bundle[at] << 8) | bundle[at + 1];
            entries.Add(bundle[(at + 2)..(at + 2 + length)]);
            at += 2 + length;
        }

        return entries;
    }
}
