using System.Globalization;
using System.Text;
using AssetRegistry.Verification;
using AssetRegistry.Verification.Notes;
using Microsoft.AspNetCore.Mvc;

namespace AssetRegistry.Ledger.Api;

/// <summary>
/// The ledger in the C2SP formats others read (docs/ledger.md §14), under <c>/api/ledger/tlog</c>: the checkpoint as a
/// signed note (c2sp.org/tlog-checkpoint), the note keys as vkeys, and each certificate's c2sp.org/tlog-proof — public,
/// no token. A tlog-proof is verified with the library and the published keys before it is served.
/// </summary>
public static class TlogApi
{
    public const string Text = "text/plain; charset=utf-8";

    public static void MapTlog(RouteGroupBuilder ledger, LedgerAccess access)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(access);
        ledger.MapGet("/ledger/tlog/checkpoint", async (HttpContext http) =>
            {
                var latest = await access.Reader.LatestNoteAsync(http.RequestAborted) ?? throw NoNote();
                return Results.Text(latest.Note, Text, Encoding.UTF8);
            })
            .AllowAnonymous()
            .WithName("getTlogCheckpoint")
            .WithSummary("The latest checkpoint as a C2SP signed note (c2sp.org/tlog-checkpoint; docs/ledger.md §14): the same tree and root as /api/ledger/checkpoint — no token needed.")
            .WithDescription("Origin line (the registry's `Registry:Origin`), tree size, root hash, the `issuedAt` extension line, then one signature line each: "
                + "Ed25519 (type 0x01), ECDSA P-256 (0x02), and when configured ML-DSA-44 (0x06, timestamped) and SM2 (0xff). Verify it with the vkeys of `/api/ledger/tlog/keys`.")
            .Produces<string>(StatusCodes.Status200OK, "text/plain")
            .ProducesProblem(StatusCodes.Status404NotFound);

        ledger.MapGet("/ledger/tlog/checkpoints/{treeSize}", async (string treeSize, HttpContext http) =>
            {
                var size = LedgerInputs.Size(treeSize, "treeSize")!.Value;
                var note = await access.Reader.NoteAsync(size, http.RequestAborted)
                    ?? throw NoNote(size);
                return Results.Text(note.Note, Text, Encoding.UTF8);
            })
            .AllowAnonymous()
            .WithName("getTlogCheckpointOfSize")
            .WithSummary("The checkpoint of one tree size as a C2SP signed note — no token needed.")
            .WithDescription("The note signed with the JSON checkpoint of the same size (`/api/ledger/checkpoints/{treeSize}`), in the same transaction. "
                + "A size no checkpoint was signed at, or one signed before the ledger signed notes, is 404 `checkpoint-not-found`.")
            .Produces<string>(StatusCodes.Status200OK, "text/plain")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        ledger.MapGet("/ledger/tlog/keys", ([FromServices] LedgerNoteKeys keys) =>
                Results.Text(string.Concat(keys.Published.Select(k => k.Key + "\n")), Text, Encoding.UTF8))
            .AllowAnonymous()
            .WithName("getTlogKeys")
            .WithSummary("The vkeys (c2sp.org/signed-note) of every key that signs checkpoint notes, one a line — no token needed.")
            .WithDescription("The same keys, with their validity and revocation, are the `noteKeys` of `/api/ledger/keys`, the keys file `asset-registry-verify` reads.")
            .Produces<string>(StatusCodes.Status200OK, "text/plain");

        ledger.MapGet("/certificates/{number}/tlog-proof", async (string number, string? treeSize, HttpContext http, [FromServices] LedgerNoteKeys keys) =>
            {
                var size = LedgerInputs.Size(treeSize, "treeSize");
                var certificate = await access.FindCertificateAsync(number, "number", http.RequestAborted);
                var checkpointRow = size is null
                    ? await LatestNoteHoldingAsync(access, certificate, http.RequestAborted)
                    : await access.CheckpointHoldingAsync(certificate, size, "treeSize", http.RequestAborted);
                var note = await access.Reader.NoteAsync(checkpointRow.TreeSize, http.RequestAborted) ?? throw NoNote(checkpointRow.TreeSize);
                var proof = await access.Proofs.InclusionProofAsync(certificate, LedgerProofs.ParseCheckpoint(checkpointRow), http.RequestAborted);
                var file = new TlogProof(Encoding.UTF8.GetBytes(certificate.Text), hasExtra: true, certificate.LeafIndex, proof, note.Note).ToBytes();
                var verdict = new TlogProofVerifier(keys.PublishedKeys).Verify(file);
                if (!verdict.IsGenuine)
                {
                    throw new LedgerInconsistentException($"The tlog-proof of certificate {certificate.CertificateNumber} for tree size {checkpointRow.TreeSize} would not verify: {verdict}");
                }

                http.Response.Headers.ContentDisposition = $"attachment; filename=\"{certificate.CertificateNumber}.tlog-proof\"";
                return Results.Bytes(file, Text);
            })
            .AllowAnonymous()
            .WithName("getCertificateTlogProof")
            .WithSummary("A certificate as a C2SP tlog-proof (c2sp.org/tlog-proof@v1; docs/ledger.md §14): one file that verifies offline on its own.")
            .WithDescription("Its `extra` line is the base64 of the certificate's canonical bytes (the leaf: SHA-256(0x00 ‖ them) is its leaf hash), then `index`, the inclusion "
                + "proof and the C2SP checkpoint note — the latest one, or with `treeSize` the one of that size. Verify it with `asset-registry-verify verify FILE --keys KEYS` "
                + "and the keys of `/api/ledger/keys`, or post it to `/api/verify` as `tlogProof`.")
            .Produces<string>(StatusCodes.Status200OK, "text/plain")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <summary>The latest checkpoint, if signed as a note too and holding the certificate.</summary>
    private static async Task<CheckpointRow> LatestNoteHoldingAsync(LedgerAccess access, CertificateRow certificate, CancellationToken cancellation)
    {
        var latest = await access.Reader.LatestNoteAsync(cancellation) ?? throw NoNote();
        return await access.CheckpointHoldingAsync(certificate, latest.TreeSize > certificate.LeafIndex ? latest.TreeSize : null, "treeSize", cancellation);
    }

    /// <summary>No note: none at this size (or it was signed before the ledger signed notes), or none at all yet.</summary>
    private static Refusal NoNote(long? treeSize = null) =>
        new(Refusals.CheckpointNotFound, ("which", treeSize is { } size
            ? new Sentence($"树大小 {size.ToString(CultureInfo.InvariantCulture)} 处（C2SP 签名笔记；早于签名笔记的检查点没有）", $"as a C2SP note at tree size {size.ToString(CultureInfo.InvariantCulture)} (checkpoints signed before notes have none)")
            : new Sentence("以 C2SP 签名笔记形式（下一批证书颁发时签署）", "as a C2SP note yet (the next batch of certificates signs one)")));
}
