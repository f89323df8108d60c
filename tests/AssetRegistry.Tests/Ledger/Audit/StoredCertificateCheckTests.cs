using System.Text.Json.Nodes;
using AssetRegistry.Ledger.Audit;
using static AssetRegistry.Tests.Ledger.Audit.BuiltLedger;

namespace AssetRegistry.Tests.Ledger.Audit;

/// <summary>A certificate's stored text, its hashes and its row, checked alone: each way they can disagree has its code.</summary>
public sealed class StoredCertificateCheckTests
{
    private readonly AuditedLeaf _leaf = Healthy().Leaves[3];

    [Fact]
    public void a_certificate_as_the_builder_built_it_passes_and_is_read()
    {
        Assert.Null(StoredCertificateCheck.Check(_leaf, out var certificate));
        Assert.Equal(_leaf.CertificateNumber, certificate!.CertificateNumber);
        Assert.Equal(_leaf.RegistrationNumber, certificate.RegistrationNumber);
        Assert.NotNull(certificate.PreviousCertificateHash);
    }

    [Fact]
    public void stored_text_that_is_not_json_is_certificate_not_json()
    {
        var finding = Check(WithText(_leaf, "{\"asset\":"));

        Assert.Equal(AuditFailure.CertificateNotJson, finding?.Failure);
        Assert.StartsWith($"certificate {_leaf.CertificateNumber} (leaf 3): stored text is not JSON: ", finding!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void stored_text_with_a_space_is_certificate_not_canonical() =>
        Assert.Equal(Found(AuditFailure.CertificateNotCanonical, "stored text is not its canonical form"),
            Check(WithText(_leaf, [(byte)' ', .. _leaf.Certificate])));

    [Fact]
    public void a_stored_certificate_hash_of_other_bytes_is_certificate_hash_differs() =>
        Assert.Equal(Found(AuditFailure.CertificateHashDiffers, "stored certificate_hash is not the SHA-256 of its text"),
            Check(Copy(_leaf, certificateHash: Healthy().Leaves[4].CertificateHash)));

    [Fact]
    public void a_stored_leaf_hash_of_other_bytes_is_leaf_hash_differs() =>
        Assert.Equal(Found(AuditFailure.LeafHashDiffers, "stored leaf_hash is not the leaf hash of its text"),
            Check(Copy(_leaf, leafHash: Healthy().Leaves[4].LeafHash)));

    [Fact]
    public void canonical_text_that_is_not_an_object_is_certificate_not_an_object() =>
        Assert.Equal(Found(AuditFailure.CertificateNotAnObject, "is not a JSON object"), Check(WithText(_leaf, "[\"certificateNumber\"]")));

    [Fact]
    public void a_certificate_filed_under_another_number_is_certificate_number_differs() =>
        Assert.Equal(new AuditFinding(AuditFailure.CertificateNumberDiffers, $"certificate SZDE-C-000000000099 (leaf 3): states certificate number {_leaf.CertificateNumber}"),
            Check(Copy(_leaf, certificateNumber: "SZDE-C-000000000099")));

    [Fact]
    public void a_certificate_without_its_assets_number_is_registration_number_missing() =>
        Assert.Equal(Found(AuditFailure.RegistrationNumberMissing, "states no asset.registrationNumber"),
            Check(Rewritten(_leaf, certificate => certificate["asset"]!.AsObject().Remove("registrationNumber"))));

    [Fact]
    public void a_certificate_filed_under_another_asset_is_registration_number_differs() =>
        Assert.Equal(Found(AuditFailure.RegistrationNumberDiffers, $"is about asset {_leaf.RegistrationNumber}, its row files it under SZDE-R-2026-00000001-A"),
            Check(Copy(_leaf, registrationNumber: "SZDE-R-2026-00000001-A")));

    [Theory]
    [InlineData("number")]
    [InlineData("missing")]
    public void a_previous_certificate_hash_neither_string_nor_null_is_previous_hash_malformed(string how) =>
        Assert.Equal(Found(AuditFailure.PreviousHashMalformed, "previousCertificateHash must be present, a string or null"),
            Check(Rewritten(_leaf, certificate =>
            {
                if (how == "number")
                {
                    certificate["previousCertificateHash"] = 7;
                }
                else
                {
                    certificate.Remove("previousCertificateHash");
                }
            })));

    [Fact]
    public void a_check_that_throws_names_the_certificate_as_certificate_unreadable() =>
        Assert.Equal(Found(AuditFailure.CertificateUnreadable, "cannot be read: the reason"),
            StoredCertificateCheck.Unreadable(_leaf, new InvalidOperationException("the reason")));

    private static AuditFinding? Check(AuditedLeaf leaf) => StoredCertificateCheck.Check(leaf, out _);

    private AuditFinding Found(AuditFailure failure, string what) => new(failure, $"certificate {_leaf.CertificateNumber} (leaf 3): {what}");
}
