using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AssetRegistry.Applications;
using AssetRegistry.Infrastructure.Database;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Ledger.Tiles;
using AssetRegistry.Verification.Canonical;
using AssetRegistry.Verification.Checkpoints;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace AssetRegistry.Ledger.Api;

/// <summary>
/// The certificate ledger over HTTP (docs/ledger.md): certificates, bundles, checkpoints, proofs and the published
/// keys — public, no token — and the verification of a bundle or a stored certificate; the salts of a certificate's
/// commitments for those entitled to them. Every proof is computed from the stored leaf hashes and checked with the
/// library against the signed root before it is served.
/// </summary>
public static class LedgerApi
{
    public const string Tag = "Ledger";

    private const string Json = "application/json";

    public static RouteGroupBuilder MapLedgerApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var services = ((IEndpointRouteBuilder)api).ServiceProvider;
        var dataSource = services.GetRequiredService<RegistryDatabase>().DataSource;
        var identity = services.GetRequiredService<Infrastructure.Identity.RegistryIdentity>();
        var ledgerAccess = new LedgerAccess(new LedgerProofs(new LedgerReader(dataSource), new TileStore(dataSource)), identity.Code, identity.Name);
        var ledger = api.MapGroup("").WithTags(Tag).AddEndpointFilter(ServeNothingInconsistent);

        MapCertificates(ledger, ledgerAccess, new LatestBundles(ledgerAccess, services.GetRequiredService<LedgerKeys>().Published));
        MapCheckpointsAndProofs(ledger, ledgerAccess);
        TlogApi.MapTlog(ledger, ledgerAccess);
        VerifyingCertificates.MapVerify(ledger, ledgerAccess);
        CertificateSalts.MapSalts(ledger, ledgerAccess);
        ledger.MapAssetCertificates();
        ledger.MapTiles(ledgerAccess, dataSource);
        return ledger;
    }

    private static void MapCertificates(RouteGroupBuilder ledger, LedgerAccess access, LatestBundles latestBundles)
    {
        ledger.MapGet("/certificates/{number}", async (string number, HttpContext http) =>
            {
                var certificate = await access.FindCertificateAsync(number, "number", http.RequestAborted);
                EnsureJson(certificate);
                http.Response.Headers["X-Leaf-Index"] = certificate.LeafIndex.ToString(CultureInfo.InvariantCulture);
                return Results.Bytes(Encoding.UTF8.GetBytes(certificate.Text), Json);
            })
            .AllowAnonymous()
            .WithName("getCertificate")
            .AnswersHeader("X-Leaf-Index", "The certificate's leaf index in the ledger.", Microsoft.OpenApi.JsonSchemaType.Integer)
            .WithSummary("A certificate, exactly as the ledger holds it: its RFC 8785 canonical JSON, the leaf's bytes — no token needed.")
            .WithDescription("The body is the leaf: hash it as received (SHA-256 of 0x00 and the body is its leaf hash). "
                + "The header `X-Leaf-Index` gives its index in the ledger. A malformed number is 400, an unknown one 404 `certificate-not-found`.")
            .Produces<JsonObject>(StatusCodes.Status200OK, Json)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        ledger.MapGet("/certificates/{number}/bundle", async (string number, string? treeSize, HttpContext http, [FromServices] LedgerKeys keys) =>
            {
                var size = LedgerInputs.Size(treeSize, "treeSize");
                if (size is null)
                {
                    return Results.Bytes(await latestBundles.BundleAsync(number, http.RequestAborted), Json);
                }

                var (certificate, checkpoint) = await access.FindCertificateAndCheckpointAsync(number, "number", size, "treeSize", http.RequestAborted);
                var bundle = await access.Proofs.BundleAsync(certificate, checkpoint, keys.Published, http.RequestAborted);
                return Results.Text(bundle.ToJson(), Json, Encoding.UTF8);
            })
            .AllowAnonymous()
            .WithName("getCertificateBundle")
            .WithSummary("A certificate's bundle (docs/ledger.md §7): the certificate, its leaf index, its inclusion proof and a signed checkpoint — everything to verify it offline, save the keys.")
            .WithDescription("Against the latest checkpoint (the latest this node has seen within the last second; a certificate issued since is always served against one that holds it), or with `treeSize` the checkpoint of that size, which must hold the certificate (at least its leaf index + 1, "
                + "else 400) and exist (else 404 `checkpoint-not-found`). Verify it with `asset-registry-verify verify BUNDLE --keys KEYS` and the keys of `/api/ledger/keys`.")
            .Produces<JsonObject>(StatusCodes.Status200OK, Json)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static void MapCheckpointsAndProofs(RouteGroupBuilder ledger, LedgerAccess access)
    {
        ledger.MapGet("/ledger/checkpoint", async (HttpContext http) =>
            {
                var latest = await access.Reader.LatestCheckpointAsync(http.RequestAborted)
                    ?? throw new Refusal(Refusals.CheckpointNotFound, ("which", new Sentence("账本尚未颁发任何证书，", "yet: no certificate has been issued")));
                return Results.Text(latest.Text, Json, Encoding.UTF8);
            })
            .AllowAnonymous()
            .WithName("getLatestCheckpoint")
            .WithDescription("The signed checkpoint of the ledger's newest batch: its tree size and root hash, with the signatures that commit the registry to them. Keep a copy and check the next one against it with `/api/ledger/proofs/consistency`. 404 `checkpoint-not-found` until the first certificate is issued.")
            .WithSummary("The latest signed checkpoint (docs/ledger.md §6): the ledger's size and root, signed — no token needed.")
            .Produces<JsonObject>(StatusCodes.Status200OK, Json)
            .ProducesProblem(StatusCodes.Status404NotFound);

        ledger.MapGet("/ledger/checkpoints", async (int? page, int? pageSize, HttpContext http) =>
            {
                var (pageNumber, size) = Paging.Read(page, pageSize);
                var (rows, total) = await access.Reader.CheckpointsAsync((long)(pageNumber - 1) * size, size, http.RequestAborted);
                return Results.Ok(new Paged<JsonNode>([.. rows.Select(r => JsonNode.Parse(r.Text)!)], pageNumber, size, total));
            })
            .AllowAnonymous()
            .WithName("listCheckpoints")
            .WithSummary("Every checkpoint ever signed, oldest first, a page at a time — so that others keep copies and check each newer one against them.")
            .WithDescription("The list only grows at its end, so a page once full never changes. Check a newer checkpoint against an older copy with "
                + "`/api/ledger/proofs/consistency?from=&to=` and `asset-registry-verify consistency`.")
            .Produces<Paged<JsonObject>>()
            .ProducesValidationProblem();

        ledger.MapGet("/ledger/checkpoints/{treeSize}", async (string treeSize, HttpContext http) =>
            {
                var size = LedgerInputs.Size(treeSize, "treeSize")!.Value;
                var checkpoint = await access.CheckpointOfSizeAsync(size, http.RequestAborted);
                return Results.Text(checkpoint.Text, Json, Encoding.UTF8);
            })
            .AllowAnonymous()
            .WithName("getCheckpoint")
            .WithDescription("The checkpoint as it was signed when the ledger reached `treeSize` leaves; 404 `checkpoint-not-found` when no checkpoint was signed at that size.")
            .WithSummary("The checkpoint signed at one tree size — no token needed.")
            .Produces<JsonObject>(StatusCodes.Status200OK, Json)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        ledger.MapGet("/ledger/proofs/inclusion", async (string? certificate, string? treeSize, HttpContext http) =>
            {
                var size = LedgerInputs.Size(treeSize, "treeSize");
                var (stored, checkpointRow) = await access.FindCertificateAndCheckpointAsync(certificate, "certificate", size, "treeSize", http.RequestAborted);
                var checkpoint = LedgerProofs.ParseCheckpoint(checkpointRow);
                var proof = await access.Proofs.InclusionProofAsync(stored, checkpoint, http.RequestAborted);
                return Results.Ok(new InclusionProofAnswer(
                    stored.CertificateNumber, stored.LeafIndex, checkpoint.Body.TreeSize, StrictBase64.Encode(stored.LeafHash), [.. proof.Select(p => StrictBase64.Encode(p))]));
            })
            .AllowAnonymous()
            .WithName("getInclusionProof")
            .WithSummary("A certificate's inclusion proof (docs/ledger.md §4.3) for the latest checkpoint, or for the checkpoint of `treeSize`.")
            .WithDescription("`inclusionProof` is PATH(leafIndex, D[treeSize]) of RFC 9162 §2.1.3.1, base64 hashes from the leaf's sibling up; "
                + "`leafHash` is SHA-256(0x00 ‖ the certificate's canonical bytes).")
            .Produces<InclusionProofAnswer>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        ledger.MapGet("/ledger/proofs/consistency", async (string? from, string? to, HttpContext http) =>
            {
                var errors = new FieldErrors();
                var older = Required(from, "from", errors);
                var newer = Required(to, "to", errors);
                errors.ThrowIfAny();
                if (older == 0)
                {
                    throw RequestValidationException.For("from", Refusals.FromStartsAtOne);
                }

                if (older > newer)
                {
                    throw RequestValidationException.For("to", Refusals.SmallerThanFrom, ("to", newer), ("from", older));
                }

                var olderCheckpoint = LedgerProofs.ParseCheckpoint(await access.CheckpointOfSizeAsync(older!.Value, http.RequestAborted));
                var newerCheckpoint = LedgerProofs.ParseCheckpoint(await access.CheckpointOfSizeAsync(newer!.Value, http.RequestAborted));
                var proof = await access.Proofs.ConsistencyProofAsync(olderCheckpoint, newerCheckpoint, http.RequestAborted);
                return Results.Text(proof.ToJson(), Json, Encoding.UTF8);
            })
            .AllowAnonymous()
            .WithName("getConsistencyProof")
            .WithSummary("The consistency proof between two signed checkpoints (docs/ledger.md §4.4): the proof file `{\"from\", \"to\", \"proof\"}`.")
            .WithDescription("Both sizes must be sizes a checkpoint was signed at (else 404 `checkpoint-not-found`), `from` at least 1 and at most `to` (else 400). "
                + "Check it with `asset-registry-verify consistency OLD NEW PROOF --keys KEYS`.")
            .Produces<JsonObject>(StatusCodes.Status200OK, Json)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        ledger.MapGet("/ledger/keys", ([FromServices] LedgerNoteKeys keys) => Results.Text(keys.PublishedKeys.ToJson(), Json, Encoding.UTF8))
            .AllowAnonymous()
            .WithName("getLedgerKeys")
            .WithSummary("The keys file (docs/ledger.md §8): every key that ever signed a checkpoint, with its validity and revocation, and as `noteKeys` the vkeys of the C2SP checkpoint notes (§14) — no token needed.")
            .WithDescription("Whoever relies on certificates should obtain this file once, compare the key ids with the ones the registry announces "
                + "through other channels, and keep it; a verifier trusts the keys it is given, not the service.")
            .Produces<JsonObject>(StatusCodes.Status200OK, Json);
    }

    private static long? Required(string? text, string field, FieldErrors errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(field, Refusals.Required);
            return null;
        }

        try
        {
            return LedgerInputs.Size(text, field);
        }
        catch (RequestValidationException invalid)
        {
            errors.Add(invalid.Errors);
            return null;
        }
    }

    private static void EnsureJson(CertificateRow certificate)
    {
        try
        {
            using var _ = JsonDocument.Parse(certificate.Text);
        }
        catch (JsonException e)
        {
            throw new LedgerInconsistentException($"Certificate {certificate.CertificateNumber} as stored is not JSON.", e);
        }
    }

    /// <summary>Nothing that would not verify leaves the registry: a ledger that no longer proves what it signed is a 500 that says so.</summary>
    private static async ValueTask<object?> ServeNothingInconsistent(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (LedgerInconsistentException e)
        {
            context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LedgerApi))
                .LogError(e, "The stored ledger does not verify, on {Method} {Path}", context.HttpContext.Request.Method, context.HttpContext.Request.Path);
            return Results.Problem(ProblemResponses.Problem(Refusals.LedgerInconsistent));
        }
    }
}

/// <summary>An inclusion proof of a certificate: base64 hashes, PATH(leafIndex, D[treeSize]).</summary>
public sealed record InclusionProofAnswer(string CertificateNumber, long LeafIndex, long TreeSize, string LeafHash, IReadOnlyList<string> InclusionProof);
