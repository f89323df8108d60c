using AssetRegistry.Verification.Commitments;
using AssetRegistry.Verification.Crypto;

namespace AssetRegistry.Verification.Tests.Verifier;

public class OpenCommitmentCommandTests
{
    private const string Value = "11010519491231002X";

    [Fact]
    public void the_right_value_and_salt_print_opens_and_exit_0()
    {
        var commitment = SaltedCommitment.Create(Value, HashFunction.Sha256);

        var run = CommandLineRun.Of("open-commitment", Value, commitment.SaltBase64, commitment.DigestBase64);

        Assert.Equal((0, "opens"), (run.ExitCode, run.Stdout));
    }

    [Fact]
    public void a_wrong_salt_prints_failed_and_exits_1()
    {
        var commitment = SaltedCommitment.Create(Value, HashFunction.Sha256);
        var otherSalt = SaltedCommitment.Create(Value, HashFunction.Sha256).SaltBase64;

        var run = CommandLineRun.Of("open-commitment", Value, otherSalt, commitment.DigestBase64);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("failed: the value and salt do not open this SHA-256 commitment.", run.Stdout);
    }

    [Fact]
    public void an_sm3_commitment_opens_with_algorithm_sm3()
    {
        var commitment = SaltedCommitment.Create(Value, HashFunction.Sm3);

        Assert.Equal(0, CommandLineRun.Of("open-commitment", Value, commitment.SaltBase64, commitment.DigestBase64, "--algorithm", "SM3").ExitCode);
        Assert.Equal(1, CommandLineRun.Of("open-commitment", Value, commitment.SaltBase64, commitment.DigestBase64).ExitCode);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAAA")]
    public void a_salt_that_is_not_32_bytes_of_base64_is_a_usage_error(string salt)
    {
        var commitment = SaltedCommitment.Create(Value, HashFunction.Sha256);

        var run = CommandLineRun.Of("open-commitment", Value, salt, commitment.DigestBase64);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("SALT must be 32 bytes in base64", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void an_unknown_algorithm_is_a_usage_error()
    {
        var commitment = SaltedCommitment.Create(Value, HashFunction.Sha256);

        Assert.Equal(2, CommandLineRun.Of("open-commitment", Value, commitment.SaltBase64, commitment.DigestBase64, "--algorithm", "MD5").ExitCode);
    }
}
