using AssetRegistry.Verification.Checkpoints;

namespace AssetRegistry.Verification.Notes;

/// <summary>
/// Checks a C2SP checkpoint note against the trusted note keys (docs/ledger.md §14): lines of keys not trusted are
/// ignored; a trusted key's line that does not verify fails the whole note (<c>BadSignature</c>); the note counts when
/// a trusted key named for the origin line verified it and was good when it signed — at the <c>issuedAt</c> line for a
/// key that signs extension lines, at its own timestamp for ML-DSA-44. No such line: <c>UnknownKey</c>.
/// </summary>
public sealed class CheckpointNoteVerifier
{
    private readonly TrustedKeys trustedKeys;

    public CheckpointNoteVerifier(TrustedKeys trustedKeys)
    {
        ArgumentNullException.ThrowIfNull(trustedKeys);
        this.trustedKeys = trustedKeys;
    }

    /// <summary>The verdict, and the checkpoint the note states (null when the note is not a checkpoint).</summary>
    public (VerificationResult Verdict, TlogCheckpoint? Checkpoint) Verify(SignedNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        TlogCheckpoint checkpoint;
        try
        {
            checkpoint = TlogCheckpoint.Parse(note.Text);
        }
        catch (LedgerFormatException e)
        {
            return (VerificationResult.Failed(VerificationFailure.MalformedDocument, e.Message), null);
        }

        VerificationResult? firstJudgement = null;
        var good = false;
        foreach (var line in note.Signatures)
        {
            var trusted = trustedKeys.NoteKeys.FirstOrDefault(k => k.Key.Name == line.KeyName && k.Key.KeyId == line.KeyId);
            if (trusted is null)
            {
                continue;
            }

            if (!trusted.Key.Verifies(note.Text, line))
            {
                return (VerificationResult.Failed(VerificationFailure.BadSignature,
                    $"The checkpoint's {trusted.Key.Algorithm} signature by {line} does not verify: the checkpoint was altered or not signed by that key."), checkpoint);
            }

            if (line.KeyName != checkpoint.Origin)
            {
                continue;
            }

            var judgement = trusted.Key.SignsExtensionLines
                ? checkpoint.IssuedAt is { } issuedAt
                    ? trusted.JudgeUseAt(issuedAt, "issued at")
                    : VerificationResult.Failed(VerificationFailure.MalformedDocument, "The checkpoint has no single issuedAt line in the form of docs/ledger.md §2, so its key's validity cannot be judged.")
                : trusted.JudgeUseAt(trusted.Key.TimestampOf(line)!.Value, "signed by ML-DSA-44 at");
            good |= judgement is null;
            firstJudgement ??= judgement;
        }

        if (good)
        {
            return (VerificationResult.Genuine, checkpoint);
        }

        return (firstJudgement ?? VerificationResult.Failed(VerificationFailure.UnknownKey,
            $"No trusted note key named for the checkpoint's origin \"{checkpoint.Origin}\" signed it."), checkpoint);
    }
}
