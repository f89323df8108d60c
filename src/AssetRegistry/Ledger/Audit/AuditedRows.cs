namespace AssetRegistry.Ledger.Audit;

/// <summary>
/// A certificate's row as the audit reads it (<see cref="LeafOrderReader"/>), with the event it cites as
/// <c>mt_events</c> holds it and the asset's certificate before it; then what the checks of it alone found.
/// </summary>
internal sealed class AuditedLeaf
{
    public long LeafIndex { get; init; }
    public required string CertificateNumber { get; init; }
    public required string RegistrationNumber { get; init; }
    public long EventSequence { get; init; }

    /// <summary>The stored text, UTF-8.</summary>
    public required byte[] Certificate { get; init; }
    public required byte[] LeafHash { get; init; }
    public required byte[] CertificateHash { get; init; }

    /// <summary>The event at <see cref="EventSequence"/>; all null when <c>mt_events</c> has none.</summary>
    public string? EventStream { get; init; }
    public string? EventType { get; init; }
    public long EventVersion { get; init; }
    /// <summary><c>mt_events.data</c> as stored (its jsonb text), UTF-8.</summary>
    public byte[]? EventData { get; init; }

    /// <summary>The asset's certificate before this one by leaf index, if any.</summary>
    public long? PreviousLeafIndex { get; init; }
    public string? PreviousNumber { get; init; }
    public byte[]? PreviousHash { get; init; }

    /// <summary>Set by the checks of the certificate alone (<see cref="StoredCertificateCheck"/>, <see cref="CitedEventCheck"/>).</summary>
    public AuditFinding? Finding { get; set; }

    /// <summary>The certificate's <c>previousCertificateHash</c>, as its text states it.</summary>
    public string? CitedPreviousHash { get; set; }

    /// <summary>How the findings name the certificate.</summary>
    public string Named => $"certificate {CertificateNumber} (leaf {LeafIndex})";
}

/// <summary>A checkpoint's row: <see cref="Checkpoint"/> is the signed checkpoint's text, the rest what issuance stored beside it.</summary>
internal sealed record AuditedCheckpoint(long TreeSize, string Checkpoint, byte[] RootHash, string KeyId, DateTimeOffset IssuedAt, byte[][] Frontier, string? Note = null);

/// <summary>Leaves in leaf order, with the checkpoints whose tree sizes they reach.</summary>
internal sealed record LedgerBatch(List<AuditedLeaf> Leaves, List<AuditedCheckpoint> Checkpoints);
