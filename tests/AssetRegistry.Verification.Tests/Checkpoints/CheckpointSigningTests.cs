using System.Text;
using System.Text.Json.Nodes;
using AssetRegistry.Verification.Canonical;
using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Tests.Support;

namespace AssetRegistry.Verification.Tests.Checkpoints;

public class CheckpointSigningTests
{
    private static readonly DateTimeOffset IssuedAt = TestKeys.Epoch.AddDays(30).AddTicks(1_234_567);

    [Theory]
    [MemberData(nameof(TestKeys.Algorithms), MemberType = typeof(TestKeys))]
    public void a_signed_checkpoint_verifies_under_the_profile_it_names(string algorithm)
    {
        var key = TestKeys.New(algorithm);
        var checkpoint = new TestLedger(key, 5).Checkpoint(IssuedAt);

        Assert.Equal(algorithm, checkpoint.Body.Algorithm);
        Assert.Equal(key.KeyId, checkpoint.Body.KeyId);
        Assert.True(new CheckpointVerifier(TestKeys.Trusting(key)).Verify(checkpoint).IsGenuine);
    }

    [Fact]
    public void the_signing_input_is_the_canonical_json_of_the_checkpoint_without_its_signature()
    {
        var checkpoint = new TestLedger(TestKeys.NewEcdsa(), 3).Checkpoint(IssuedAt);
        var json = checkpoint.ToJsonObject();
        json.Remove("signature");

        Assert.Equal(JsonCanonicalizer.Canonicalize(json), checkpoint.Body.SigningInput());
        Assert.StartsWith("{\"algorithm\":\"ECDSA-P256-SHA256\",\"issuedAt\":\"2026-01-31T00:00:00.123456Z\",\"keyId\":\"", Encoding.UTF8.GetString(checkpoint.Body.SigningInput()), StringComparison.Ordinal);
    }

    [Fact]
    public void a_checkpoint_survives_its_json_unchanged()
    {
        var checkpoint = new TestLedger(TestKeys.NewEcdsa(), 3).Checkpoint(IssuedAt);

        var read = SignedCheckpoint.Parse(checkpoint.ToJson());

        Assert.Equal(checkpoint.Body.SigningInput(), read.Body.SigningInput());
        Assert.Equal(checkpoint.Signature.ToArray(), read.Signature.ToArray());
    }

    [Theory]
    [InlineData("treeSize", "4")]
    [InlineData("registry", "\"another-registry\"")]
    [InlineData("issuedAt", "\"2026-01-31T00:00:00.123457Z\"")]
    [InlineData("rootHash", "\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"")]
    public void a_checkpoint_with_any_member_altered_fails_its_signature(string member, string alteredJson)
    {
        var key = TestKeys.NewEcdsa();
        var json = new TestLedger(key, 3).Checkpoint(IssuedAt).ToJsonObject();
        json[member] = JsonNode.Parse(alteredJson);

        var result = new CheckpointVerifier(TestKeys.Trusting(key)).Verify(SignedCheckpoint.Parse(json.ToJsonString()));

        Assert.Equal(VerificationFailure.BadSignature, result.Failure);
    }

    [Theory]
    [InlineData("""{"registry":"r","treeSize":1,"rootHash":"AA==","issuedAt":"2026-01-01T00:00:00.000000Z","keyId":"k","algorithm":"a"}""")]
    [InlineData("""{"registry":"r","treeSize":1,"rootHash":"AA==","issuedAt":"2026-01-01T00:00:00.000000Z","keyId":"k","algorithm":"a","signature":"AA==","note":"x"}""")]
    [InlineData("""{"registry":"r","treeSize":1.0,"rootHash":"AA==","issuedAt":"2026-01-01T00:00:00.000000Z","keyId":"k","algorithm":"a","signature":"AA=="}""")]
    [InlineData("""{"registry":"r","treeSize":-1,"rootHash":"AA==","issuedAt":"2026-01-01T00:00:00.000000Z","keyId":"k","algorithm":"a","signature":"AA=="}""")]
    [InlineData("""{"registry":"r","treeSize":1,"rootHash":"AA==","issuedAt":"2026-01-01T00:00:00Z","keyId":"k","algorithm":"a","signature":"AA=="}""")]
    [InlineData("""{"registry":"r","treeSize":1,"rootHash":"AA","issuedAt":"2026-01-01T00:00:00.000000Z","keyId":"k","algorithm":"a","signature":"AA=="}""")]
    [InlineData("""{"registry":"r","registry":"s","treeSize":1,"rootHash":"AA==","issuedAt":"2026-01-01T00:00:00.000000Z","keyId":"k","algorithm":"a","signature":"AA=="}""")]
    public void a_checkpoint_not_in_its_one_form_is_refused(string json)
    {
        Assert.Throws<LedgerFormatException>(() => SignedCheckpoint.Parse(json));
    }

    [Fact]
    public void a_checkpoint_naming_an_unknown_algorithm_fails_with_that_reason()
    {
        var key = TestKeys.NewEcdsa();
        var json = new TestLedger(key, 3).Checkpoint(IssuedAt).ToJsonObject();
        json["algorithm"] = "RSA-PSS-SHA256";

        var result = new CheckpointVerifier(TestKeys.Trusting(key)).Verify(SignedCheckpoint.Parse(json.ToJsonString()));

        Assert.Equal(VerificationFailure.UnsupportedAlgorithm, result.Failure);
    }
}
