using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace AssetRegistry.Verification.Identifiers;

/// <summary>
/// A citizen identity number (公民身份号码, printed on the resident identity card), per GB 11643-1999.
/// </summary>
/// <remarks>
/// Layout: 1–6 administrative division of the holder's residence at registration, 7–14 date of birth
/// (YYYYMMDD), 15–17 sequence number (odd for men, even for women), 18 ISO 7064 MOD 11-2 check character.
/// The number is personal information under the Personal Information Protection Law (个人信息保护法),
/// so <see cref="ToString"/> returns the <see cref="Masked"/> form to keep it out of logs, and error
/// messages never repeat it. Read <see cref="Value"/> only where the full number is needed.
/// </remarks>
public sealed record ResidentIdNumber
{
    private const int NumberLength = 18;
    private const int CheckPosition = 18;
    private const int BirthDateStart = 7;
    private const int BirthDateLength = 8;
    private const int EarliestBirthYear = 1900;

    // Masking keeps the division code (where, not who) and the last four characters, which are
    // what people quote to tell their own numbers apart.
    private const int VisibleStart = 6;
    private const int VisibleEnd = 4;

    private ResidentIdNumber(string value) => Value = value;

    /// <summary>The full canonical number (capital X). Personal information: do not log.</summary>
    public string Value { get; }

    /// <summary>First 6 and last 4 characters kept, the rest '*': <c>110105********002X</c>.</summary>
    public string Masked =>
        string.Concat(Value.AsSpan(0, VisibleStart), new string('*', NumberLength - VisibleStart - VisibleEnd), Value.AsSpan(NumberLength - VisibleEnd));

    public static bool TryParse(
        string? text,
        [NotNullWhen(true)] out ResidentIdNumber? value,
        [NotNullWhen(false)] out IdentifierError? error)
    {
        var folded = IdentifierText.Fold(text ?? string.Empty);
        error = FindError(folded);
        value = error is null ? new ResidentIdNumber(folded) : null;
        return value is not null;
    }

    public static ResidentIdNumber Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var value, out var error) ? value : throw new IdentifierFormatException(error);
    }

    /// <summary>The masked form; see <see cref="Masked"/>. Use <see cref="Value"/> for the full number.</summary>
    public override string ToString() => Masked;

    private static IdentifierError? FindError(string folded)
    {
        if (folded.Length == 0)
        {
            return new(IdentifierErrorKind.Empty, "No resident identity number was given.");
        }

        if (folded.Length != NumberLength)
        {
            return new(
                IdentifierErrorKind.Length,
                string.Create(CultureInfo.InvariantCulture, $"A resident identity number has {NumberLength} characters; this has {folded.Length}."));
        }

        for (var i = 0; i < CheckPosition - 1; i++)
        {
            if (!char.IsAsciiDigit(folded[i]))
            {
                return new(
                    IdentifierErrorKind.Character,
                    string.Create(CultureInfo.InvariantCulture, $"Character {IdentifierText.Describe(folded[i])} at position {i + 1} is not allowed: the first {CheckPosition - 1} characters of a resident identity number are digits."),
                    i + 1);
            }
        }

        var last = folded[CheckPosition - 1];
        if (!char.IsAsciiDigit(last) && last != 'X')
        {
            return new(
                IdentifierErrorKind.Character,
                string.Create(CultureInfo.InvariantCulture, $"Character {IdentifierText.Describe(last)} at position {CheckPosition} is not allowed: the last character of a resident identity number is a digit or X."),
                CheckPosition);
        }

        // The date itself is not quoted: it is the holder's date of birth.
        var birthDate = folded.AsSpan(BirthDateStart - 1, BirthDateLength);
        if (!DateOnly.TryParseExact(birthDate, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born))
        {
            return new(
                IdentifierErrorKind.Format,
                string.Create(CultureInfo.InvariantCulture, $"Characters {BirthDateStart} to {BirthDateStart + BirthDateLength - 1} of a resident identity number are a date of birth (YYYYMMDD), and these are not a calendar date."),
                BirthDateStart);
        }

        if (born.Year < EarliestBirthYear)
        {
            return new(
                IdentifierErrorKind.Format,
                string.Create(CultureInfo.InvariantCulture, $"Characters {BirthDateStart} to {BirthDateStart + BirthDateLength - 1} of a resident identity number are a date of birth, and it cannot be before {EarliestBirthYear}."),
                BirthDateStart);
        }

        // As for credit codes, the expected check character is not shown (see UnifiedSocialCreditCode).
        return last == Iso7064Mod11_2.CheckCharacterFor(folded.AsSpan(0, CheckPosition - 1))
            ? null
            : new(
                IdentifierErrorKind.Check,
                string.Create(CultureInfo.InvariantCulture, $"The check character at position {CheckPosition} does not match the first {CheckPosition - 1} digits; one of them is probably mistyped."),
                CheckPosition);
    }
}
