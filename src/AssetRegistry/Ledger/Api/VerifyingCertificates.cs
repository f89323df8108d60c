using System.Runtime.InteropServices;
using System.Text.Json;
using AssetRegistry.Assets;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Verification;
using AssetRegistry.Verification.Bundles;
using AssetRegistry.Verification.Canonical;
using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Crypto;
using AssetRegistry.Verification.Merkle;
using AssetRegistry.Verification.Notes;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace AssetRegistry.Ledger.Api;

/// <summary>
/// One of: a bundle to verify, as JSON (<paramref name="Bundle"/>) or as the file's bytes in base64 (<paramref name="BundleFile"/>,
/// judged byte for byte as the offline verifier judges the file, which may be a tlog-proof too); a C2SP tlog-proof's text
/// (<paramref name="TlogProof"/>, docs/ledger.md §14); or the number of a certificate the registry holds.
/// </summary>
public sealed record VerifyRequest(JsonElement? Bundle, string? BundleFile, string? CertificateNumber, string? TlogProof = null);

/// <summary>
/// The verdict: a code of docs/ledger.md §8 (e.g. <c>InclusionProofInvalid</c>), or <c>NotInThisLedger</c>, the one check
/// <c>/api/verify</c> adds, and a sentence.
/// </summary>
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
        ledger.MapPost("/verify", async (VerifyRequest request, HttpContext http, IQuerySession session, TimeProvider clock, [FromServices] LedgerNoteKeys keys) =>
            {
                var bundleFile = BundleFileOf(request);
                var now = clock.GetUtcNow();
                return Results.Ok(bundleFile is null
                    ? await VerifyStoredAsync(request.CertificateNumber!, access, session, keys.PublishedKeys, now, http.RequestAborted)
                    : TlogProof.LooksLikeOne(bundleFile)
                        ? await VerifyTlogProofAsync(bundleFile, access, keys, session, now, http.RequestAborted)
                        : await VerifyBundleAsync(bundleFile, access, session, keys.PublishedKeys, now, http.RequestAborted));
            })
            .AllowAnonymous()
            .WithName("verifyCertificate")
            .WithSummary("Is this certificate genuine, and where does its asset stand now? For a bank's or a court's bundle, or a certificate the registry issued — no token needed.")
            .WithDescription("Body: `{\"bundle\": {…}}`, `{\"bundleFile\": \"<base64 of the bundle or tlog-proof file's bytes>\"}`, `{\"tlogProof\": \"<the tlog-proof's text>\"}` "
                + "or `{\"certificateNumber\": \"AR-C-…\"}`. A tlog-proof (docs/ledger.md §14) is judged with the published note keys and must be of this registry's origin. "
                + "A bundle is verified exactly as the offline verifier verifies the same bytes (docs/ledger.md §2, §8), with the keys of `/api/ledger/keys`; "
                + "a bundle naming another registry is `UnknownKey` (registries are not federated), and a genuine one must then be this ledger's leaf "
                + "under a root this ledger signed, else `NotInThisLedger`. A certificate number has the stored certificate verified against the ledger (its bundle against the latest "
                + "checkpoint, and its stored bytes against the leaf hash). The answer is `genuine`, or `genuine: false` with the verifier's `reason` (code and sentence); "
                + "for a genuine one `assetStatus` says where the asset stands now — `cancelled`, `frozen`, `underObjection`, `expired`, `superseded` (a later "
                + "registration has its own certificate, `currentCertificateNumber`) or `current`, the gravest that applies.")
            .Accepts<VerifyRequest>("application/json")
            // A bundle with a duplicate member or a NUL is the verifier's to judge (docs/ledger.md §8), not a 400.
            .WithMetadata(new CheckedByTheEndpoint("bundle"))
            .Produces<VerificationAnswer>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    /// <summary>The bundle's bytes, from whichever member carries it; null for a certificate number. A request that is not one of the three is a 400.</summary>
    private static byte[]? BundleFileOf(VerifyRequest request)
    {
        var bundle = request.Bundle is { ValueKind: not JsonValueKind.Null } element ? element : (JsonElement?)null;
        (string Field, bool Given)[] members =
            [("bundle", bundle is not null), ("bundleFile", request.BundleFile is not null), ("tlogProof", request.TlogProof is not null),
                ("certificateNumber", !string.IsNullOrWhiteSpace(request.CertificateNumber))];
        var errors = new FieldErrors();
        if (members.Count(m => m.Given) != 1)
        {
            // Neither: all three are at fault; more than one: those given.
            foreach (var (field, _) in members.Any(m => m.Given) ? members.Where(m => m.Given) : members)
            {
                errors.Add(field, Refusals.GiveOneOf);
            }
        }
        else if (bundle is { ValueKind: not JsonValueKind.Object })
        {
            errors.Add("bundle", Refusals.BundleNotAnObject);
        }

        byte[]? file = null;
        if (request.BundleFile is { } base64 && !StrictBase64.TryDecode(base64, out file))
        {
            errors.Add("bundleFile", Refusals.NotBase64);
        }

        errors.ThrowIfAny();

        // The member's bytes as the request carried them, undecoded: the verdict is on exactly those (not UTF-8 is MalformedDocument, not a 500).
        return file ?? (bundle is { } json ? JsonMarshal.GetRawUtf8Value(json).ToArray()
            : request.TlogProof is { } text ? System.Text.Encoding.UTF8.GetBytes(text) : null);
    }

    private static async Task<VerificationAnswer> VerifyBundleAsync(
        byte[] bundleFile, LedgerAccess access, IQuerySession session, TrustedKeys keys, DateTimeOffset now, CancellationToken cancellation)
    {
        CertificateBundle bundle;
        try
        {
            bundle = CertificateBundle.Parse(bundleFile);
        }
        catch (LedgerFormatException e)
        {
            return NotGenuine(VerificationFailure.MalformedDocument.ToString(), e.Message);
        }

        // Only this registry's keys are trusted, and only for its own ledger: another registry's bundle has no key here (§8 check 4).
        var body = bundle.Checkpoint.Body;
        var ours = string.Equals(body.Registry, access.Registry, StringComparison.Ordinal);
        var verdict = new BundleVerifier(ours ? keys : NoKeys).Verify(bundle);
        if (!verdict.IsGenuine)
        {
            return verdict.Failure == VerificationFailure.UnknownKey && !ours
                ? NotGenuine(VerificationFailure.UnknownKey.ToString(),
                    $"The checkpoint is of registry \"{body.Registry}\"; this registry is \"{access.Registry}\" and trusts no other registry's keys, as registries are not federated.")
                : NotGenuine(verdict.Failure!.Value.ToString(), verdict.Message);
        }

        // A bundle proves a key signed it, not that it is this ledger's (another ledger may share the name and key): it must be our leaf under our root.
        CryptoProfile.TryFromAlgorithm(body.Algorithm, out var profile);
        var leafHash = CertificateLeaf.Hash(new MerkleHasher(profile!.Hash), bundle.Certificate);
        var signed = await access.Reader.CheckpointAsync(body.TreeSize, cancellation);
        if (signed is null || !signed.RootHash.AsSpan().SequenceEqual(body.RootHash))
        {
            return NotGenuine(NotInThisLedger,
                $"The checkpoint is signed with this registry's key, but this ledger signed no root {StrictBase64.Encode(body.RootHash)} at tree size {body.TreeSize}: the bundle is not of this ledger.");
        }

        var stored = await access.Reader.CertificateAtAsync(bundle.LeafIndex, cancellation);
        if (stored is null || !stored.LeafHash.AsSpan().SequenceEqual(leafHash))
        {
            return NotGenuine(NotInThisLedger, $"Leaf {bundle.LeafIndex} of this ledger is not this certificate: the ledger as stored no longer matches the root it signed.");
        }

        return await GenuineAsync(stored, body.TreeSize, access.Reader, session, now, cancellation);
    }

    /// <summary>
    /// A tlog-proof, judged as the offline verifier judges the file, with this registry's note keys for its own origin only;
    /// then, as for a bundle, the root must be the one this ledger signed at that size and the certificate its leaf.
    /// </summary>
    private static async Task<VerificationAnswer> VerifyTlogProofAsync(
        byte[] file, LedgerAccess access, LedgerNoteKeys keys, IQuerySession session, DateTimeOffset now, CancellationToken cancellation)
    {
        TlogProof proof;
        try
        {
            proof = TlogProof.Parse(file);
        }
        catch (LedgerFormatException e)
        {
            return NotGenuine(VerificationFailure.MalformedDocument.ToString(), e.Message);
        }

        var (verdict, checkpoint) = new TlogProofVerifier(keys.PublishedKeys).Verify(proof);
        if (checkpoint is not null && checkpoint.Origin != keys.Origin && verdict.Failure is VerificationFailure.UnknownKey)
        {
            return NotGenuine(VerificationFailure.UnknownKey.ToString(),
                $"The checkpoint is of the log \"{checkpoint.Origin}\"; this registry's origin is \"{keys.Origin}\" and it trusts no other log's keys, as registries are not federated.");
        }

        if (!verdict.IsGenuine)
        {
            return NotGenuine(verdict.Failure!.Value.ToString(), verdict.Message);
        }

        var signed = await access.Reader.CheckpointAsync(checkpoint!.TreeSize, cancellation);
        if (signed is null || !signed.RootHash.AsSpan().SequenceEqual(checkpoint.RootHash))
        {
            return NotGenuine(NotInThisLedger,
                $"The checkpoint is signed with this registry's key, but this ledger signed no root {StrictBase64.Encode(checkpoint.RootHash)} at tree size {checkpoint.TreeSize}: the proof is not of this ledger.");
        }

        var stored = await access.Reader.CertificateAtAsync(proof.Index, cancellation);
        if (stored is null || !stored.LeafHash.AsSpan().SequenceEqual(MerkleHasher.Sha256.LeafHash(proof.Extra)))
        {
            return NotGenuine(NotInThisLedger, $"Leaf {proof.Index} of this ledger is not this certificate: the ledger as stored no longer matches the root it signed.");
        }

        return await GenuineAsync(stored, checkpoint.TreeSize, access.Reader, session, now, cancellation);
    }

    /// <summary>The one check <c>/api/verify</c> adds to docs/ledger.md §8: genuine under this registry's key, but not this ledger's leaf under its root.</summary>
    public const string NotInThisLedger = "NotInThisLedger";

    private static readonly TrustedKeys NoKeys = new([]);

    private static async Task<VerificationAnswer> VerifyStoredAsync(
        string number, LedgerAccess access, IQuerySession session, TrustedKeys keys, DateTimeOffset now, CancellationToken cancellation)
    {
        var stored = await access.FindCertificateAsync(number, "certificateNumber", cancellation);
        var checkpoint = await access.CheckpointHoldingAsync(stored, null, "certificateNumber", cancellation);
        var (verdict, _) = await access.Proofs.VerifyStoredAsync(stored, checkpoint, keys, cancellation);
        return verdict.IsGenuine
            ? await GenuineAsync(stored, checkpoint.TreeSize, access.Reader, session, now, cancellation)
            : NotGenuine(verdict.Failure!.Value.ToString(), verdict.Message, stored, checkpoint.TreeSize);
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

    private static VerificationAnswer NotGenuine(string code, string message, CertificateRow? stored = null, long? treeSize = null) =>
        new(false, new VerificationReason(code, message), stored?.CertificateNumber, stored?.RegistrationNumber, stored?.LeafIndex, treeSize, null, null);
}
