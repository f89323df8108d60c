using System.Text.Json;
using System.Text.Json.Nodes;
using AssetRegistry.Assets;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Verification.Bundles;
using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Crypto;
using AssetRegistry.Verification.Merkle;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace AssetRegistry.Ledger.Api;

/// <summary>Either a bundle to verify, or the number of a certificate the registry holds.</summary>
public sealed record VerifyRequest(JsonElement? Bundle, string? CertificateNumber);

/// <summary>The verdict of the library's verifier: its code (docs/ledger.md §8, e.g. <c>InclusionProofInvalid</c>) and sentence.</summary>
public sealed record VerificationReason(string Code, string Message);

/// <summary>
/// Where the asset of a genuine certificate stands now. One value, the gravest first: <c>cancelled</c>, <c>frozen</c>,
/// <c>underObjection</c>, <c>expired</c>, then <c>superseded</c> (a later certificate exists for the asset), else <c>current</c>.
/// </summary>
public enum CertificateAssetStatus
{
    Current,
    Superseded,
    Cancelled,
    Frozen,
    UnderObjection,
    Expired,
}

/// <summary>
/// Whether a certificate is genuine and, if so, where its asset stands. <see cref="CurrentCertificateNumber"/> is
/// set whenever a later certificate exists for the asset, whatever <see cref="AssetStatus"/> says.
/// </summary>
public sealed record VerificationAnswer(
    bool Genuine,
    VerificationReason? Reason,
    string? CertificateNumber,
    string? RegistrationNumber,
    long? LeafIndex,
    long? TreeSize,
    CertificateAssetStatus? AssetStatus,
    string? CurrentCertificateNumber);

public static class VerifyingCertificates
{
    public static void MapVerify(RouteGroupBuilder ledger, LedgerAccess access) =>
        ledger.MapPost("/verify", async (VerifyRequest request, HttpContext http, IQuerySession session, TimeProvider clock, [FromServices] LedgerKeys keys) =>
            {
                var bundle = request.Bundle is { ValueKind: not JsonValueKind.Null } given ? given : (JsonElement?)null;
                var errors = new FieldErrors();
                if (bundle is null == string.IsNullOrWhiteSpace(request.CertificateNumber))
                {
                    const string message = "Give either 'bundle' (a bundle to verify) or 'certificateNumber' (a certificate the registry issued), not both and not neither.";
                    errors.Add("bundle", message);
                    errors.Add("certificateNumber", message);
                }
                else if (bundle is { ValueKind: not JsonValueKind.Object })
                {
                    errors.Add("bundle", "'bundle' is a JSON object: certificate, leafIndex, inclusionProof, checkpoint (docs/ledger.md §7).");
                }

                errors.ThrowIfAny();
                var now = clock.GetUtcNow();
                return Results.Ok(bundle is { } b
                    ? await VerifyBundleAsync(b.GetRawText(), access, session, keys.Published, now, http.RequestAborted)
                    : await VerifyStoredAsync(request.CertificateNumber!, access, session, keys.Published, now, http.RequestAborted));
            })
            .AllowAnonymous()
            .WithSummary("Is this certificate genuine, and where does its asset stand now? For a bank's or a court's bundle, or a certificate the registry issued — no token needed.")
            .WithDescription("Body: `{\"bundle\": {…}}` or `{\"certificateNumber\": \"AR-C-…\"}`. A bundle is verified exactly as the offline verifier does, "
                + "with the keys of `/api/ledger/keys`; a certificate number has the stored certificate verified against the ledger (its bundle against the latest "
                + "checkpoint, and its stored bytes against the leaf hash). The answer is `genuine`, or `genuine: false` with the verifier's `reason` (code and sentence); "
                + "for a genuine one `assetStatus` says where the asset stands now — `cancelled`, `frozen`, `underObjection`, `expired`, `superseded` (a later "
                + "registration has its own certificate, `currentCertificateNumber`) or `current`, the gravest that applies.")
            .Accepts<VerifyRequest>("application/json")
            .Produces<VerificationAnswer>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<VerificationAnswer> VerifyBundleAsync(
        string bundleJson, LedgerAccess access, IQuerySession session, TrustedKeys keys, DateTimeOffset now, CancellationToken cancellation)
    {
        var verdict = new BundleVerifier(keys).Verify(bundleJson);
        if (!verdict.IsGenuine)
        {
            return NotGenuine(verdict, null, null);
        }

        // Genuine: a key the registry published signed a root that includes this certificate, so it is the ledger's leaf there.
        var bundle = CertificateBundle.Parse(bundleJson);
        var body = bundle.Checkpoint.Body;
        CryptoProfile.TryFromAlgorithm(body.Algorithm, out var profile);
        var leafHash = CertificateLeaf.Hash(new MerkleHasher(profile!.Hash), bundle.Certificate);
        var stored = await access.Reader.CertificateAtAsync(bundle.LeafIndex, cancellation);
        if (stored is null || !stored.LeafHash.AsSpan().SequenceEqual(leafHash))
        {
            // Only a rewritten or truncated ledger gets here: report what the signature proves and no standing.
            return new VerificationAnswer(true, null, NumberIn(bundle.Certificate), null, bundle.LeafIndex, body.TreeSize, null, null);
        }

        return await GenuineAsync(stored, body.TreeSize, access.Reader, session, now, cancellation);
    }

    private static async Task<VerificationAnswer> VerifyStoredAsync(
        string number, LedgerAccess access, IQuerySession session, TrustedKeys keys, DateTimeOffset now, CancellationToken cancellation)
    {
        var stored = await access.FindCertificateAsync(number, "certificateNumber", cancellation);
        var checkpoint = await access.CheckpointHoldingAsync(stored, null, "certificateNumber", cancellation);
        var (verdict, _) = await access.Proofs.VerifyStoredAsync(stored, checkpoint, keys, cancellation);
        return verdict.IsGenuine
            ? await GenuineAsync(stored, checkpoint.TreeSize, access.Reader, session, now, cancellation)
            : NotGenuine(verdict, stored, checkpoint.TreeSize);
    }

    private static async Task<VerificationAnswer> GenuineAsync(
        CertificateRow certificate, long treeSize, LedgerReader reader, IQuerySession session, DateTimeOffset now, CancellationToken cancellation)
    {
        var latest = await reader.LatestCertificateOfAsync(certificate.RegistrationNumber, cancellation);
        var later = latest is not null && latest.LeafIndex > certificate.LeafIndex ? latest.CertificateNumber : null;
        var asset = await session.LoadAsync<Asset>(certificate.RegistrationNumber, cancellation);
        return new VerificationAnswer(true, null, certificate.CertificateNumber, certificate.RegistrationNumber, certificate.LeafIndex, treeSize,
            asset is null ? null : StatusOf(asset, later is not null, now), later);
    }

    /// <summary>The gravest that applies: what ends or blocks the asset before what merely dates the certificate.</summary>
    public static CertificateAssetStatus StatusOf(Asset asset, bool superseded, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(asset);
        var status = asset.StatusAt(now);
        return status == AssetStatus.Cancelled ? CertificateAssetStatus.Cancelled
            : asset.IsFrozenAt(now) ? CertificateAssetStatus.Frozen
            : asset.OpenObjections.Count > 0 ? CertificateAssetStatus.UnderObjection
            : status == AssetStatus.Expired ? CertificateAssetStatus.Expired
            : superseded ? CertificateAssetStatus.Superseded
            : CertificateAssetStatus.Current;
    }

    private static VerificationAnswer NotGenuine(VerificationResult verdict, CertificateRow? stored, long? treeSize) =>
        new(false, new VerificationReason(verdict.Failure!.Value.ToString(), verdict.Message),
            stored?.CertificateNumber, stored?.RegistrationNumber, stored?.LeafIndex, treeSize, null, null);

    private static string? NumberIn(JsonObject certificate) =>
        certificate["certificateNumber"] is JsonValue value && value.TryGetValue<string>(out var number) ? number : null;
}
