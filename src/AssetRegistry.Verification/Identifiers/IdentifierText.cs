using System.Globalization;

namespace AssetRegistry.Verification.Identifiers;

/// <summary>
/// The one normalisation every identifier parser applies before looking at the text.
/// </summary>
public static class IdentifierText
{
    // Chinese input methods type full-width forms (ＡＢＣ１２３) and the ideographic space;
    // a clerk copying a code from a scanned certificate or a Word table often brings them
    // along. They mean the same characters, so they must not make a code look invalid.
    private const char FirstFullWidthForm = '\uFF01';
    private const char LastFullWidthForm = '\uFF5E';
    private const int FullWidthToAsciiOffset = FirstFullWidthForm - '!';
    private const char IdeographicSpace = '\u3000';

    /// <summary>
    /// Folds full-width forms U+FF01–U+FF5E to ASCII U+0021–U+007E and U+3000 to a space,
    /// upper-cases ASCII letters, and trims surrounding white space.
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        return string.Create(text.Length, text, static (folded, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                folded[i] = FoldCharacter(source[i]);
            }
        }).Trim();
    }

    private static char FoldCharacter(char c)
    {
        if (c is >= FirstFullWidthForm and <= LastFullWidthForm)
        {
            c = (char)(c - FullWidthToAsciiOffset);
        }
        else if (c == IdeographicSpace)
        {
            c = ' ';
        }

        return char.IsAsciiLetterLower(c) ? (char)(c - ('a' - 'A')) : c;
    }

    /// <summary>How a character is shown in an error message: itself if printable, else its code point.</summary>
    internal static string Describe(char c) =>
        char.IsControl(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c)
            ? string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}")
            : string.Create(CultureInfo.InvariantCulture, $"'{c}'");
}
