using System.Globalization;
using System.Text;
using AssetRegistry.Infrastructure.Http;

namespace AssetRegistry.Parties;

/// <summary>
/// A party's legal name as a clerk records it from a licence or an ID: text that shows what it says. Control characters,
/// bidirectional controls (which make a name display as another, "Trojan Source") and names made only of blank or
/// invisible characters are refused, since the name goes on the register and on certificates.
/// </summary>
public static class PartyNames
{
    public const int MaxLength = 200;

    /// <summary>The trimmed name, or null with the faults added under <paramref name="field"/>.</summary>
    public static string? Validate(string? name, string field, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (!errors.RequireText(name, field, MaxLength))
        {
            return null;
        }

        var visible = false;
        foreach (var rune in name!.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                errors.Add(field, Refusals.NameControlCharacter, ("codePoint", $"{rune.Value:X4}"));
                return null;
            }

            if (IsBidiControl(rune.Value))
            {
                errors.Add(field, Refusals.NameBidiControl, ("codePoint", $"{rune.Value:X4}"));
                return null;
            }

            visible |= !IsInvisible(rune, category);
        }

        if (!visible)
        {
            errors.Add(field, Refusals.NameInvisible);
            return null;
        }

        return name.Trim();
    }

    /// <summary>The embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the marks LRM, RLM and ALM.</summary>
    public static bool IsBidiControl(int codePoint) =>
        codePoint is (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) or 0x200E or 0x200F or 0x061C;

    // Format characters (zero-width spaces and joiners, the BOM, soft hyphens) and the fillers that render as nothing.
    private static bool IsInvisible(Rune rune, UnicodeCategory category) =>
        Rune.IsWhiteSpace(rune) || category == UnicodeCategory.Format
        || rune.Value is 0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800 or 0x034F or 0x180E;
}
