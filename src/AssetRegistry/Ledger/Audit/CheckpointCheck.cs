using AssetRegistry.Verification;
using AssetRegistry.Verification.Canonical;
using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Merkle;
using AssetRegistry.Verification.Notes;

namespace AssetRegistry.Ledger.Audit;

/// <summary>
/// The leaves, appended in order, as a Merkle tree (RFC 9162, docs/ledger.md §4), and each checkpoint against it as
/// the tree reaches the checkpoint's size: its root is the root of the leaves up to its tree size, it is signed by a
/// trusted key valid when it was signed (§8), it names the registry the others name, it is not dated before the one it
/// follows, and what issuance stored beside it (root, key id, date, frontier) is what it signs. At the end, no
/// checkpoint signs more leaves than there are and the last leaves are signed. The C2SP note stored beside a checkpoint
/// (docs/ledger.md §14) states the same tree and date under one origin, and verifies with the trusted note keys — when
/// the keys given have any (a keys file from before notes has none: then only what the note states is compared).
/// </summary>
internal sealed class CheckpointCheck(TrustedKeys keys)
{
    private readonly CheckpointVerifier _verifier = new(keys);
    private readonly CheckpointNoteVerifier? _noteVerifier = keys.NoteKeys.Count > 0 ? new(keys) : null;
    private string? _origin;
    private readonly MerkleFrontier _frontier = new(MerkleHasher.Sha256);
    private long _lastCheckpointSize;
    private DateTimeOffset? _lastIssuedAt;
    private string? _registry;

    /// <summary>The leaves appended so far.</summary>
    public long Leaves => _frontier.Size;

    /// <summary>The checkpoints that passed.</summary>
    public long Checkpoints { get; private set; }

    /// <summary>A checkpoint of the empty tree, or one that claims a negative size, before any leaf.</summary>
    public AuditFinding? AtStart(AuditedCheckpoint checkpoint) =>
        checkpoint.TreeSize < 0
            ? new(AuditFailure.CheckpointSizeNegative, $"checkpoint at tree size {checkpoint.TreeSize}: a tree size is never negative")
            : Check(checkpoint);

    /// <summary>
    /// Appends a leaf hash, one that the leaf's checks have shown to be the leaf hash of its certificate, then checks the
    /// checkpoints of <paramref name="due"/> (in tree-size order) that the tree has now reached.
    /// </summary>
    public AuditFinding? Append(byte[] leafHash, Queue<AuditedCheckpoint> due)
    {
        _frontier.Append(leafHash);
        while (due.TryPeek(out var next) && next.TreeSize <= _frontier.Size)
        {
            due.Dequeue();
            if (Check(next) is { } wrong)
            {
                return wrong;
            }
        }

        return null;
    }

    /// <summary>After the last leaf: no checkpoint may sign more leaves than there are, and the last leaves must be signed.</summary>
    public AuditFinding? Finish(IReadOnlyList<AuditedCheckpoint> beyond)
    {
        if (beyond.Count > 0)
        {
            return new(AuditFailure.CheckpointBeyondLedger, $"checkpoint at tree size {beyond[0].TreeSize}: the ledger has only {_frontier.Size} certificates");
        }

        if (_lastCheckpointSize < _frontier.Size)
        {
            var unsigned = _frontier.Size - _lastCheckpointSize;
            return new(AuditFailure.LeavesUnsigned, $"leaves {_lastCheckpointSize} to {_frontier.Size - 1} ({unsigned} certificates) are signed by no checkpoint: "
                + (Checkpoints == 0 ? "the ledger has none" : $"the last is at tree size {_lastCheckpointSize}"));
        }

        return null;
    }

    private AuditFinding? Check(AuditedCheckpoint row)
    {
        var at = $"checkpoint at tree size {row.TreeSize}";
        if (row.TreeSize != _frontier.Size)
        {
            // Its size fell inside a gap or past a leaf that failed: only reachable through a missing leaf.
            return new(AuditFailure.CheckpointSizeNotInLedger, $"{at}: the ledger has no tree of that size");
        }

        SignedCheckpoint checkpoint;
        try
        {
            checkpoint = SignedCheckpoint.Parse(row.Checkpoint);
        }
        catch (LedgerFormatException e)
        {
            return new(AuditFailure.CheckpointMalformed, $"{at}: stored text is not a checkpoint: {e.Message}");
        }

        var body = checkpoint.Body;
        if (body.TreeSize != row.TreeSize)
        {
            return new(AuditFailure.CheckpointSizeDiffers, $"{at}: the signed checkpoint states tree size {body.TreeSize}");
        }

        if (_registry is null)
        {
            _registry = body.Registry;
        }
        else if (!string.Equals(_registry, body.Registry, StringComparison.Ordinal))
        {
            return new(AuditFailure.CheckpointRegistryDiffers, $"{at}: names registry \"{body.Registry}\", the earlier checkpoints \"{_registry}\"");
        }

        var verdict = _verifier.Verify(checkpoint);
        if (!verdict.IsGenuine)
        {
            return new(AuditFailure.CheckpointNotGenuine, $"{at}: {verdict.Failure}: {verdict.Message}");
        }

        if (body.IssuedAt < _lastIssuedAt)
        {
            // Key validity is judged at the date a checkpoint claims: one dated back could carry a key revoked since (docs/ledger.md §4.4).
            return new(AuditFailure.CheckpointDatedBack, $"{at}: dated {CanonicalInstant.Format(body.IssuedAt)}, before the checkpoint at tree size {_lastCheckpointSize} "
                + $"({CanonicalInstant.Format(_lastIssuedAt.Value)}): a checkpoint is never dated before one it follows");
        }

        var root = _frontier.RootHash();
        if (!body.RootHash.SequenceEqual(root))
        {
            return new(AuditFailure.CheckpointRootDiffers, $"{at}: root differs: it signs {Convert.ToBase64String(body.RootHash)}, the leaves give {Convert.ToBase64String(root)}");
        }

        if (!row.RootHash.AsSpan().SequenceEqual(root))
        {
            return new(AuditFailure.CheckpointStoredRootDiffers, $"{at}: stored root_hash differs from the root it signs");
        }

        if (!string.Equals(row.KeyId, body.KeyId, StringComparison.Ordinal))
        {
            return new(AuditFailure.CheckpointStoredKeyDiffers, $"{at}: stored key_id {row.KeyId} is not the key that signed it ({body.KeyId})");
        }

        if (CanonicalInstant.Truncate(row.IssuedAt) != body.IssuedAt)
        {
            return new(AuditFailure.CheckpointStoredDateDiffers, $"{at}: stored issued_at {CanonicalInstant.Format(row.IssuedAt)} is not the instant it signs ({CanonicalInstant.Format(body.IssuedAt)})");
        }

        var frontier = _frontier.SubtreeRoots;
        if (row.Frontier.Length != frontier.Count || row.Frontier.Where((r, i) => !r.AsSpan().SequenceEqual(frontier[i])).Any())
        {
            return new(AuditFailure.CheckpointFrontierDiffers, $"{at}: stored frontier is not the subtree roots of the first {row.TreeSize} leaves (issuance would resume from a wrong tree)");
        }

        if (row.Note is { } note && CheckNote(at, note, body.IssuedAt, root) is { } noteFinding)
        {
            return noteFinding;
        }

        _lastCheckpointSize = row.TreeSize;
        _lastIssuedAt = body.IssuedAt;
        Checkpoints++;
        return null;
    }

    private AuditFinding? CheckNote(string at, string text, DateTimeOffset issuedAt, byte[] root)
    {
        TlogCheckpoint stated;
        try
        {
            var note = SignedNote.Parse(text);
            if (_noteVerifier is null)
            {
                stated = TlogCheckpoint.Parse(note.Text);
            }
            else
            {
                var (verdict, verified) = _noteVerifier.Verify(note);
                if (verified is null)
                {
                    return new(AuditFailure.CheckpointNoteMalformed, $"{at}: stored note is not a signed checkpoint note: {verdict.Message}");
                }

                stated = verified;

                if (!verdict.IsGenuine)
                {
                    return new(AuditFailure.CheckpointNoteNotGenuine, $"{at}: stored note: {verdict.Failure}: {verdict.Message}");
                }
            }
        }
        catch (LedgerFormatException e)
        {
            return new(AuditFailure.CheckpointNoteMalformed, $"{at}: stored note is not a signed checkpoint note: {e.Message}");
        }

        _origin ??= stated.Origin;
        var differs = new List<string>();
        if (!string.Equals(stated.Origin, _origin, StringComparison.Ordinal))
        {
            differs.Add($"origin \"{stated.Origin}\", the earlier notes \"{_origin}\"");
        }

        if (stated.TreeSize != _frontier.Size)
        {
            differs.Add($"tree size {stated.TreeSize}");
        }

        if (!stated.RootHash.SequenceEqual(root))
        {
            differs.Add($"root {Convert.ToBase64String(stated.RootHash)}");
        }

        if (stated.IssuedAt != issuedAt)
        {
            differs.Add(stated.IssuedAt is { } date ? $"date {CanonicalInstant.Format(date)}" : "no issuedAt line");
        }

        return differs.Count == 0 ? null
            : new(AuditFailure.CheckpointNoteDiffers, $"{at}: stored note states {string.Join(", ", differs)}, not the checkpoint's");
    }
}
