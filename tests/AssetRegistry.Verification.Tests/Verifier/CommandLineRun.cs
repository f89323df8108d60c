using AssetRegistry.Verifier;

namespace AssetRegistry.Verification.Tests.Verifier;

/// <summary>One in-process run of asset-registry-verify: its exit code and what it printed.</summary>
internal sealed record CommandLineRun(int ExitCode, string Stdout, string Stderr)
{
    public static CommandLineRun Of(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = VerifierCommandLine.Run(args, stdout, stderr);
        return new CommandLineRun(exitCode, stdout.ToString().Trim(), stderr.ToString().Trim());
    }
}
