using System.Diagnostics.CodeAnalysis;

namespace AssetRegistry.Documents;

/// <summary>
/// A document's identity: the SHA-256 of its bytes, written as 64 lowercase hexadecimal digits. Parsing
/// accepts either case, so that a fingerprint copied from any tool names the same document.
/// </summary>
public sealed record Sha256Fingerprint
{
    public const int HexLength = 64;

    private Sha256Fingerprint(string value) => Value = value;

    /// <summary>64 lowercase hexadecimal digits.</summary>
    public string Value { get; }

    /// <summary>The value as an HTTP entity tag: a document never changes, so its fingerprint is its version.</summary>
    public string ETag => $"\"{Value}\"";

    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Sha256Fingerprint? fingerprint)
    {
        fingerprint = null;
        if (text is null || text.Length != HexLength || !text.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        fingerprint = new Sha256Fingerprint(text.ToLowerInvariant());
        return true;
    }

    /// <summary>The fingerprint of a computed hash (32 bytes).</summary>
    public static Sha256Fingerprint Of(ReadOnlySpan<byte> hash)
    {
        if (hash.Length != HexLength / 2)
        {
            throw new ArgumentException($"A SHA-256 hash has {HexLength / 2} bytes, not {hash.Length}.", nameof(hash));
        }

        return new Sha256Fingerprint(Convert.ToHexStringLower(hash));
    }

    public override string ToString() => Value;
}
