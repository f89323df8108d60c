using AssetRegistry.Ledger.Audit;
using static AssetRegistry.Tests.Ledger.Audit.BuiltLedger;

namespace AssetRegistry.Tests.Ledger.Audit;

/// <summary>
/// Each asset's certificates, chained by <c>previousCertificateHash</c>. The leaves here are checked alone first, as the
/// pass checks them, which is what reads the hash each certificate cites.
/// </summary>
public sealed class AssetChainCheckTests
{
    private readonly List<AuditedLeaf> _leaves = Healthy().Leaves;

    [Fact]
    public void chains_built_by_the_builder_pass_and_count_one_asset_per_first_certificate()
    {
        var chains = new AssetChainCheck();
        foreach (var leaf in _leaves)
        {
            Assert.Null(AssetChainCheck.Check(CheckedAlone(leaf)));
            chains.Passed(leaf);
        }

        Assert.Equal(2, chains.Assets);
    }

    [Fact]
    public void an_assets_first_certificate_that_cites_one_is_previous_certificate_unexpected()
    {
        // The second certificate of the first asset, as though it were the asset's first.
        var leaf = CheckedAlone(Copy(_leaves[1], noPrevious: true));

        Assert.Equal(new AuditFinding(AuditFailure.PreviousCertificateUnexpected,
                $"certificate {leaf.CertificateNumber} (leaf 1): cites a previous certificate, but it is the first certificate of asset {leaf.RegistrationNumber}"),
            AssetChainCheck.Check(leaf));
    }

    [Fact]
    public void a_certificate_that_cites_none_though_its_asset_has_one_is_previous_certificate_missing()
    {
        var leaf = CheckedAlone(Rewritten(_leaves[1], certificate => certificate["previousCertificateHash"] = null));

        Assert.Equal(new AuditFinding(AuditFailure.PreviousCertificateMissing,
                $"certificate {leaf.CertificateNumber} (leaf 1): cites no previous certificate, but asset {leaf.RegistrationNumber} has {_leaves[0].CertificateNumber} (leaf 0) before it"),
            AssetChainCheck.Check(leaf));
    }

    [Fact]
    public void a_certificate_that_cites_another_certificate_is_previous_certificate_differs()
    {
        // The first asset's fourth certificate (leaf 4) made to cite the second asset's first (leaf 2), rehashed: alone it is a sound certificate.
        var leaf = CheckedAlone(Rewritten(_leaves[4], certificate => certificate["previousCertificateHash"] = Convert.ToBase64String(_leaves[2].CertificateHash)));

        Assert.Null(leaf.Finding);
        Assert.Equal(new AuditFinding(AuditFailure.PreviousCertificateDiffers,
                $"certificate {leaf.CertificateNumber} (leaf 4): previousCertificateHash is not the hash of asset {leaf.RegistrationNumber}'s previous certificate "
                + $"{_leaves[3].CertificateNumber} (leaf 3)"),
            AssetChainCheck.Check(leaf));
    }

    private static AuditedLeaf CheckedAlone(AuditedLeaf leaf)
    {
        LedgerAudit.CheckAlone(leaf);
        return leaf;
    }
}
