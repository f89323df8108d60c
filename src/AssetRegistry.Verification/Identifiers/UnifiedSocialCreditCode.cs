using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace AssetRegistry.Verification.Identifiers;

/// <summary>
/// A unified social credit code (统一社会信用代码) of a legal person or other organisation, per GB 32100-2015.
/// </summary>
/// <remarks>
/// Layout (GB 32100-2015): 1 registration authority, 2 organisation category,
/// 3–8 administrative division of the registering authority (GB/T 2260), 9–17 the organisation's
/// subject identifier (GB 11714), 18 check character. Characters 1, 2 and 9–17 are only checked
/// against the character set: the code lists for positions 1–2 grow over time and a registry must not
/// refuse a code the issuing authority has handed out.
/// </remarks>
public sealed record UnifiedSocialCreditCode
{
    private const int CodeLength = 18;
    private const int CheckPosition = 18;
    private const int DivisionStart = 3;
    private const int DivisionEnd = 8;

    // GB 32100-2015 character set: digits and capital letters except I, O, S, V and Z, which are
    // too easily confused with 1, 0, 5, U and 2. A character's value is its index here.
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private const string UnusedLetters = "IOSVZ";

    // GB 32100-2015 check character weights for positions 1–17: 3^(i−1) mod 31.
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private UnifiedSocialCreditCode(string value) => Value = value;

    /// <summary>The canonical 18 characters.</summary>
    public string Value { get; }

    public static bool TryParse(
        string? text,
        [NotNullWhen(true)] out UnifiedSocialCreditCode? value,
        [NotNullWhen(false)] out IdentifierError? error)
    {
        var folded = IdentifierText.Fold(text ?? string.Empty);
        error = FindError(folded);
        value = error is null ? new UnifiedSocialCreditCode(folded) : null;
        return value is not null;
    }

    public static UnifiedSocialCreditCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var value, out var error) ? value : throw new IdentifierFormatException(error);
    }

    public override string ToString() => Value;

    private static IdentifierError? FindError(string folded)
    {
        if (folded.Length == 0)
        {
            return new(IdentifierErrorKind.Empty, "No unified social credit code was given.");
        }

        if (folded.Length != CodeLength)
        {
            return new(
                IdentifierErrorKind.Length,
                string.Create(CultureInfo.InvariantCulture, $"A unified social credit code has {CodeLength} characters; this has {folded.Length}."));
        }

        for (var i = 0; i < folded.Length; i++)
        {
            var position = i + 1;
            var c = folded[i];
            if (position is >= DivisionStart and <= DivisionEnd && !char.IsAsciiDigit(c))
            {
                return new(
                    IdentifierErrorKind.Character,
                    string.Create(CultureInfo.InvariantCulture, $"Character {IdentifierText.Describe(c)} at position {position} is not allowed: characters {DivisionStart} to {DivisionEnd} of a unified social credit code are an administrative division code and must be digits."),
                    position);
            }

            if (!Alphabet.Contains(c, StringComparison.Ordinal))
            {
                var hint = UnusedLetters.Contains(c, StringComparison.Ordinal)
                    ? " The letters I, O, S, V and Z are never used."
                    : string.Empty;
                return new(
                    IdentifierErrorKind.Character,
                    string.Create(CultureInfo.InvariantCulture, $"Character {IdentifierText.Describe(c)} at position {position} is not allowed in a unified social credit code.{hint}"),
                    position);
            }
        }

        // The expected check character is deliberately not shown: a clerk who "corrects" it
        // turns a caught typo into a wrong code that passes every check.
        return folded[CheckPosition - 1] == CheckCharacterFor(folded.AsSpan(0, CodeLength - 1))
            ? null
            : new(
                IdentifierErrorKind.Check,
                string.Create(CultureInfo.InvariantCulture, $"The check character at position {CheckPosition} does not match the first {CheckPosition - 1} characters; one of them is probably mistyped."),
                CheckPosition);
    }

    // GB 32100-2015: C18 = 31 − (Σ Ci × Wi mod 31), where the result 31 is written as 0.
    private static char CheckCharacterFor(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }

        var check = Alphabet.Length - (sum % Alphabet.Length);
        return Alphabet[check == Alphabet.Length ? 0 : check];
    }
}
