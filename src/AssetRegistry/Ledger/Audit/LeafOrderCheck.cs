namespace AssetRegistry.Ledger.Audit;

/// <summary>
/// The ledger, read in leaf order, is the registry's event order without gaps: leaf indexes run from 0 one by one,
/// and each certificate cites an event after the one the leaf before it cites. Since every certificate must cite a
/// registration (<see cref="CitedEventCheck"/>), that also makes their events distinct, which is what lets
/// <see cref="RegistrationCoverage"/> count them.
/// </summary>
internal sealed class LeafOrderCheck
{
    private long _next;
    private long _lastSequence = long.MinValue;

    /// <summary>The leaf is not the next one.</summary>
    public AuditFinding? Gap(AuditedLeaf leaf) =>
        leaf.LeafIndex == _next
            ? null
            : new(AuditFailure.LeafMissing, _next == 0
                ? $"leaf 0 is missing: the ledger starts at leaf {leaf.LeafIndex} ({leaf.CertificateNumber})"
                : $"leaf {_next} is missing: the ledger goes from leaf {_next - 1} to leaf {leaf.LeafIndex} ({leaf.CertificateNumber})");

    /// <summary>The leaf's event is not after the event of the leaf before it.</summary>
    public AuditFinding? OutOfEventOrder(AuditedLeaf leaf) =>
        leaf.EventSequence > _lastSequence
            ? null
            : new(AuditFailure.EventOutOfOrder, $"{leaf.Named}: cites event {leaf.EventSequence}, "
                + $"not after event {_lastSequence} of the leaf before it: the ledger is not in the registry's event order");

    /// <summary>The leaf passed every check: the next one follows it.</summary>
    public void Passed(AuditedLeaf leaf)
    {
        _next = leaf.LeafIndex + 1;
        _lastSequence = leaf.EventSequence;
    }
}
