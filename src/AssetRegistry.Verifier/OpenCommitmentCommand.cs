using AssetRegistry.Verification.Canonical;
using AssetRegistry.Verification.Commitments;
using AssetRegistry.Verification.Crypto;

namespace AssetRegistry.Verifier;

/// <summary><c>open-commitment VALUE SALT COMMITMENT [--algorithm SM3]</c>: is VALUE what was committed to?</summary>
internal static class OpenCommitmentCommand
{
    public const string Usage = "open-commitment VALUE SALT COMMITMENT [--algorithm SHA-256|SM3]   (SALT and COMMITMENT in base64)";

    public static int Run(IEnumerable<string> args, TextWriter stdout)
    {
        var arguments = CommandArguments.Parse(args, 3, "algorithm");
        var algorithm = arguments.Option("algorithm") ?? HashFunction.Sha256.Name;
        if (!HashFunction.TryFromName(algorithm, out var hash))
        {
            throw new UsageException($"Unknown --algorithm {algorithm}; use SHA-256 or SM3.");
        }

        var (value, saltText, commitmentText) = (arguments.Positionals[0], arguments.Positionals[1], arguments.Positionals[2]);
        if (!StrictBase64.TryDecode(saltText, out var salt) || salt.Length != SaltedCommitment.SaltLength)
        {
            throw new UsageException($"SALT must be {SaltedCommitment.SaltLength} bytes in base64.");
        }

        if (!StrictBase64.TryDecode(commitmentText, out var commitment) || commitment.Length != hash.Length)
        {
            throw new UsageException($"COMMITMENT must be {hash.Length} bytes in base64.");
        }

        if (SaltedCommitment.Opens(value, salt, commitment, hash))
        {
            stdout.WriteLine("opens");
            return ExitCodes.Verified;
        }

        stdout.WriteLine($"failed: the value and salt do not open this {hash.Name} commitment.");
        return ExitCodes.Failed;
    }
}
