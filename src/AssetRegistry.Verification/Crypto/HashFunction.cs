namespace AssetRegistry.Verification.Crypto;

/// <summary>
/// One hash function of a profile. Every hash in the ledger — leaves, nodes, commitments, key ids — goes
/// through one of these, so swapping SHA-256 for SM3 swaps them all at once.
/// </summary>
public abstract class HashFunction
{
    public static HashFunction Sha256 { get; } = new Sha256HashFunction();

    public static HashFunction Sm3 { get; } = new Sm3HashFunction();

    private protected HashFunction()
    {
    }

    /// <summary>The name used in docs/ledger.md and on the command line: <c>SHA-256</c> or <c>SM3</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Digest length in bytes (32 for both SHA-256 and SM3).</summary>
    public abstract int Length { get; }

    public abstract void Hash(ReadOnlySpan<byte> data, Span<byte> destination);

    public byte[] Hash(ReadOnlySpan<byte> data)
    {
        var digest = new byte[Length];
        Hash(data, digest);
        return digest;
    }

    /// <summary>Finds a hash function by <see cref="Name"/>, case-insensitively (the CLI takes <c>sm3</c> too).</summary>
    public static bool TryFromName(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out HashFunction? hash)
    {
        hash = new[] { Sha256, Sm3 }.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase));
        return hash is not null;
    }

    public override string ToString() => Name;
}
