using AssetRegistry.Verification.Crypto;

namespace AssetRegistry.Verification.Checkpoints;

/// <summary>Checks that a checkpoint was signed by a trusted key, under the profile it names, while that key was good.</summary>
public sealed class CheckpointVerifier
{
    private readonly TrustedKeys trustedKeys;

    public CheckpointVerifier(TrustedKeys trustedKeys)
    {
        ArgumentNullException.ThrowIfNull(trustedKeys);
        this.trustedKeys = trustedKeys;
    }

    public VerificationResult Verify(SignedCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var body = checkpoint.Body;
        if (!CryptoProfile.TryFromAlgorithm(body.Algorithm, out var profile))
        {
            return VerificationResult.Failed(VerificationFailure.UnsupportedAlgorithm, $"The checkpoint's algorithm \"{body.Algorithm}\" is not one this verifier knows ({string.Join(", ", CryptoProfile.All)}).");
        }

        if (body.RootHash.Length != profile.Hash.Length)
        {
            return VerificationResult.Failed(VerificationFailure.MalformedDocument, $"The checkpoint's root hash is {body.RootHash.Length} bytes, not the {profile.Hash.Length} of {profile.Hash.Name}.");
        }

        if (!trustedKeys.TryFind(body.KeyId, out var key))
        {
            return VerificationResult.Failed(VerificationFailure.UnknownKey, $"The checkpoint is signed by key {body.KeyId}, which is not in the trusted keys.");
        }

        if (key.Profile != profile)
        {
            return VerificationResult.Failed(VerificationFailure.KeyAlgorithmMismatch, $"The checkpoint names {profile.Algorithm}, but trusted key {key.KeyId} is a {key.Profile.Algorithm} key.");
        }

        // The signature first: only a checkpoint the key really signed makes its validity period relevant.
        if (!key.VerifySignature(body.SigningInput(), checkpoint.Signature))
        {
            return VerificationResult.Failed(VerificationFailure.BadSignature, $"The checkpoint's signature does not verify with key {key.KeyId}: the checkpoint was altered or not signed by that key.");
        }

        return key.JudgeUseAt(body.IssuedAt) ?? VerificationResult.Genuine;
    }
}
