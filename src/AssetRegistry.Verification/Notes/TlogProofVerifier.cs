using AssetRegistry.Verification.Canonical;
using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Merkle;

namespace AssetRegistry.Verification.Notes;

/// <summary>
/// Decides whether a certificate's tlog-proof is genuine (docs/ledger.md §14): the file is a tlog-proof whose extra data
/// is a certificate in its canonical form; a trusted note key named for the origin signed its checkpoint while good;
/// and the inclusion proof leads from SHA-256(0x00 ‖ the certificate's bytes) at the index to the checkpoint's root.
/// </summary>
public sealed class TlogProofVerifier
{
    private readonly CheckpointNoteVerifier checkpoints;

    public TlogProofVerifier(TrustedKeys trustedKeys) => checkpoints = new CheckpointNoteVerifier(trustedKeys);

    public VerificationResult Verify(ReadOnlySpan<byte> file)
    {
        TlogProof proof;
        try
        {
            proof = TlogProof.Parse(file);
        }
        catch (LedgerFormatException e)
        {
            return VerificationResult.Failed(VerificationFailure.MalformedDocument, e.Message);
        }

        return Verify(proof).Verdict;
    }

    /// <summary>The verdict, and the checkpoint the proof's note states when it could be read.</summary>
    public (VerificationResult Verdict, TlogCheckpoint? Checkpoint) Verify(TlogProof proof)
    {
        ArgumentNullException.ThrowIfNull(proof);
        SignedNote note;
        try
        {
            note = SignedNote.Parse(proof.Checkpoint);
        }
        catch (LedgerFormatException e)
        {
            return (VerificationResult.Failed(VerificationFailure.MalformedDocument, $"The tlog-proof's checkpoint is not a signed note: {e.Message}"), null);
        }

        var (signed, checkpoint) = checkpoints.Verify(note);
        if (!signed.IsGenuine)
        {
            return (signed, checkpoint);
        }

        if (CertificateProblem(proof.Extra) is { } problem)
        {
            return (VerificationResult.Failed(VerificationFailure.MalformedDocument, problem), checkpoint);
        }

        var leafHash = MerkleHasher.Sha256.LeafHash(proof.Extra);
        var outcome = InclusionProofVerifier.Verify(MerkleHasher.Sha256, proof.Index, checkpoint!.TreeSize, leafHash, proof.InclusionProof, checkpoint.RootHash);
        return (outcome.IsValid
            ? VerificationResult.Genuine
            : VerificationResult.Failed(VerificationFailure.InclusionProofInvalid,
                $"The certificate is not in the ledger the checkpoint signs: its leaf hash, leaf index {proof.Index} and inclusion proof do not give the checkpoint's root. {outcome.Failure}"), checkpoint);
    }

    /// <summary>The extra data must be what a reader takes it for: a certificate, a JSON object in its one canonical form.</summary>
    private static string? CertificateProblem(byte[]? extra)
    {
        if (extra is null)
        {
            return "The tlog-proof has no extra line: a certificate's proof carries the certificate's canonical bytes there.";
        }

        try
        {
            var json = LedgerJson.ParseObject(extra, "certificate");
            return JsonCanonicalizer.Canonicalize(json).AsSpan().SequenceEqual(extra) ? null
                : "The tlog-proof's extra data is a JSON object but not in its canonical form (docs/ledger.md §3), so it is not a leaf's bytes.";
        }
        catch (Exception e) when (e is LedgerFormatException or CanonicalJsonException)
        {
            return $"The tlog-proof's extra data is not a certificate: {e.Message}";
        }
    }
}
