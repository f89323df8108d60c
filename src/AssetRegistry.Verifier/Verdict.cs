using AssetRegistry.Verification.Checkpoints;

namespace AssetRegistry.Verifier;

/// <summary>How a result is printed: one line, either the success word or <c>failed: CODE: sentence</c>.</summary>
internal static class Verdict
{
    public static int Report(VerificationResult result, string successWord, TextWriter stdout)
    {
        if (result.IsGenuine)
        {
            stdout.WriteLine(successWord);
            return ExitCodes.Verified;
        }

        stdout.WriteLine($"failed: {result.Failure}: {result.Message}");
        return ExitCodes.Failed;
    }
}
