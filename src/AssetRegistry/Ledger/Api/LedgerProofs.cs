using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AssetRegistry.Verification;
using AssetRegistry.Verification.Bundles;
using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Crypto;
using AssetRegistry.Verification.Merkle;
using AssetRegistry.Ledger.Tiles;

namespace AssetRegistry.Ledger.Api;

/// <summary>
/// The ledger as stored no longer proves what it signed: a stored certificate, leaf hash or checkpoint was
/// changed, or leaves are missing. Nothing that would not verify is ever served; the API answers 500
/// <c>ledger-inconsistent</c> and logs this.
/// </summary>
public sealed class LedgerInconsistentException : Exception
{
    public LedgerInconsistentException() : base("The ledger is inconsistent.") { }
    public LedgerInconsistentException(string message) : base(message) { }
    public LedgerInconsistentException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>
/// Builds the proofs the API serves from the stored tiles (<see cref="TileStore"/>: a handful of rows, most of them
/// in memory), and checks each one with the library's verifiers against the signed root before it leaves: a bundle
/// is served only if <see cref="BundleVerifier"/> with the published keys calls it genuine.
/// </summary>
public sealed class LedgerProofs(LedgerReader reader, TileStore tiles)
{
    private readonly ConcurrentDictionary<(string Checkpoint, TrustedKeys Keys), VerificationResult> signatureVerdicts = new();

    public LedgerReader Reader => reader;

    public TileStore Tiles => tiles;

    /// <summary>The ledger's tree, which the checkpoint must name (a ledger keeps one hash for life, docs/ledger.md §5).</summary>
    public Tree TreeOf(SignedCheckpoint checkpoint)
    {
        if (!CryptoProfile.TryFromAlgorithm(checkpoint.Body.Algorithm, out var profile))
        {
            throw new LedgerInconsistentException($"The stored checkpoint of size {checkpoint.Body.TreeSize} names an unknown algorithm \"{checkpoint.Body.Algorithm}\".");
        }

        return profile.Hash.Name == tiles.Hasher.Hash.Name
            ? new Tree(tiles)
            : throw new LedgerInconsistentException($"The stored checkpoint of size {checkpoint.Body.TreeSize} hashes with {profile.Hash.Name}; the ledger's leaves and tiles are {tiles.Hasher.Hash.Name}.");
    }

    /// <summary>Proofs from stored tiles: the tiles a proof names are read at once (<see cref="TiledTree.TilesFor"/>), then the proof is lookups.</summary>
    public sealed class Tree(TileStore tiles)
    {
        public MerkleHasher Hasher => tiles.Hasher;

        public Task<IReadOnlyList<byte[]>> InclusionProofAsync(long leafIndex, long treeSize, CancellationToken cancellation) =>
            FromTilesAsync(treeSize, TiledTree.InclusionRanges(leafIndex, treeSize), t => t.InclusionProof(leafIndex), cancellation);

        public Task<IReadOnlyList<byte[]>> ConsistencyProofAsync(long olderSize, long treeSize, CancellationToken cancellation) =>
            FromTilesAsync(treeSize, TiledTree.ConsistencyRanges(olderSize, treeSize), t => t.ConsistencyProof(olderSize), cancellation);

        /// <summary>Drops the tiles in memory, so that the next proof reads them again.</summary>
        public void Forget() => tiles.Forget();

        private async Task<IReadOnlyList<byte[]>> FromTilesAsync(long treeSize, IReadOnlyList<TiledTree.Range64> ranges,
            Func<TiledTree, IReadOnlyList<byte[]>> proof, CancellationToken cancellation)
        {
            var needed = TiledTree.TilesFor(ranges);
            var found = await tiles.ReadAsync(needed, cancellation);
            if (found.Count < needed.Count)
            {
                var absent = needed.First(t => !found.ContainsKey((t.Level, t.Index)));
                throw new LedgerInconsistentException($"The tree of size {treeSize} needs tile {absent.Path}, which is not stored {absent.Width} hashes wide, though a checkpoint covers it.");
            }

            return proof(new TiledTree(tiles.Hasher, treeSize, (level, index) => found.GetValueOrDefault((level, index))));
        }
    }

    /// <summary>
    /// The verdict of the published keys on a stored checkpoint's signature, computed once per checkpoint and keys file:
    /// every bundle against the latest checkpoint would otherwise check the same signature again.
    /// </summary>
    private VerificationResult SignatureVerdict(CheckpointRow row, SignedCheckpoint checkpoint, TrustedKeys publishedKeys)
    {
        if (signatureVerdicts.Count > 10_000)
        {
            signatureVerdicts.Clear();
        }

        return signatureVerdicts.GetOrAdd((row.Text, publishedKeys), _ => new CheckpointVerifier(publishedKeys).Verify(checkpoint));
    }

    public static SignedCheckpoint ParseCheckpoint(CheckpointRow row)
    {
        try
        {
            var checkpoint = SignedCheckpoint.Parse(row.Text);
            return checkpoint.Body.TreeSize == row.TreeSize
                ? checkpoint
                : throw new LedgerInconsistentException($"The checkpoint stored under tree size {row.TreeSize} states tree size {checkpoint.Body.TreeSize}.");
        }
        catch (LedgerFormatException e)
        {
            throw new LedgerInconsistentException($"The checkpoint stored under tree size {row.TreeSize} is not a signed checkpoint: {e.Message}", e);
        }
    }

    /// <summary>The certificate's bundle against <paramref name="checkpointRow"/>, verified as a bank would verify it.</summary>
    public async Task<CertificateBundle> BundleAsync(CertificateRow certificate, CheckpointRow checkpointRow, TrustedKeys publishedKeys, CancellationToken cancellation)
    {
        var checkpoint = ParseCheckpoint(checkpointRow);
        var tree = TreeOf(checkpoint);
        var stored = StoredLeaf(certificate, tree.Hasher);
        if (!stored.IsGenuine)
        {
            throw new LedgerInconsistentException($"Certificate {certificate.CertificateNumber}: {stored.Message}");
        }

        var content = ParseCertificate(certificate) ?? throw new LedgerInconsistentException($"Certificate {certificate.CertificateNumber} as stored is not a JSON object.");
        var signed = SignatureVerdict(checkpointRow, checkpoint, publishedKeys);
        for (var attempt = 1; ; attempt++)
        {
            var proof = await tree.InclusionProofAsync(certificate.LeafIndex, checkpoint.Body.TreeSize, cancellation);
            var bundle = new CertificateBundle(content, certificate.LeafIndex, proof, checkpoint);
            // What BundleVerifier.Verify(bundle) says, its checkpoint half remembered: a stored checkpoint never changes.
            var verdict = signed.IsGenuine ? BundleVerifier.VerifyInclusion(bundle) : signed;
            if (verdict.IsGenuine)
            {
                return bundle;
            }

            if (verdict.Failure is VerificationFailure.UnknownKey or VerificationFailure.KeyNotYetValid or VerificationFailure.KeyExpired or VerificationFailure.KeyRevoked)
            {
                // The keys file no longer vouches for this checkpoint (a key removed, or revoked back to before it): a
                // bundle against it would not verify anywhere, but a later checkpoint's would.
                throw new Refusal(Refusals.CheckpointNotTrusted, "treeSize", ("size", checkpoint.Body.TreeSize), ("reason", verdict.Message));
            }

            // A stale cache is the one cause that recomputing can cure; anything else is the stored ledger.
            if (attempt == 2 || verdict.Failure != VerificationFailure.InclusionProofInvalid)
            {
                throw new LedgerInconsistentException($"The bundle of certificate {certificate.CertificateNumber} for tree size {checkpoint.Body.TreeSize} would not verify: {verdict}");
            }

            tree.Forget();
        }
    }

    /// <summary>PATH(leaf, D[treeSize]) of a stored certificate, checked against the checkpoint's signed root.</summary>
    public async Task<IReadOnlyList<byte[]>> InclusionProofAsync(CertificateRow certificate, SignedCheckpoint checkpoint, CancellationToken cancellation)
    {
        var tree = TreeOf(checkpoint);
        var body = checkpoint.Body;
        for (var attempt = 1; ; attempt++)
        {
            var proof = await tree.InclusionProofAsync(certificate.LeafIndex, body.TreeSize, cancellation);
            var outcome = InclusionProofVerifier.Verify(tree.Hasher, certificate.LeafIndex, body.TreeSize, certificate.LeafHash, proof, body.RootHash);
            if (outcome.IsValid)
            {
                return proof;
            }

            if (attempt == 2)
            {
                throw new LedgerInconsistentException($"The stored leaves do not lead from leaf {certificate.LeafIndex} to the root signed for tree size {body.TreeSize}: {outcome.Failure}");
            }

            tree.Forget();
        }
    }

    /// <summary>PROOF(older, D[newer]) between two signed checkpoints, checked against both roots.</summary>
    public async Task<ConsistencyProof> ConsistencyProofAsync(SignedCheckpoint older, SignedCheckpoint newer, CancellationToken cancellation)
    {
        var tree = TreeOf(newer);
        var (from, to) = (older.Body.TreeSize, newer.Body.TreeSize);
        for (var attempt = 1; ; attempt++)
        {
            var proof = new ConsistencyProof(from, to, await tree.ConsistencyProofAsync(from, to, cancellation));
            var outcome = new ConsistencyVerifier(trustedKeys: null).Verify(older, newer, proof);
            // Dates that went back are for the verifier to refuse (docs/ledger.md §4.4), not for the registry to hide: the proof is right.
            if (outcome.IsGenuine || outcome.Failure == VerificationFailure.CheckpointsOutOfOrder)
            {
                return proof;
            }

            if (attempt == 2)
            {
                throw new LedgerInconsistentException($"The stored leaves do not show the tree of size {to} extending the one of size {from} as signed: {outcome}");
            }

            tree.Forget();
        }
    }

    /// <summary>
    /// Whether a stored certificate is genuine: its bundle against <paramref name="checkpointRow"/>, built from the
    /// stored text and the stored leaf hashes, verified with the published keys; and then the stored bytes themselves,
    /// hashed as they are, must be the ledger's leaf (so that a change a JSON parser would not see — a space, the order
    /// of members — still counts).
    /// </summary>
    public async Task<(VerificationResult Verdict, JsonObject? Certificate)> VerifyStoredAsync(
        CertificateRow certificate, CheckpointRow checkpointRow, TrustedKeys publishedKeys, CancellationToken cancellation)
    {
        SignedCheckpoint checkpoint;
        try
        {
            checkpoint = SignedCheckpoint.Parse(checkpointRow.Text);
        }
        catch (LedgerFormatException e)
        {
            return (VerificationResult.Failed(VerificationFailure.MalformedDocument, $"The registry's checkpoint of tree size {checkpointRow.TreeSize} is malformed: {e.Message}"), null);
        }

        var content = ParseCertificate(certificate);
        if (content is null)
        {
            return (VerificationResult.Failed(VerificationFailure.MalformedDocument, $"Certificate {certificate.CertificateNumber} as stored is not a JSON object, so it cannot be a leaf."), null);
        }

        var tree = TreeOf(checkpoint);
        var proof = await tree.InclusionProofAsync(certificate.LeafIndex, checkpoint.Body.TreeSize, cancellation);
        var verdict = new BundleVerifier(publishedKeys).Verify(new CertificateBundle(content, certificate.LeafIndex, proof, checkpoint));
        if (!verdict.IsGenuine)
        {
            return (verdict, content);
        }

        return (StoredLeaf(certificate, tree.Hasher), content);
    }

    /// <summary>The stored text, as UTF-8 bytes, hashes to the stored leaf hash and certificate hash.</summary>
    private static VerificationResult StoredLeaf(CertificateRow certificate, MerkleHasher hasher)
    {
        var bytes = Encoding.UTF8.GetBytes(certificate.Text);
        var leafHash = hasher.LeafHash(bytes);
        if (!leafHash.AsSpan().SequenceEqual(certificate.LeafHash))
        {
            return VerificationResult.Failed(VerificationFailure.InclusionProofInvalid,
                $"Certificate {certificate.CertificateNumber} as stored is not the ledger's leaf {certificate.LeafIndex}: its bytes hash to leaf hash "
                + $"{Convert.ToHexStringLower(leafHash)}, and the ledger's leaf is {Convert.ToHexStringLower(certificate.LeafHash)}.");
        }

        return SHA256.HashData(bytes).AsSpan().SequenceEqual(certificate.CertificateHash)
            ? VerificationResult.Genuine
            : VerificationResult.Failed(VerificationFailure.InclusionProofInvalid,
                $"Certificate {certificate.CertificateNumber} as stored does not have the certificate hash the ledger recorded for it, which the asset's next certificate cites.");
    }

    private static JsonObject? ParseCertificate(CertificateRow certificate)
    {
        try
        {
            return JsonNode.Parse(certificate.Text, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false }) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
