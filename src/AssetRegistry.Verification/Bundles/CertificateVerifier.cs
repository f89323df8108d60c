using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Notes;

namespace AssetRegistry.Verification.Bundles;

/// <summary>
/// One verdict for one file, whichever of the two proof formats it is: a c2sp.org/tlog-proof (its first line says so,
/// docs/ledger.md §14) or a certificate bundle (§7). The same keys file serves both: its <c>keys</c> for bundles, its
/// <c>noteKeys</c> for tlog-proofs.
/// </summary>
public sealed class CertificateVerifier(TrustedKeys trustedKeys)
{
    private readonly BundleVerifier bundles = new(trustedKeys);
    private readonly TlogProofVerifier proofs = new(trustedKeys);

    public VerificationResult Verify(ReadOnlySpan<byte> file) => TlogProof.LooksLikeOne(file) ? proofs.Verify(file) : bundles.Verify(file);
}
