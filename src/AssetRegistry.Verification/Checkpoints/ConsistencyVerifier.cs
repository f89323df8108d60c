using AssetRegistry.Verification.Canonical;
using AssetRegistry.Verification.Crypto;
using AssetRegistry.Verification.Merkle;

namespace AssetRegistry.Verification.Checkpoints;

/// <summary>
/// Checks that a newer checkpoint's ledger extends an older one's, so the registry did not rewrite history
/// between them. With trusted keys it checks both signatures first; without, it checks only the trees.
/// </summary>
public sealed class ConsistencyVerifier
{
    private readonly CheckpointVerifier? signatures;

    public ConsistencyVerifier(TrustedKeys? trustedKeys) =>
        signatures = trustedKeys is null ? null : new CheckpointVerifier(trustedKeys);

    public VerificationResult Verify(SignedCheckpoint older, SignedCheckpoint newer, ConsistencyProof proof)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        ArgumentNullException.ThrowIfNull(proof);
        if (signatures is not null)
        {
            foreach (var (name, checkpoint) in new[] { ("older", older), ("newer", newer) })
            {
                var signature = signatures.Verify(checkpoint);
                if (!signature.IsGenuine)
                {
                    return VerificationResult.Failed(signature.Failure!.Value, $"The {name} checkpoint: {signature.Message}");
                }
            }
        }

        var (a, b) = (older.Body, newer.Body);
        if (!string.Equals(a.Registry, b.Registry, StringComparison.Ordinal))
        {
            return VerificationResult.Failed(VerificationFailure.CheckpointsMismatch, $"The checkpoints are of different ledgers, \"{a.Registry}\" and \"{b.Registry}\".");
        }

        if (!CryptoProfile.TryFromAlgorithm(a.Algorithm, out var profileA) || !CryptoProfile.TryFromAlgorithm(b.Algorithm, out var profileB))
        {
            return VerificationResult.Failed(VerificationFailure.UnsupportedAlgorithm, $"The checkpoints name algorithms \"{a.Algorithm}\" and \"{b.Algorithm}\"; this verifier knows {string.Join(", ", CryptoProfile.All)}.");
        }

        if (profileA.Hash != profileB.Hash)
        {
            return VerificationResult.Failed(VerificationFailure.CheckpointsMismatch, $"The checkpoints hash their trees differently ({profileA.Hash.Name} and {profileB.Hash.Name}), so they cannot be of one tree.");
        }

        if (proof.From != a.TreeSize || proof.To != b.TreeSize)
        {
            return VerificationResult.Failed(VerificationFailure.CheckpointsMismatch, $"The proof is from size {proof.From} to {proof.To}, but the checkpoints have sizes {a.TreeSize} and {b.TreeSize}.");
        }

        var outcome = ConsistencyProofVerifier.Verify(new MerkleHasher(profileA.Hash), a.TreeSize, b.TreeSize, proof.Proof, a.RootHash, b.RootHash);
        if (!outcome.IsValid)
        {
            return VerificationResult.Failed(VerificationFailure.ConsistencyProofInvalid, outcome.Failure!);
        }

        // A key is judged at the date a checkpoint claims (§8): a later tree dated earlier may carry a key revoked in between.
        return b.IssuedAt < a.IssuedAt
            ? VerificationResult.Failed(VerificationFailure.CheckpointsOutOfOrder,
                $"The newer checkpoint (tree size {b.TreeSize}) is dated {CanonicalInstant.Format(b.IssuedAt)}, before the older one (tree size {a.TreeSize}, "
                + $"{CanonicalInstant.Format(a.IssuedAt)}): a registry never dates a checkpoint before one it signed earlier, so the newer one's date, and the key validity judged at it, cannot be trusted.")
            : VerificationResult.Genuine;
    }
}
