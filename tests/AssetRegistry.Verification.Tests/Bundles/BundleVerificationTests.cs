using System.Text.Json.Nodes;
using AssetRegistry.Verification.Bundles;
using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Tests.Support;

namespace AssetRegistry.Verification.Tests.Bundles;

public class BundleVerificationTests
{
    private static readonly DateTimeOffset IssuedAt = TestKeys.Epoch.AddDays(60);

    private readonly TestLedger ledger = new(TestKeys.NewEcdsa(), 7);

    private BundleVerifier Verifier => new(TestKeys.Trusting(ledger.Key));

    [Theory]
    [MemberData(nameof(TestKeys.Algorithms), MemberType = typeof(TestKeys))]
    public void a_bundle_built_from_the_ledger_is_genuine(string algorithm)
    {
        var sameLedger = new TestLedger(TestKeys.New(algorithm), 7);
        var checkpoint = sameLedger.Checkpoint(IssuedAt);

        for (var i = 0; i < 7; i++)
        {
            var result = new BundleVerifier(TestKeys.Trusting(sameLedger.Key)).Verify(sameLedger.Bundle(i, checkpoint).ToJson());
            Assert.True(result.IsGenuine, $"leaf {i}: {result}");
        }
    }

    [Theory]
    [InlineData("assetName", "\"城市交通流量数据集 第4期 \"")]
    [InlineData("recordCount", "1000005")]
    [InlineData("valuation", "\"1234567.90\"")]
    public void a_bundle_with_one_altered_certificate_field_fails_with_its_reason(string field, string alteredJson)
    {
        var bundle = ledger.Bundle(4, ledger.Checkpoint(IssuedAt)).ToJsonObject();
        bundle["certificate"]![field] = JsonNode.Parse(alteredJson);

        var result = Verifier.Verify(bundle.ToJsonString());

        Assert.Equal(VerificationFailure.InclusionProofInvalid, result.Failure);
        Assert.Contains("The certificate is not in the ledger the checkpoint signs", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_certificate_with_an_added_field_fails()
    {
        var bundle = ledger.Bundle(4, ledger.Checkpoint(IssuedAt)).ToJsonObject();
        bundle["certificate"]!["note"] = "added";

        Assert.Equal(VerificationFailure.InclusionProofInvalid, Verifier.Verify(bundle.ToJsonString()).Failure);
    }

    [Fact]
    public void a_reordered_or_reindented_certificate_is_still_genuine()
    {
        var bundle = ledger.Bundle(4, ledger.Checkpoint(IssuedAt)).ToJsonObject();
        var certificate = bundle["certificate"]!.AsObject();
        var reversed = new JsonObject(certificate.Reverse().Select(m => KeyValuePair.Create(m.Key, m.Value?.DeepClone())));
        bundle["certificate"] = reversed;

        Assert.True(Verifier.Verify(bundle.ToJsonString()).IsGenuine);
    }

    [Theory]
    [InlineData("1000004.0")]
    [InlineData("1.000004e6")]
    [InlineData("1000004000e-3")]
    public void a_certificate_number_spelled_another_way_is_the_same_leaf(string spelling)
    {
        var json = ledger.Bundle(4, ledger.Checkpoint(IssuedAt)).ToJson();
        var respelled = json.Replace("\"recordCount\": 1000004", $"\"recordCount\": {spelling}", StringComparison.Ordinal);

        Assert.NotEqual(json, respelled);
        Assert.True(Verifier.Verify(respelled).IsGenuine);
    }

    [Fact]
    public void a_certificate_number_beyond_the_double_range_fails_as_having_no_canonical_form()
    {
        var json = ledger.Bundle(4, ledger.Checkpoint(IssuedAt)).ToJson();
        var result = Verifier.Verify(json.Replace("\"recordCount\": 1000004", "\"recordCount\": 1e400", StringComparison.Ordinal));

        Assert.Equal(VerificationFailure.MalformedDocument, result.Failure);
        Assert.Equal("The certificate has no canonical form, so it cannot be a leaf: The number 1e400 is outside the range of an IEEE 754 double (I-JSON, RFC 7493 §2.2).", result.Message);
    }

    [Fact]
    public void a_parsed_bundle_gives_out_copies_of_its_certificate()
    {
        var bundle = CertificateBundle.Parse(ledger.Bundle(4, ledger.Checkpoint(IssuedAt)).ToJson());
        var before = bundle.ToJson();

        bundle.Certificate["assetName"] = "altered";
        bundle.Certificate.Remove("holder");

        Assert.Equal(before, bundle.ToJson());
        Assert.True(Verifier.Verify(bundle).IsGenuine);
    }

    [Fact]
    public void a_bundle_claiming_another_leaf_index_fails()
    {
        var bundle = ledger.Bundle(4, ledger.Checkpoint(IssuedAt)).ToJsonObject();
        bundle["leafIndex"] = 5;

        Assert.Equal(VerificationFailure.InclusionProofInvalid, Verifier.Verify(bundle.ToJsonString()).Failure);
    }

    [Fact]
    public void an_inclusion_proof_for_another_tree_size_fails()
    {
        var proofAtSize5 = ledger.Bundle(2, ledger.Checkpoint(5, IssuedAt)).InclusionProof;
        var checkpointAtSize7 = ledger.Checkpoint(7, IssuedAt);
        var bundle = new CertificateBundle(ledger.Certificates[2], 2, proofAtSize5, checkpointAtSize7);

        var result = Verifier.Verify(bundle);

        Assert.Equal(VerificationFailure.InclusionProofInvalid, result.Failure);
    }

    [Fact]
    public void a_bundle_whose_checkpoint_was_signed_by_an_unknown_key_fails_with_that_reason()
    {
        var bundle = ledger.Bundle(1, ledger.Checkpoint(IssuedAt));

        var result = new BundleVerifier(TestKeys.Trusting(TestKeys.NewEcdsa())).Verify(bundle);

        Assert.Equal(VerificationFailure.UnknownKey, result.Failure);
    }

    [Fact]
    public void a_bundle_whose_checkpoint_was_issued_after_revocation_fails_and_one_issued_before_still_verifies()
    {
        var revokedAt = IssuedAt.AddDays(10);
        var keys = TestKeys.Trusting(TrustedKey.For(ledger.Key, TestKeys.Epoch, revokedAt: revokedAt));

        var before = new BundleVerifier(keys).Verify(ledger.Bundle(1, ledger.Checkpoint(revokedAt.AddDays(-1))));
        var after = new BundleVerifier(keys).Verify(ledger.Bundle(1, ledger.Checkpoint(revokedAt.AddDays(1))));

        Assert.True(before.IsGenuine, before.Message);
        Assert.Equal(VerificationFailure.KeyRevoked, after.Failure);
    }

    [Fact]
    public void a_bundle_whose_checkpoint_claims_a_larger_tree_fails_its_signature()
    {
        var bundle = ledger.Bundle(1, ledger.Checkpoint(IssuedAt)).ToJsonObject();
        bundle["checkpoint"]!["treeSize"] = 8;

        Assert.Equal(VerificationFailure.BadSignature, Verifier.Verify(bundle.ToJsonString()).Failure);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"certificate":{},"leafIndex":0,"inclusionProof":[]}""")]
    public void a_malformed_bundle_fails_as_malformed(string json)
    {
        Assert.Equal(VerificationFailure.MalformedDocument, Verifier.Verify(json).Failure);
    }

    [Fact]
    public void a_certificate_value_that_is_not_valid_unicode_fails_as_malformed_rather_than_throwing()
    {
        var bundle = ledger.Bundle(2, ledger.Checkpoint(IssuedAt)).ToJsonObject();
        bundle["certificate"]!["assetName"] = "LONE";
        var json = bundle.ToJsonString().Replace("LONE", "\\ud800", StringComparison.Ordinal);

        var result = Verifier.Verify(json);

        Assert.Equal(VerificationFailure.MalformedDocument, result.Failure);
        Assert.Contains("not valid Unicode", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("registry")]
    [InlineData("algorithm")]
    [InlineData("keyId")]
    public void a_checkpoint_with_an_empty_name_fails_as_malformed_rather_than_throwing(string member)
    {
        var bundle = ledger.Bundle(2, ledger.Checkpoint(IssuedAt)).ToJsonObject();
        bundle["checkpoint"]![member] = "";

        var result = Verifier.Verify(bundle.ToJsonString());

        Assert.Equal(VerificationFailure.MalformedDocument, result.Failure);
        Assert.Contains(member, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_bundle_with_an_unknown_member_fails_as_malformed()
    {
        var bundle = ledger.Bundle(1, ledger.Checkpoint(IssuedAt)).ToJsonObject();
        bundle["comment"] = "trust me";

        Assert.Equal(VerificationFailure.MalformedDocument, Verifier.Verify(bundle.ToJsonString()).Failure);
    }

    [Fact]
    public void a_bundle_survives_its_json_unchanged()
    {
        var bundle = ledger.Bundle(3, ledger.Checkpoint(IssuedAt));

        Assert.Equal(bundle.ToJson(), CertificateBundle.Parse(bundle.ToJson()).ToJson());
    }

    [Fact]
    public void the_builder_refuses_a_certificate_that_is_not_the_leaf_at_its_index()
    {
        var checkpoint = ledger.Checkpoint(IssuedAt);

        Assert.Throws<ArgumentException>(() => BundleBuilder.Build(ledger.Certificates[2], 3, checkpoint, i => ledger.LeafHashes[(int)i]));
    }

    [Fact]
    public void the_builder_refuses_a_checkpoint_of_another_ledger()
    {
        var otherCheckpoint = new TestLedger(ledger.Key, 9).Checkpoint(IssuedAt);
        var certificate = TestLedger.Certificate(0);

        Assert.Throws<ArgumentException>(() => BundleBuilder.Build(certificate, 0, otherCheckpoint, i => i == 0 ? ledger.LeafHashes[0] : ledger.Hasher.LeafHash([1])));
    }

    [Fact]
    public void the_builder_refuses_a_certificate_with_a_fractional_number()
    {
        var certificate = TestLedger.Certificate(0);
        certificate["valuation"] = 1234567.89;
        var hashes = new[] { CertificateLeaf.Hash(ledger.Hasher, certificate) };
        var checkpoint = new CheckpointSigner(ledger.Key, TestLedger.Registry).Sign(1, hashes[0], IssuedAt);

        Assert.Throws<Verification.Canonical.CanonicalJsonException>(() => BundleBuilder.Build(certificate, 0, checkpoint, i => hashes[i]));
    }
}
