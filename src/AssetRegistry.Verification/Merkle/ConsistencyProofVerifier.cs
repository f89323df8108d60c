namespace AssetRegistry.Verification.Merkle;

/// <summary>
/// Verifies that a tree of <c>size2</c> leaves extends one of <c>size1</c> leaves, as RFC 9162 §2.1.4.2.
/// §2.1.4 defines proofs for 0 &lt; size1 &lt; size2 only; the edges are decided here (docs/ledger.md §4.4):
/// equal sizes need an empty proof and equal roots; a size1 of 0 is refused, because the empty tree
/// commits to nothing and a "proof" from it would be vacuous.
/// </summary>
public static class ConsistencyProofVerifier
{
    public static ProofOutcome Verify(
        MerkleHasher hasher,
        long size1,
        long size2,
        IReadOnlyList<byte[]> proof,
        ReadOnlySpan<byte> root1,
        ReadOnlySpan<byte> root2)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        ArgumentNullException.ThrowIfNull(proof);

        if (size1 <= 0 || size2 < size1)
        {
            return ProofOutcome.Invalid(size1 <= 0
                ? $"No consistency proof starts from a tree of size {size1}: the empty tree commits to nothing."
                : $"A tree of size {size2} cannot extend a larger tree of size {size1}.");
        }

        if (size1 == size2)
        {
            if (proof.Count != 0)
            {
                return ProofOutcome.Invalid("Between two trees of the same size the proof must be empty.");
            }

            return root1.SequenceEqual(root2)
                ? ProofOutcome.Valid
                : ProofOutcome.Invalid($"Two trees of the same size {size1} have different roots.");
        }

        if (root1.Length != hasher.HashLength || root2.Length != hasher.HashLength || proof.Any(p => p is null || p.Length != hasher.HashLength))
        {
            return ProofOutcome.Invalid($"Both roots and every proof hash must be {hasher.HashLength} bytes of {hasher.Hash.Name}.");
        }

        // Step 1.
        if (proof.Count == 0)
        {
            return ProofOutcome.Invalid($"The proof from size {size1} to size {size2} is empty.");
        }

        // Step 2: when size1 is a power of two, the old root is itself a node of the new tree.
        var path = new List<byte[]>(proof.Count + 1);
        if ((size1 & (size1 - 1)) == 0)
        {
            path.Add(root1.ToArray());
        }

        path.AddRange(proof);

        // Step 3.
        var fn = size1 - 1;
        var sn = size2 - 1;

        // Step 4.
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }

        // Step 5.
        var fr = (byte[])path[0].Clone();
        var sr = (byte[])path[0].Clone();

        // Step 6.
        foreach (var c in path.Skip(1))
        {
            if (sn == 0)
            {
                return ProofOutcome.Invalid($"The proof from size {size1} to size {size2} has too many hashes.");
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                hasher.NodeHash(c, fr, fr);
                hasher.NodeHash(c, sr, sr);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                hasher.NodeHash(sr, c, sr);
            }

            fn >>= 1;
            sn >>= 1;
        }

        // Step 7.
        if (sn != 0)
        {
            return ProofOutcome.Invalid($"The proof from size {size1} to size {size2} has too few hashes.");
        }

        if (!fr.AsSpan().SequenceEqual(root1))
        {
            return ProofOutcome.Invalid($"The proof does not reproduce the root of the tree of size {size1}.");
        }

        return sr.AsSpan().SequenceEqual(root2)
            ? ProofOutcome.Valid
            : ProofOutcome.Invalid($"The proof does not reproduce the root of the tree of size {size2}.");
    }
}
