namespace AssetRegistry.Verification.Tests.Identifiers;

/// <summary>Writes ASCII text the way a Chinese input method in full-width mode would.</summary>
internal static class FullWidth
{
    public static string Of(string ascii) =>
        string.Concat(ascii.Select(c => c switch
        {
            ' ' => '\u3000',
            >= '!' and <= '~' => (char)(c + 0xFEE0),
            _ => c,
        }));
}
