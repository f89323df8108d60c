using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Tests.Support;

namespace AssetRegistry.Verification.Tests.Verifier;

public sealed class VerifyCommandTests : IDisposable
{
    private readonly TemporaryFolder folder = new();
    private readonly TestLedger ledger = new(TestKeys.NewEcdsa(), 5);

    public void Dispose() => folder.Dispose();

    private string Keys(params TrustedKey[] keys) => folder.Write("keys.json", TestKeys.Trusting(keys).ToJson());

    private string Bundle(DateTimeOffset issuedAt) => folder.Write("bundle.json", ledger.Bundle(3, ledger.Checkpoint(issuedAt)).ToJson());

    [Fact]
    public void a_genuine_bundle_prints_genuine_and_exits_0()
    {
        var run = CommandLineRun.Of("verify", Bundle(TestKeys.Epoch.AddDays(1)), "--keys", Keys(TrustedKey.For(ledger.Key, TestKeys.Epoch)));

        Assert.Equal((0, "genuine"), (run.ExitCode, run.Stdout));
    }

    [Fact]
    public void a_bundle_file_with_a_byte_order_mark_is_malformed_and_exits_1()
    {
        var path = Bundle(TestKeys.Epoch.AddDays(1));
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(path)]);

        var run = CommandLineRun.Of("verify", path, "--keys", Keys(TrustedKey.For(ledger.Key, TestKeys.Epoch)));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("failed: MalformedDocument: The bundle begins with a byte order mark", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void a_byte_that_is_not_utf8_is_malformed_not_decoded_loosely()
    {
        // One character's three bytes replaced by 0xFF, which a loose reader would take for U+FFFD.
        var path = Bundle(TestKeys.Epoch.AddDays(1));
        var bytes = File.ReadAllBytes(path);
        var at = bytes.AsSpan().IndexOf("期"u8);
        File.WriteAllBytes(path, [.. bytes[..at], 0xFF, .. bytes[(at + 3)..]]);

        var run = CommandLineRun.Of("verify", path, "--keys", Keys(TrustedKey.For(ledger.Key, TestKeys.Epoch)));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"failed: MalformedDocument: The bundle is not UTF-8: the byte at offset {at} (0xFF)", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void a_keys_file_with_a_byte_order_mark_is_unusable_and_exits_2()
    {
        var keys = Keys(TrustedKey.For(ledger.Key, TestKeys.Epoch));
        File.WriteAllBytes(keys, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(keys)]);

        var run = CommandLineRun.Of("verify", Bundle(TestKeys.Epoch.AddDays(1)), "--keys", keys);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("byte order mark", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void options_may_come_before_the_bundle()
    {
        var run = CommandLineRun.Of("verify", "--keys", Keys(TrustedKey.For(ledger.Key, TestKeys.Epoch)), Bundle(TestKeys.Epoch.AddDays(1)));

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void an_altered_certificate_prints_what_failed_and_exits_1()
    {
        var bundle = File.ReadAllText(Bundle(TestKeys.Epoch.AddDays(1))).Replace("1234567.89", "9234567.89", StringComparison.Ordinal);

        var run = CommandLineRun.Of("verify", folder.Write("altered.json", bundle), "--keys", Keys(TrustedKey.For(ledger.Key, TestKeys.Epoch)));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("failed: InclusionProofInvalid: The certificate is not in the ledger the checkpoint signs", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void a_checkpoint_issued_after_revocation_prints_key_revoked_and_exits_1()
    {
        var keys = Keys(TrustedKey.For(ledger.Key, TestKeys.Epoch, revokedAt: TestKeys.Epoch.AddDays(10)));

        var run = CommandLineRun.Of("verify", Bundle(TestKeys.Epoch.AddDays(11)), "--keys", keys);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("failed: KeyRevoked: The checkpoint was issued at 2026-01-12T00:00:00.000000Z", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void a_bundle_signed_by_an_unknown_key_prints_unknown_key_and_exits_1()
    {
        var run = CommandLineRun.Of("verify", Bundle(TestKeys.Epoch.AddDays(1)), "--keys", Keys(TrustedKey.For(TestKeys.NewEcdsa(), TestKeys.Epoch)));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("failed: UnknownKey:", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void a_malformed_bundle_exits_1_as_malformed()
    {
        var run = CommandLineRun.Of("verify", folder.Write("bundle.json", "{}"), "--keys", Keys(TrustedKey.For(ledger.Key, TestKeys.Epoch)));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("failed: MalformedDocument:", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void verify_without_keys_is_a_usage_error()
    {
        var run = CommandLineRun.Of("verify", Bundle(TestKeys.Epoch.AddDays(1)));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("verify needs --keys", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("usage: asset-registry-verify", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void a_missing_bundle_file_is_a_usage_error()
    {
        var run = CommandLineRun.Of("verify", Path.Combine(folder.Path, "nothing.json"), "--keys", Keys(TrustedKey.For(ledger.Key, TestKeys.Epoch)));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Cannot read", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void a_keys_file_with_a_wrong_key_id_is_a_usage_error_not_a_verdict()
    {
        var keys = File.ReadAllText(Keys(TrustedKey.For(ledger.Key, TestKeys.Epoch))).Replace(ledger.Key.KeyId, new string('a', 64), StringComparison.Ordinal);

        var run = CommandLineRun.Of("verify", Bundle(TestKeys.Epoch.AddDays(1)), "--keys", folder.Write("keys.json", keys));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is not usable", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stdout);
    }
}
