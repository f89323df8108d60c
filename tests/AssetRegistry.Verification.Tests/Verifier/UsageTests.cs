namespace AssetRegistry.Verification.Tests.Verifier;

public class UsageTests
{
    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    [InlineData("verify", "--colour", "red", "bundle.json")]
    [InlineData("verify", "bundle.json", "--keys")]
    [InlineData("verify", "bundle.json", "--keys", "a.json", "--keys", "b.json")]
    public void bad_arguments_print_the_usage_and_exit_2(params string[] args)
    {
        var run = CommandLineRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("usage: asset-registry-verify COMMAND", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public void the_verifier_is_built_as_asset_registry_verify()
    {
        Assert.Equal("asset-registry-verify", typeof(AssetRegistry.Verifier.VerifierCommandLine).Assembly.GetName().Name);
    }

    [Fact]
    public void help_prints_the_usage_and_exits_0()
    {
        var run = CommandLineRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("verify BUNDLE.json --keys KEYS.json", run.Stdout, StringComparison.Ordinal);
    }
}
