using AssetRegistry.Verification.Canonical;
using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Crypto;
using AssetRegistry.Verification.Merkle;

namespace AssetRegistry.Verification.Bundles;

/// <summary>
/// Decides whether a bundle's certificate is genuine: the checkpoint is signed by a trusted key valid at
/// its issuedAt, and the certificate's canonical form is the leaf the inclusion proof leads from to the
/// checkpoint's root. Nothing else is consulted: no network, no database.
/// </summary>
public sealed class BundleVerifier
{
    private readonly CheckpointVerifier checkpoints;

    public BundleVerifier(TrustedKeys trustedKeys) => checkpoints = new CheckpointVerifier(trustedKeys);

    /// <summary>Reads and verifies a bundle's text; a malformed bundle is a failure, not an exception.</summary>
    public VerificationResult Verify(string bundleJson)
    {
        try
        {
            return Verify(CertificateBundle.Parse(bundleJson));
        }
        catch (LedgerFormatException e)
        {
            return VerificationResult.Failed(VerificationFailure.MalformedDocument, e.Message);
        }
    }

    /// <summary>
    /// Reads and verifies a bundle file's bytes, exactly as received: bytes that are not UTF-8, or a byte order mark,
    /// are a malformed bundle (docs/ledger.md §2), never decoded into some other text that might verify.
    /// </summary>
    public VerificationResult Verify(ReadOnlySpan<byte> bundleFile)
    {
        try
        {
            return Verify(CertificateBundle.Parse(bundleFile));
        }
        catch (LedgerFormatException e)
        {
            return VerificationResult.Failed(VerificationFailure.MalformedDocument, e.Message);
        }
    }

    public VerificationResult Verify(CertificateBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var signed = checkpoints.Verify(bundle.Checkpoint);
        return signed.IsGenuine ? VerifyInclusion(bundle) : signed;
    }

    /// <summary>
    /// All that <see cref="Verify(CertificateBundle)"/> checks but the checkpoint's signature and keys: the certificate's
    /// leaf hash leads by the proof to the checkpoint's root. For a caller that has verified the checkpoint itself, once
    /// for the many bundles it vouches for (the registry does, for every bundle it serves).
    /// </summary>
    public static VerificationResult VerifyInclusion(CertificateBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var body = bundle.Checkpoint.Body;
        if (!CryptoProfile.TryFromAlgorithm(body.Algorithm, out var profile))
        {
            return VerificationResult.Failed(VerificationFailure.UnsupportedAlgorithm, $"The checkpoint's algorithm \"{body.Algorithm}\" is not one this verifier knows.");
        }

        var hasher = new MerkleHasher(profile.Hash);
        byte[] leafHash;
        try
        {
            leafHash = CertificateLeaf.Hash(hasher, bundle.Certificate);
        }
        catch (CanonicalJsonException e)
        {
            return VerificationResult.Failed(VerificationFailure.MalformedDocument, $"The certificate has no canonical form, so it cannot be a leaf: {e.Message}");
        }

        var outcome = InclusionProofVerifier.Verify(hasher, bundle.LeafIndex, body.TreeSize, leafHash, bundle.InclusionProof, body.RootHash);
        return outcome.IsValid
            ? VerificationResult.Genuine
            : VerificationResult.Failed(
                VerificationFailure.InclusionProofInvalid,
                $"The certificate is not in the ledger the checkpoint signs: its leaf hash, leaf index {bundle.LeafIndex} and inclusion proof do not give the checkpoint's root. {outcome.Failure}");
    }
}
