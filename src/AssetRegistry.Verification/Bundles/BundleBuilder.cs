using System.Text.Json.Nodes;
using AssetRegistry.Verification.Canonical;
using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Crypto;
using AssetRegistry.Verification.Merkle;

namespace AssetRegistry.Verification.Bundles;

/// <summary>The registry's side: puts a certificate, its proof and a signed checkpoint together.</summary>
public static class BundleBuilder
{
    /// <param name="leafHashAt">The ledger's leaf hashes by index, at least up to the checkpoint's tree size.</param>
    /// <exception cref="ArgumentException">The bundle would not verify: the certificate is not that leaf, breaks <see cref="ValueConventions"/>, or the ledger does not have the checkpoint's root.</exception>
    public static CertificateBundle Build(JsonObject certificate, long leafIndex, SignedCheckpoint checkpoint, Func<long, byte[]> leafHashAt)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(leafHashAt);
        ValueConventions.Check(certificate);
        var body = checkpoint.Body;
        if (!CryptoProfile.TryFromAlgorithm(body.Algorithm, out var profile))
        {
            throw new ArgumentException($"The checkpoint's algorithm \"{body.Algorithm}\" is unknown.", nameof(checkpoint));
        }

        var hasher = new MerkleHasher(profile.Hash);
        var leafHash = CertificateLeaf.Hash(hasher, certificate);
        if (leafIndex < 0 || leafIndex >= body.TreeSize || !leafHashAt(leafIndex).AsSpan().SequenceEqual(leafHash))
        {
            throw new ArgumentException($"The certificate is not leaf {leafIndex} of the checkpoint's tree of size {body.TreeSize}.", nameof(certificate));
        }

        // Checking the proof is cheap (O(log n)) and catches a checkpoint that does not belong to this ledger.
        var proof = new MerkleTree(hasher, body.TreeSize, leafHashAt).InclusionProof(leafIndex);
        var outcome = InclusionProofVerifier.Verify(hasher, leafIndex, body.TreeSize, leafHash, proof, body.RootHash);
        if (!outcome.IsValid)
        {
            throw new ArgumentException($"The ledger's leaves do not give the checkpoint's root: {outcome.Failure}", nameof(checkpoint));
        }

        return new CertificateBundle(certificate, leafIndex, proof, checkpoint);
    }
}
