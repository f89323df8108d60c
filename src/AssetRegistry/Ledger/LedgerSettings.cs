namespace AssetRegistry.Ledger;

/// <summary>Configuration section <c>Ledger</c>.</summary>
public sealed class LedgerSettings
{
    /// <summary>
    /// Signing keys, newest last: the last one not revoked and valid now signs; all are published, so that
    /// what an older key signed keeps verifying. Rotation and revocation are configuration, never code.
    /// </summary>
    public List<LedgerKeySetting> Keys { get; set; } = [];

    /// <summary>
    /// Ed25519 keys (PKCS#8 PEM) that sign the C2SP checkpoint notes (docs/ledger.md §14), newest last, rotated like
    /// <see cref="Keys"/>; required outside Development.
    /// </summary>
    public List<LedgerKeySetting> Ed25519Keys { get; set; } = [];

    /// <summary>Optional ML-DSA-44 keys (PKCS#8 PEM) adding a timestamped post-quantum line to each checkpoint note.</summary>
    public List<LedgerKeySetting> MlDsa44Keys { get; set; } = [];

    /// <summary>Optional SM2 keys (PKCS#8 PEM) adding the national-crypto line (0xff, docs/ledger.md §14) to each checkpoint note.</summary>
    public List<LedgerKeySetting> Sm2Keys { get; set; } = [];

    /// <summary>Most events one batch (and so one checkpoint) covers.</summary>
    public int BatchSize { get; set; } = 2000;
}

/// <summary>One signing key: a PKCS#8 PEM (file or inline), its validity and revocation.</summary>
public sealed class LedgerKeySetting
{
    public string? PemFile { get; set; }
    public string? Pem { get; set; }
    public DateTimeOffset? ValidFrom { get; set; }
    public DateTimeOffset? ValidUntil { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
