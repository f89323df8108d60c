using System.Text;
using AssetRegistry.Verification.Bundles;
using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Tests.Support;

namespace AssetRegistry.Verification.Tests.Bundles;

/// <summary>A bundle file is judged on its bytes as they are (docs/ledger.md §2): one spelling per document, never a loose decoding.</summary>
public class StrictBundleBytesTests
{
    private readonly TestLedger ledger = new(TestKeys.NewEcdsa(), 3);

    private BundleVerifier Verifier => new(TestKeys.Trusting(ledger.Key));

    private string BundleText(int leafIndex = 1) => ledger.Bundle(leafIndex, ledger.Checkpoint(TestKeys.Epoch.AddDays(1))).ToJson();

    [Fact]
    public void the_bytes_of_a_genuine_bundle_are_genuine()
    {
        Assert.True(Verifier.Verify(Encoding.UTF8.GetBytes(BundleText())).IsGenuine);
    }

    [Fact]
    public void a_byte_order_mark_is_a_malformed_bundle_as_bytes_and_as_text()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(BundleText())];

        var asBytes = Verifier.Verify(bytes);
        var asText = Verifier.Verify("\uFEFF" + BundleText());

        Assert.Equal(VerificationFailure.MalformedDocument, asBytes.Failure);
        Assert.Contains("byte order mark", asBytes.Message, StringComparison.Ordinal);
        Assert.Equal((asBytes.Failure, asBytes.Message), (asText.Failure, asText.Message));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xE5, 0x9F })]
    public void bytes_that_are_not_utf8_are_a_malformed_bundle_named_by_their_offset(byte[] invalid)
    {
        var text = Encoding.UTF8.GetBytes(BundleText());
        var at = text.AsSpan().IndexOf("城市"u8);
        byte[] bytes = [.. text[..at], .. invalid, .. text[at..]];

        var result = Verifier.Verify(bytes);

        Assert.Equal(VerificationFailure.MalformedDocument, result.Failure);
        Assert.Contains($"not UTF-8: the byte at offset {at} ", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-0")]
    [InlineData("0.0")]
    [InlineData("0e0")]
    [InlineData("0E+0")]
    public void a_leaf_index_spelled_otherwise_than_in_digits_is_malformed(string spelling)
    {
        var text = BundleText(leafIndex: 0);
        Assert.Contains("\"leafIndex\": 0,", text, StringComparison.Ordinal);

        var result = Verifier.Verify(text.Replace("\"leafIndex\": 0,", $"\"leafIndex\": {spelling},", StringComparison.Ordinal));

        Assert.Equal(VerificationFailure.MalformedDocument, result.Failure);
        Assert.Contains("\"leafIndex\"", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_tree_size_written_with_a_fraction_is_malformed_not_a_bad_signature()
    {
        var text = ledger.Bundle(0, ledger.Checkpoint(1, TestKeys.Epoch.AddDays(1))).ToJson();

        var result = Verifier.Verify(text.Replace("\"treeSize\": 1,", "\"treeSize\": 1.0,", StringComparison.Ordinal));

        Assert.Equal(VerificationFailure.MalformedDocument, result.Failure);
    }

    [Theory]
    [InlineData("upper")]
    [InlineData("short")]
    [InlineData("long")]
    [InlineData("not hex")]
    public void a_malformed_key_id_is_a_malformed_checkpoint_not_an_unknown_key(string how)
    {
        var text = BundleText();
        var keyId = ledger.Key.KeyId;
        var malformed = how switch
        {
            "upper" => keyId.ToUpperInvariant(),
            "short" => keyId[..63],
            "long" => keyId + "0",
            _ => "g" + keyId[1..],
        };

        var result = Verifier.Verify(text.Replace(keyId, malformed, StringComparison.Ordinal));

        Assert.Equal(VerificationFailure.MalformedDocument, result.Failure);
        Assert.Contains("\"keyId\" must be a key id: 64 lowercase hex digits", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_well_formed_key_id_of_no_trusted_key_is_an_unknown_key()
    {
        var result = Verifier.Verify(BundleText().Replace(ledger.Key.KeyId, new string('a', 64), StringComparison.Ordinal));

        Assert.Equal(VerificationFailure.UnknownKey, result.Failure);
    }

    [Fact]
    public void a_lone_surrogate_in_the_checkpoint_is_malformed_not_an_exception()
    {
        var text = BundleText().Replace($"\"registry\": \"{TestLedger.Registry}\"", "\"registry\": \"\\ud800\"", StringComparison.Ordinal);

        var result = Verifier.Verify(Encoding.UTF8.GetBytes(text));

        Assert.Equal(VerificationFailure.MalformedDocument, result.Failure);
    }
}
