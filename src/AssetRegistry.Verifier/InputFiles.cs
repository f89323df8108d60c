using AssetRegistry.Verification;
using AssetRegistry.Verification.Checkpoints;

namespace AssetRegistry.Verifier;

/// <summary>Reading the files the commands are given; what cannot be read at all is a usage error.</summary>
internal static class InputFiles
{
    /// <summary>
    /// The file's bytes as they are: the library reads them strictly (docs/ledger.md §2). Decoding here would drop a
    /// byte order mark and replace bytes that are not UTF-8, so that other text than the file holds could verify.
    /// </summary>
    public static byte[] ReadBytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
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
            return TrustedKeys.Parse(ReadBytes(path));
        }
        catch (LedgerFormatException e)
        {
            throw new UsageException($"The keys file {path} is not usable: {e.Message}");
        }
    }
}
