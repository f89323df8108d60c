namespace AssetRegistry.Verification.Checkpoints;

/// <summary>What failed, as a code; docs/ledger.md §8 lists them. The order is the order of the checks.</summary>
public enum VerificationFailure
{
    /// <summary>The bundle, checkpoint or proof is not in the format docs/ledger.md specifies.</summary>
    MalformedDocument = 1,

    /// <summary>The checkpoint names an <c>algorithm</c> this verifier does not know.</summary>
    UnsupportedAlgorithm,

    /// <summary>No trusted key has the checkpoint's <c>keyId</c>.</summary>
    UnknownKey,

    /// <summary>The trusted key is for another algorithm than the checkpoint names.</summary>
    KeyAlgorithmMismatch,

    /// <summary>The signature does not verify: the checkpoint was altered or not signed by that key.</summary>
    BadSignature,

    /// <summary>The checkpoint was issued before the key's <c>validFrom</c>.</summary>
    KeyNotYetValid,

    /// <summary>The checkpoint was issued at or after the key's <c>validUntil</c>.</summary>
    KeyExpired,

    /// <summary>The checkpoint was issued at or after the key's <c>revokedAt</c>.</summary>
    KeyRevoked,

    /// <summary>The certificate is not the leaf the inclusion proof leads from to the checkpoint's root.</summary>
    InclusionProofInvalid,

    /// <summary>Two checkpoints, or a consistency proof and its checkpoints, are about different trees.</summary>
    CheckpointsMismatch,

    /// <summary>The newer checkpoint's tree does not extend the older one's.</summary>
    ConsistencyProofInvalid,

    /// <summary>The newer checkpoint is dated before the older one, so its key's validity is judged at a date it cannot have been signed.</summary>
    CheckpointsOutOfOrder,
}
