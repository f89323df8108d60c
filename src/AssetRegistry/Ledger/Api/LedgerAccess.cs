namespace AssetRegistry.Ledger.Api;

/// <summary>What the ledger endpoints share: the stored ledger, its proofs, and how to look things up in it from a request.</summary>
public sealed class LedgerAccess(LedgerProofs proofs, string registryCode, string registry)
{
    public LedgerProofs Proofs => proofs;

    /// <summary>The <c>registry</c> member of this ledger's checkpoints and certificates.</summary>
    public string Registry => registry;

    public LedgerReader Reader => proofs.Reader;

    /// <summary>The number as the ledger stores it; a malformed one is a 400 on <paramref name="field"/>.</summary>
    public string CanonicalCertificateNumber(string? number, string field) => LedgerInputs.CertificateNumber(number, field, registryCode);

    /// <summary>A stored certificate by its number; a malformed number is a 400 on <paramref name="field"/>, an unknown one a 404.</summary>
    public async Task<CertificateRow> FindCertificateAsync(string? number, string field, CancellationToken cancellation)
    {
        var canonical = LedgerInputs.CertificateNumber(number, field, registryCode);
        return await Reader.CertificateAsync(canonical, cancellation) ?? throw CertificateNotFound(canonical);
    }

    /// <summary>
    /// A stored certificate and the checkpoint a proof of it is against (<see cref="CheckpointHoldingAsync"/>); without a
    /// size, both in one round trip.
    /// </summary>
    public async Task<(CertificateRow Certificate, CheckpointRow Checkpoint)> FindCertificateAndCheckpointAsync(
        string? number, string field, long? treeSize, string sizeField, CancellationToken cancellation)
    {
        if (treeSize is not null)
        {
            var certificate = await FindCertificateAsync(number, field, cancellation);
            return (certificate, await CheckpointHoldingAsync(certificate, treeSize, sizeField, cancellation));
        }

        var canonical = LedgerInputs.CertificateNumber(number, field, registryCode);
        var (found, latest) = await Reader.CertificateAndLatestCheckpointAsync(canonical, cancellation);
        var stored = found ?? throw CertificateNotFound(canonical);
        return latest is not null && latest.TreeSize > stored.LeafIndex
            ? (stored, latest)
            : (stored, await CheckpointHoldingAsync(stored, null, sizeField, cancellation));
    }

    public static Refusal CertificateNotFound(string number) =>
        new(Refusals.CertificateNotFound, ("certificate", number));

    /// <summary>
    /// The checkpoint of <paramref name="treeSize"/>, which must hold the certificate (else 400 on <paramref name="field"/>)
    /// and exist (else 404); without a size, the latest, which holds every certificate issued in its batch or before.
    /// </summary>
    public async Task<CheckpointRow> CheckpointHoldingAsync(CertificateRow certificate, long? treeSize, string field, CancellationToken cancellation)
    {
        if (treeSize is { } size)
        {
            if (size <= certificate.LeafIndex)
            {
                var first = await Reader.FirstCheckpointHoldingAsync(certificate.LeafIndex, cancellation);
                throw Infrastructure.Http.RequestValidationException.For(field, Refusals.TreeDoesNotHoldCertificate,
                    ("certificate", certificate.CertificateNumber), ("leaf", certificate.LeafIndex), ("size", size),
                    ("first", first is null
                        ? new Sentence("尚无包含它的检查点。", "No checkpoint holds it yet.")
                        : new Sentence($"包含它的第一个检查点的树大小为 {first.TreeSize}。", $"The first checkpoint that does has size {first.TreeSize}.")));
            }

            return await CheckpointOfSizeAsync(size, cancellation);
        }

        var latest = await Reader.LatestCheckpointAsync(cancellation);
        return latest is not null && latest.TreeSize > certificate.LeafIndex
            ? latest
            : throw new Refusal(Refusals.CertificateNotCheckpointed, ("certificate", certificate.CertificateNumber));
    }

    public async Task<CheckpointRow> CheckpointOfSizeAsync(long size, CancellationToken cancellation) =>
        await Reader.CheckpointAsync(size, cancellation)
        ?? throw new Refusal(Refusals.CheckpointNotFound, ("which", new Sentence($"树大小 {size} 处", $"at tree size {size}")));
}
