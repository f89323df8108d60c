using System.IO.Compression;
using System.Text;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Ledger.Api;
using AssetRegistry.Verification.Merkle;
using Npgsql;
using NpgsqlTypes;

namespace AssetRegistry.Ledger.Tiles;

/// <summary>
/// The ledger as a C2SP tiled log (https://c2sp.org/tlog-tiles, docs/ledger.md §15) under <see cref="Prefix"/>: Merkle
/// tiles at <c>tile/L/N[.p/W]</c> and entry bundles (each certificate's canonical bytes, uint16-length-prefixed) at
/// <c>tile/entries/N[.p/W]</c>. Full ones never change and are cacheable for ever; partial ones for a moment, since a
/// log may drop a partial once the full one exists. Whatever the tree does not (yet) hold is 404.
/// </summary>
public static class TileApi
{
    public const string Prefix = "/api/ledger/tlog";

    public const string FullTileCaching = "public, max-age=31536000, immutable";

    public const string PartialTileCaching = "public, max-age=10";

    private const string OctetStream = "application/octet-stream";

    public static void MapTiles(this RouteGroupBuilder ledger, LedgerAccess access, NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(access);
        var tiles = access.Proofs.Tiles;
        ledger.MapGet("/ledger/tlog/tile/{**path}", async (string path, HttpContext http) =>
            {
                if (!Tile.TryParsePath("tile/" + path, out var tile, out var entries))
                {
                    throw new Refusal(Refusals.TileNotFound, ("path", path), ("reason", NotATilePath));
                }

                if (entries)
                {
                    return await EntryBundleAsync(tiles, dataSource, tile, http);
                }

                // A full tile once read is served from memory: this is the path mirrors and monitors hit hardest.
                var hashes = tiles.Cached(tile.Level, tile.Index, tile.Width)
                    ?? (await tiles.ReadAsync([tile], http.RequestAborted)).GetValueOrDefault((tile.Level, tile.Index))
                    ?? throw NotInTheTree(tile.Path);
                http.Response.Headers.CacheControl = tile.IsFull ? FullTileCaching : PartialTileCaching;
                return Results.Bytes(hashes.Prefix(tile.Width), OctetStream);
            })
            .AllowAnonymous()
            .WithName("getTile")
            .AnswersHeader("Cache-Control", $"`{FullTileCaching}` on a full tile or bundle, `{PartialTileCaching}` on a partial one.", Microsoft.OpenApi.JsonSchemaType.String)
            .WithSummary("The ledger as a C2SP tiled log (docs/ledger.md §15): a Merkle tile tile/L/N[.p/W], or an entry bundle tile/entries/N[.p/W] — no token needed.")
            .WithDescription("A tile is its SHA-256 hashes concatenated (8,192 bytes when full); an entry bundle is each certificate's canonical bytes after a big-endian "
                + "uint16 length. Full tiles are immutable (`Cache-Control: public, max-age=31536000, immutable`); partial ones are cached 10 s. "
                + "A tile the tree does not hold, or not at that width, is 404 `tile-not-found`. Verify tiles against `/api/ledger/tlog/checkpoint`.")
            .Produces(StatusCodes.Status200OK, contentType: OctetStream)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static readonly Sentence NotATilePath = new(
        "这不是瓦片路径：应为 tile/L/N 或 tile/entries/N，N 为三位一组的数字、除末组外以 x 开头（1234067 写作 x001/x234/067），部分瓦片另加 .p/W（W 为 1 至 255）",
        "it is not a tile path: tile/L/N or tile/entries/N, N in 3-digit groups all but the last starting with x (1234067 is x001/x234/067), then .p/W for a partial tile of width W from 1 to 255");

    private static readonly Sentence BeyondTheTree = new("树尚未长到该处，最新检查点表明树的大小", "the tree does not reach it (yet); the latest checkpoint says how far it goes");

    private static Refusal NotInTheTree(string path) => new(Refusals.TileNotFound, ("path", path), ("reason", BeyondTheTree));

    /// <summary>The certificates of a level-0 tile, each checked against the tile's leaf hash before it is served.</summary>
    private static async Task<IResult> EntryBundleAsync(TileStore tiles, NpgsqlDataSource dataSource, Tile tile, HttpContext http)
    {
        var cancellation = http.RequestAborted;
        var hashes = (await tiles.ReadAsync([tile], cancellation)).GetValueOrDefault((0, tile.Index)) ?? throw NotInTheTree(tile.EntriesPath);
        var start = tile.Index * Tile.FullWidth;
        await using var connection = await dataSource.OpenConnectionAsync(cancellation);
        await using var command = new NpgsqlCommand(
            $"select leaf_index, certificate from {LedgerTables.Certificates} where leaf_index >= $1 and leaf_index < $2 order by leaf_index", connection)
        {
            Parameters =
            {
                new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = start },
                new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = start + tile.Width },
            },
        };
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        var bundle = new MemoryStream();
        var count = 0;
        while (await reader.ReadAsync(cancellation))
        {
            var index = reader.GetInt64(0);
            var bytes = Encoding.UTF8.GetBytes(reader.GetString(1));
            if (index != start + count || !CertificateBuilder.LeafHash(bytes).AsSpan().SequenceEqual(hashes.Hash(count)))
            {
                throw new LedgerInconsistentException($"Certificate {index} as stored is not leaf {start + count} of tile {tile.Path}.");
            }

            if (bytes.Length > ushort.MaxValue)
            {
                throw new LedgerInconsistentException($"Certificate {index} is {bytes.Length} bytes: an entry bundle holds at most 65,535 bytes an entry.");
            }

            bundle.WriteByte((byte)(bytes.Length >> 8));
            bundle.WriteByte((byte)bytes.Length);
            bundle.Write(bytes);
            count++;
        }

        if (count != tile.Width)
        {
            throw new LedgerInconsistentException($"The ledger has {count} certificates where tile {tile.Path} has {tile.Width} leaves.");
        }

        http.Response.Headers.CacheControl = tile.IsFull ? FullTileCaching : PartialTileCaching;
        // C2SP asks for entry bundles compressed at the HTTP layer, for the clients that accept it.
        if (http.Request.Headers.AcceptEncoding.Any(e => e is not null && e.Contains("gzip", StringComparison.OrdinalIgnoreCase)))
        {
            var compressed = new MemoryStream();
            await using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            {
                await gzip.WriteAsync(bundle.GetBuffer().AsMemory(0, (int)bundle.Length), cancellation);
            }

            http.Response.Headers.ContentEncoding = "gzip";
            http.Response.Headers.Vary = "Accept-Encoding";
            return Results.Bytes(compressed.GetBuffer().AsMemory(0, (int)compressed.Length), OctetStream);
        }

        http.Response.Headers.Vary = "Accept-Encoding";
        return Results.Bytes(bundle.GetBuffer().AsMemory(0, (int)bundle.Length), OctetStream);
    }
}
