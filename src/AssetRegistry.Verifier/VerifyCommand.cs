using AssetRegistry.Verification.Bundles;

namespace AssetRegistry.Verifier;

/// <summary><c>verify BUNDLE.json --keys KEYS.json</c>: is this certificate genuine?</summary>
internal static class VerifyCommand
{
    public const string Usage = "verify BUNDLE.json --keys KEYS.json";

    public static int Run(IEnumerable<string> args, TextWriter stdout)
    {
        var arguments = CommandArguments.Parse(args, 1, "keys");
        var keysPath = arguments.Option("keys") ?? throw new UsageException("verify needs --keys KEYS.json: a bundle is only as good as the keys it is checked against.");
        var keys = InputFiles.ReadKeys(keysPath);
        var result = new BundleVerifier(keys).Verify(InputFiles.ReadBytes(arguments.Positionals[0]));
        return Verdict.Report(result, "genuine", stdout);
    }
}
