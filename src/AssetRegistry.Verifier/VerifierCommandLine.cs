namespace AssetRegistry.Verifier;

/// <summary>The entry point, callable in-process: picks the command and turns usage errors into exit code 2.</summary>
internal static class VerifierCommandLine
{
    private static readonly string UsageText = string.Join(
        Environment.NewLine,
        "usage: asset-registry-verify COMMAND ...",
        $"  {VerifyCommand.Usage}",
        $"  {ConsistencyCommand.Usage}",
        $"  {OpenCommitmentCommand.Usage}",
        "exit codes: 0 verified, 1 failed (stdout says what), 2 bad arguments or unusable input files");

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            var rest = args.Skip(1);
            if (args.FirstOrDefault() is "help" or "--help" or "-h")
            {
                stdout.WriteLine(UsageText);
                return ExitCodes.Verified;
            }

            return args.FirstOrDefault() switch
            {
                "verify" => VerifyCommand.Run(rest, stdout),
                "consistency" => ConsistencyCommand.Run(rest, stdout, stderr),
                "open-commitment" => OpenCommitmentCommand.Run(rest, stdout),
                null => throw new UsageException("No command given."),
                var other => throw new UsageException($"Unknown command \"{other}\"."),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            stderr.WriteLine(UsageText);
            return ExitCodes.Usage;
        }
    }
}
