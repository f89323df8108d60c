using AssetRegistry.Verification;
using AssetRegistry.Verification.Checkpoints;

namespace AssetRegistry.Verifier;

/// <summary><c>consistency OLD.json NEW.json PROOF.json [--keys KEYS.json]</c>: did the ledger only grow?</summary>
internal static class ConsistencyCommand
{
    public const string Usage = "consistency OLD.json NEW.json PROOF.json [--keys KEYS.json]";

    public static int Run(IEnumerable<string> args, TextWriter stdout, TextWriter stderr)
    {
        var arguments = CommandArguments.Parse(args, 3, "keys");
        var keysPath = arguments.Option("keys");
        var keys = keysPath is null ? null : InputFiles.ReadKeys(keysPath);
        var paths = arguments.Positionals;

        SignedCheckpoint older, newer;
        ConsistencyProof proof;
        try
        {
            older = SignedCheckpoint.Parse(InputFiles.ReadBytes(paths[0]));
            newer = SignedCheckpoint.Parse(InputFiles.ReadBytes(paths[1]));
            proof = ConsistencyProof.Parse(InputFiles.ReadBytes(paths[2]));
        }
        catch (LedgerFormatException e)
        {
            return Verdict.Report(VerificationResult.Failed(VerificationFailure.MalformedDocument, e.Message), "consistent", stdout);
        }

        var exitCode = Verdict.Report(new ConsistencyVerifier(keys).Verify(older, newer, proof), "consistent", stdout);
        if (keys is null)
        {
            stderr.WriteLine("note: the checkpoints' signatures were not checked; give --keys KEYS.json to check them.");
        }

        return exitCode;
    }
}
