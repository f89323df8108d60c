using AssetRegistry.Verification;
using AssetRegistry.Verification.Checkpoints;

namespace AssetRegistry.Verifier;

/// <summary>Reading the files the commands are given; what cannot be read at all is a usage error.</summary>
internal static class InputFiles
{
    public static string ReadText(string path)
    {
        try
        {
            // ReadAllText drops a UTF-8 byte order mark, which editors on Windows like to add.
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"Cannot read {path}: {e.Message}");
        }
    }

    /// <summary>A keys file that cannot be trusted as written is a setup problem, not a verdict on the evidence.</summary>
    public static TrustedKeys ReadKeys(string path)
    {
        try
        {
            return TrustedKeys.Parse(ReadText(path));
        }
        catch (LedgerFormatException e)
        {
            throw new UsageException($"The keys file {path} is not usable: {e.Message}");
        }
    }
}
