namespace AssetRegistry.Verification.Merkle;

/// <summary>Verifies an inclusion proof as RFC 9162 §2.1.3.2 lays out, step by step.</summary>
public static class InclusionProofVerifier
{
    /// <param name="leafHash">The leaf's hash, <see cref="MerkleHasher.LeafHash"/>, not its bytes.</param>
    /// <param name="proof">The inclusion path, from the leaf's sibling up to the root's child.</param>
    public static ProofOutcome Verify(
        MerkleHasher hasher,
        long leafIndex,
        long treeSize,
        ReadOnlySpan<byte> leafHash,
        IReadOnlyList<byte[]> proof,
        ReadOnlySpan<byte> rootHash)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        ArgumentNullException.ThrowIfNull(proof);

        // Step 1. This also settles the empty tree: no index is below 0, so nothing is ever included in it.
        if (leafIndex < 0 || leafIndex >= treeSize)
        {
            return ProofOutcome.Invalid($"Leaf index {leafIndex} is not inside a tree of size {treeSize}.");
        }

        if (leafHash.Length != hasher.HashLength || proof.Any(p => p is null || p.Length != hasher.HashLength))
        {
            return ProofOutcome.Invalid($"The leaf hash and every proof hash must be {hasher.HashLength} bytes of {hasher.Hash.Name}.");
        }

        // Steps 2 and 3.
        var fn = leafIndex;
        var sn = treeSize - 1;
        var r = leafHash.ToArray();

        // Step 4.
        foreach (var p in proof)
        {
            if (sn == 0)
            {
                return ProofOutcome.Invalid($"The proof has more hashes than leaf {leafIndex} of a tree of size {treeSize} needs.");
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                hasher.NodeHash(p, r, r);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                hasher.NodeHash(r, p, r);
            }

            fn >>= 1;
            sn >>= 1;
        }

        // Step 5.
        if (sn != 0)
        {
            return ProofOutcome.Invalid($"The proof has too few hashes for leaf {leafIndex} of a tree of size {treeSize}.");
        }

        return r.AsSpan().SequenceEqual(rootHash)
            ? ProofOutcome.Valid
            : ProofOutcome.Invalid($"The proof does not lead from the leaf hash to the root hash of the tree of size {treeSize}.");
    }
}
