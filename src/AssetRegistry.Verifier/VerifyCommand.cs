using AssetRegistry.Verification.Bundles;

namespace AssetRegistry.Verifier;

/// <summary><c>verify BUNDLE.json --keys KEYS.json</c>: is this certificate genuine? The file may be a C2SP tlog-proof instead (docs/ledger.md §14).</summary>
internal static class VerifyCommand
{
    public const string Usage = "verify BUNDLE.json --keys KEYS.json   (BUNDLE.json may be a CERTIFICATE.tlog-proof instead)";

    public static int Run(IEnumerable<string> args, TextWriter stdout)
    {
        var arguments = CommandArguments.Parse(args, 1, "keys");
        var keysPath = arguments.Option("keys") ?? throw new UsageException("verify needs --keys KEYS.json: a bundle is only as good as the keys it is checked against.");
        var keys = InputFiles.ReadKeys(keysPath);
        var result = new CertificateVerifier(keys).Verify(InputFiles.ReadBytes(arguments.Positionals[0]));
        return Verdict.Report(result, "genuine", stdout);
    }
}
