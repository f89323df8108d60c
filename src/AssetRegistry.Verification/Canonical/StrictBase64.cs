using System.Diagnostics.CodeAnalysis;

namespace AssetRegistry.Verification.Canonical;

/// <summary>
/// Base64 as RFC 4648 §4 (standard alphabet, with padding), and only its one canonical spelling:
/// no whitespace, no line breaks, zero pad bits (§3.5). A hash or signature then has exactly one
/// text form, so signed JSON that carries it has exactly one canonical form too.
/// </summary>
public static class StrictBase64
{
    public static string Encode(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(bytes);

    public static bool TryDecode(string? text, [NotNullWhen(true)] out byte[]? bytes)
    {
        bytes = null;
        if (text is null)
        {
            return false;
        }

        var buffer = new byte[(text.Length / 4 * 3) + 3];
        if (!Convert.TryFromBase64String(text, buffer, out var written)
            || !string.Equals(Convert.ToBase64String(buffer.AsSpan(0, written)), text, StringComparison.Ordinal))
        {
            return false;
        }

        bytes = buffer[..written];
        return true;
    }
}
