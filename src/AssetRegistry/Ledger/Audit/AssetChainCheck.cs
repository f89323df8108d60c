namespace AssetRegistry.Ledger.Audit;

/// <summary>
/// Each asset's certificates form a chain: the first cites no previous certificate, every later one the certificate
/// hash of the asset's certificate before it by leaf index. That earlier hash is trusted because the pass has already
/// checked that leaf (<see cref="StoredCertificateCheck"/>). Counts the assets: one per first certificate.
/// </summary>
internal sealed class AssetChainCheck
{
    public long Assets { get; private set; }

    public static AuditFinding? Check(AuditedLeaf leaf)
    {
        var expected = leaf.PreviousHash is null ? null : Convert.ToBase64String(leaf.PreviousHash);
        if (string.Equals(leaf.CitedPreviousHash, expected, StringComparison.Ordinal))
        {
            return null;
        }

        return expected is null
            ? new(AuditFailure.PreviousCertificateUnexpected, $"{leaf.Named}: cites a previous certificate, but it is the first certificate of asset {leaf.RegistrationNumber}")
            : leaf.CitedPreviousHash is null
                ? new(AuditFailure.PreviousCertificateMissing,
                    $"{leaf.Named}: cites no previous certificate, but asset {leaf.RegistrationNumber} has {leaf.PreviousNumber} (leaf {leaf.PreviousLeafIndex}) before it")
                : new(AuditFailure.PreviousCertificateDiffers,
                    $"{leaf.Named}: previousCertificateHash is not the hash of asset {leaf.RegistrationNumber}'s previous certificate {leaf.PreviousNumber} (leaf {leaf.PreviousLeafIndex})");
    }

    /// <summary>The leaf passed every check.</summary>
    public void Passed(AuditedLeaf leaf)
    {
        if (leaf.CitedPreviousHash is null)
        {
            Assets++;
        }
    }
}
