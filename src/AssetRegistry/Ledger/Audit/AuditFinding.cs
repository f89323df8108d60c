using System.Text.Json;

namespace AssetRegistry.Ledger.Audit;

/// <summary>
/// What the audit can find wrong, one stable code each (<see cref="AuditFinding.Code"/>: the name in kebab case,
/// <c>leaf-missing</c>), grouped by the check that finds it. docs/ledger.md §13 lists them; a name is never changed.
/// </summary>
public enum AuditFailure
{
    // The ledger read in leaf order (LeafOrderCheck).

    /// <summary>A leaf index is not the next one: a certificate was removed, or the ledger does not start at 0.</summary>
    LeafMissing,

    /// <summary>A certificate cites an event that is not after the event of the leaf before it.</summary>
    EventOutOfOrder,

    // A certificate's stored text and its row (StoredCertificateCheck).

    /// <summary>The stored certificate could not be read at all.</summary>
    CertificateUnreadable,

    /// <summary>The stored text is not JSON.</summary>
    CertificateNotJson,

    /// <summary>The stored text is JSON, but not its own canonical form (docs/ledger.md §3).</summary>
    CertificateNotCanonical,

    /// <summary>The stored <c>certificate_hash</c> is not SHA-256 of the stored text.</summary>
    CertificateHashDiffers,

    /// <summary>The stored <c>leaf_hash</c> is not the leaf hash of the stored text (§4.1).</summary>
    LeafHashDiffers,

    /// <summary>The certificate is not a JSON object.</summary>
    CertificateNotAnObject,

    /// <summary>The certificate states another number than its row.</summary>
    CertificateNumberDiffers,

    /// <summary>The certificate states no <c>asset.registrationNumber</c>.</summary>
    RegistrationNumberMissing,

    /// <summary>The certificate is about another asset than its row files it under.</summary>
    RegistrationNumberDiffers,

    /// <summary><c>previousCertificateHash</c> is missing, or neither a string nor null.</summary>
    PreviousHashMalformed,

    // The event a certificate cites, re-read from mt_events (CitedEventCheck).

    /// <summary>The certificate's <c>event</c> does not state stream, version, sequence and hash.</summary>
    EventCitationIncomplete,

    /// <summary>The certificate cites another event than its row.</summary>
    EventSequenceDiffers,

    /// <summary>The certificate cites an event of another stream than its asset's.</summary>
    EventOfAnotherAsset,

    /// <summary>The cited event is not in <c>mt_events</c>.</summary>
    EventNotFound,

    /// <summary>The cited event is of another stream or version than the certificate says.</summary>
    EventPositionDiffers,

    /// <summary>The cited event is of a type that completes no registration.</summary>
    EventCompletesNoRegistration,

    /// <summary>The cited event's stored data has no canonical form, so it has no hash.</summary>
    EventNotCanonical,

    /// <summary>The cited event as stored does not hash to the hash the certificate states.</summary>
    EventHashDiffers,

    // The chain of each asset's certificates (AssetChainCheck).

    /// <summary>The asset's first certificate cites a previous certificate.</summary>
    PreviousCertificateUnexpected,

    /// <summary>A certificate cites no previous certificate, though its asset has one before it.</summary>
    PreviousCertificateMissing,

    /// <summary>A certificate's <c>previousCertificateHash</c> is not the hash of its asset's previous certificate.</summary>
    PreviousCertificateDiffers,

    // The Merkle tree of the leaves, and the checkpoints that sign it (CheckpointCheck).

    /// <summary>A checkpoint's tree size is negative.</summary>
    CheckpointSizeNegative,

    /// <summary>A checkpoint's tree size is not a size the ledger's leaves, read so far, ever had.</summary>
    CheckpointSizeNotInLedger,

    /// <summary>A stored checkpoint is not a signed checkpoint (§6).</summary>
    CheckpointMalformed,

    /// <summary>The signed checkpoint states another tree size than its row.</summary>
    CheckpointSizeDiffers,

    /// <summary>A checkpoint names another registry than the checkpoints before it.</summary>
    CheckpointRegistryDiffers,

    /// <summary>A checkpoint's signature or key does not verify (§8); the sentence starts with the verifier's code.</summary>
    CheckpointNotGenuine,

    /// <summary>A checkpoint is dated before the checkpoint it follows (§4.4).</summary>
    CheckpointDatedBack,

    /// <summary>A checkpoint signs another root than the leaves up to its tree size give.</summary>
    CheckpointRootDiffers,

    /// <summary>A checkpoint's stored <c>root_hash</c> is not the root it signs.</summary>
    CheckpointStoredRootDiffers,

    /// <summary>A checkpoint's stored <c>key_id</c> is not the key that signed it.</summary>
    CheckpointStoredKeyDiffers,

    /// <summary>A checkpoint's stored <c>issued_at</c> is not the instant it signs.</summary>
    CheckpointStoredDateDiffers,

    /// <summary>A checkpoint's stored frontier is not the subtree roots of its leaves: issuance would resume from a wrong tree.</summary>
    CheckpointFrontierDiffers,

    /// <summary>A checkpoint signs more leaves than the ledger has.</summary>
    CheckpointBeyondLedger,

    /// <summary>The C2SP note stored beside a checkpoint is not a signed checkpoint note (docs/ledger.md §14).</summary>
    CheckpointNoteMalformed,

    /// <summary>A trusted note key's line of the stored note does not verify, or no trusted key signed it (§14).</summary>
    CheckpointNoteNotGenuine,

    /// <summary>The stored note states another origin, tree size, root or date than its checkpoint.</summary>
    CheckpointNoteDiffers,

    /// <summary>The last leaves are signed by no checkpoint.</summary>
    LeavesUnsigned,

    // Every registration has its certificate (RegistrationCoverage).

    /// <summary>An event that completes a registration, before the last event certified, has no certificate.</summary>
    RegistrationLeftOut,

    /// <summary>The events that complete a registration, up to the last certified, are not as many as the certificates.</summary>
    CertifyingEventsMiscounted,
}

/// <summary>
/// One thing the audit found wrong: a stable machine-readable <see cref="Code"/> and a sentence that names the
/// certificate, event or checkpoint, as the verifier gives a <c>VerificationFailure</c> and a sentence.
/// </summary>
public sealed record AuditFinding(AuditFailure Failure, string Message)
{
    /// <summary>The failure's name in kebab case: <c>event-hash-differs</c>.</summary>
    public string Code => CodeOf(Failure);

    public static string CodeOf(AuditFailure failure) => JsonNamingPolicy.KebabCaseLower.ConvertName(failure.ToString());

    /// <summary>As the <c>audit</c> verb prints it: <c>code: sentence</c>.</summary>
    public override string ToString() => $"{Code}: {Message}";
}
