using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace AssetRegistry.Verification.Identifiers;

/// <summary>
/// The number a registry gives a registration (登记编号), e.g. <c>AR-R-2026-00000042-F</c>:
/// registry code, kind of asset, year, serial and an ISO/IEC 7064 MOD 37,36 check character.
/// The design is ours; docs/registration-number.md is its specification.
/// </summary>
public sealed record RegistrationNumber
{
    private const int MinimumRegistryLength = 2;
    private const int MaximumRegistryLength = 6;
    private const int YearDigits = 4;
    private const int SerialDigits = 8;
    private const int MinimumYear = 2000;
    private const int MaximumYear = 2999;
    private const long MaximumSerial = 99_999_999;
    private const int PartCount = 5;

    // Written without hyphens, everything after the registry code has a fixed length: kind, year, serial, check.
    private const int CompactTailLength = 1 + YearDigits + SerialDigits + 1;
    private const string Example = "AR-R-2026-00000042-F";

    private readonly string _canonical;

    private RegistrationNumber(string registry, AssetKind kind, int year, long serial)
    {
        Registry = registry;
        Kind = kind;
        Year = year;
        Serial = serial;
        var checkedText = string.Create(CultureInfo.InvariantCulture, $"{registry}{LetterOf(kind)}{year:D4}{serial:D8}");
        CheckCharacter = Iso7064Mod37_36.CheckCharacterFor(checkedText);
        _canonical = string.Create(CultureInfo.InvariantCulture, $"{registry}-{LetterOf(kind)}-{year:D4}-{serial:D8}-{CheckCharacter}");
    }

    /// <summary>The code of the registry that made the registration, e.g. <c>AR</c>.</summary>
    public string Registry { get; }

    public AssetKind Kind { get; }

    /// <summary>The year the registration was made.</summary>
    public int Year { get; }

    /// <summary>The serial, from 1, within the registry, kind and year.</summary>
    public long Serial { get; }

    public char CheckCharacter { get; }

    /// <summary>Builds the number for a new registration, computing its check character.</summary>
    /// <exception cref="ArgumentException">The registry code is not 2–6 letters and digits starting with a letter.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The kind, year (2000–2999) or serial (1–99,999,999) is out of range.</exception>
    public static RegistrationNumber Create(string registry, AssetKind kind, int year, long serial)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var foldedRegistry = IdentifierText.Fold(registry);
        if (FindRegistryError(new Part(foldedRegistry, 1)) is { } error)
        {
            throw new ArgumentException(error.Message, nameof(registry));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "The kind of asset is neither a data resource nor a data product.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinimumYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaximumYear);
        ArgumentOutOfRangeException.ThrowIfLessThan(serial, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(serial, MaximumSerial);

        return new RegistrationNumber(foldedRegistry, kind, year, serial);
    }

    /// <summary>
    /// Reads a registration number written with its four hyphens or with none, in any case,
    /// in full-width or half-width characters.
    /// </summary>
    public static bool TryParse(
        string? text,
        [NotNullWhen(true)] out RegistrationNumber? value,
        [NotNullWhen(false)] out IdentifierError? error)
    {
        error = Read(IdentifierText.Fold(text ?? string.Empty), out value);
        return value is not null;
    }

    public static RegistrationNumber Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var value, out var error) ? value : throw new IdentifierFormatException(error);
    }

    /// <summary>The canonical form, with hyphens: <c>AR-R-2026-00000042-F</c>.</summary>
    public override string ToString() => _canonical;

    /// <param name="Text">The part as written.</param>
    /// <param name="Position">1-based position of its first character in the folded text.</param>
    private readonly record struct Part(string Text, int Position);

    private static IdentifierError? Read(string folded, out RegistrationNumber? value)
    {
        value = null;
        if (folded.Length == 0)
        {
            return new(IdentifierErrorKind.Empty, "No registration number was given.");
        }

        var parts = Split(folded, out var splitError);
        if (splitError is not null)
        {
            return splitError;
        }

        var error = FindRegistryError(parts[0])
            ?? FindKindError(parts[1])
            ?? FindDigitsError(parts[2], YearDigits, "year (third part)")
            ?? FindDigitsError(parts[3], SerialDigits, "serial (fourth part)")
            ?? FindCheckCharacterError(parts[4]);
        if (error is not null)
        {
            return error;
        }

        var year = int.Parse(parts[2].Text, NumberStyles.None, CultureInfo.InvariantCulture);
        if (year is < MinimumYear or > MaximumYear)
        {
            return new(
                IdentifierErrorKind.Format,
                string.Create(CultureInfo.InvariantCulture, $"The year {parts[2].Text} at position {parts[2].Position} is outside {MinimumYear} to {MaximumYear}."),
                parts[2].Position);
        }

        var serial = long.Parse(parts[3].Text, NumberStyles.None, CultureInfo.InvariantCulture);
        if (serial == 0)
        {
            return new(
                IdentifierErrorKind.Format,
                string.Create(CultureInfo.InvariantCulture, $"The serial at position {parts[3].Position} is zero; serials start at 00000001."),
                parts[3].Position);
        }

        var candidate = new RegistrationNumber(parts[0].Text, KindOf(parts[1].Text[0]), year, serial);
        if (candidate.CheckCharacter != parts[4].Text[0])
        {
            // As for credit codes, the expected check character is not shown: "correcting" it would
            // turn a caught typo into a wrong number that passes.
            return new(
                IdentifierErrorKind.Check,
                string.Create(CultureInfo.InvariantCulture, $"The check character at position {parts[4].Position} does not match the rest of the registration number, so the number is mistyped: a character is wrong or two are swapped."),
                parts[4].Position);
        }

        value = candidate;
        return null;
    }

    private static Part[] Split(string folded, out IdentifierError? error)
    {
        error = null;
        if (folded.Contains('-', StringComparison.Ordinal))
        {
            var texts = folded.Split('-');
            if (texts.Length != PartCount)
            {
                error = new(
                    IdentifierErrorKind.Format,
                    string.Create(CultureInfo.InvariantCulture, $"A registration number has {PartCount} parts separated by hyphens, such as {Example}; this has {texts.Length}."));
                return [];
            }

            var parts = new Part[PartCount];
            var position = 1;
            for (var i = 0; i < PartCount; i++)
            {
                parts[i] = new Part(texts[i], position);
                position += texts[i].Length + 1;
            }

            return parts;
        }

        if (folded.Length is < MinimumRegistryLength + CompactTailLength or > MaximumRegistryLength + CompactTailLength)
        {
            error = new(
                IdentifierErrorKind.Length,
                string.Create(CultureInfo.InvariantCulture, $"Written without hyphens, a registration number has {MinimumRegistryLength + CompactTailLength} to {MaximumRegistryLength + CompactTailLength} characters; this has {folded.Length}."));
            return [];
        }

        var kindAt = folded.Length - CompactTailLength;
        var yearAt = kindAt + 1;
        var serialAt = yearAt + YearDigits;
        var checkAt = serialAt + SerialDigits;
        return
        [
            new Part(folded[..kindAt], 1),
            new Part(folded.Substring(kindAt, 1), kindAt + 1),
            new Part(folded.Substring(yearAt, YearDigits), yearAt + 1),
            new Part(folded.Substring(serialAt, SerialDigits), serialAt + 1),
            new Part(folded.Substring(checkAt, 1), checkAt + 1),
        ];
    }

    private static IdentifierError? FindRegistryError(Part part)
    {
        if (part.Text.Length is < MinimumRegistryLength or > MaximumRegistryLength)
        {
            return new(
                IdentifierErrorKind.Length,
                string.Create(CultureInfo.InvariantCulture, $"The registry code (first part) has {MinimumRegistryLength} to {MaximumRegistryLength} characters; this has {part.Text.Length}."),
                part.Position);
        }

        for (var i = 0; i < part.Text.Length; i++)
        {
            if (!IsLetterOrDigit(part.Text[i]))
            {
                return new(
                    IdentifierErrorKind.Character,
                    string.Create(CultureInfo.InvariantCulture, $"Character {IdentifierText.Describe(part.Text[i])} at position {part.Position + i} is not allowed in a registry code, which has only letters A to Z and digits."),
                    part.Position + i);
            }
        }

        return char.IsAsciiLetterUpper(part.Text[0])
            ? null
            : new(
                IdentifierErrorKind.Character,
                string.Create(CultureInfo.InvariantCulture, $"A registry code starts with a letter, not {IdentifierText.Describe(part.Text[0])} as at position {part.Position}."),
                part.Position);
    }

    private static IdentifierError? FindKindError(Part part)
    {
        if (part.Text.Length != 1)
        {
            return new(
                IdentifierErrorKind.Length,
                string.Create(CultureInfo.InvariantCulture, $"The kind of asset (second part) is one letter, R or P; this has {part.Text.Length} characters."),
                part.Position);
        }

        return part.Text[0] is 'R' or 'P'
            ? null
            : new(
                IdentifierErrorKind.Character,
                string.Create(CultureInfo.InvariantCulture, $"Character {IdentifierText.Describe(part.Text[0])} at position {part.Position} is not a kind of asset: R is a data resource, P a data product."),
                part.Position);
    }

    private static IdentifierError? FindDigitsError(Part part, int digits, string name)
    {
        if (part.Text.Length != digits)
        {
            return new(
                IdentifierErrorKind.Length,
                string.Create(CultureInfo.InvariantCulture, $"The {name} has {digits} digits; this has {part.Text.Length} characters."),
                part.Position);
        }

        for (var i = 0; i < part.Text.Length; i++)
        {
            if (!char.IsAsciiDigit(part.Text[i]))
            {
                return new(
                    IdentifierErrorKind.Character,
                    string.Create(CultureInfo.InvariantCulture, $"Character {IdentifierText.Describe(part.Text[i])} at position {part.Position + i} is not allowed: the {name} has only digits."),
                    part.Position + i);
            }
        }

        return null;
    }

    private static IdentifierError? FindCheckCharacterError(Part part)
    {
        if (part.Text.Length != 1)
        {
            return new(
                IdentifierErrorKind.Length,
                string.Create(CultureInfo.InvariantCulture, $"The check character (last part) is one character; this has {part.Text.Length}."),
                part.Position);
        }

        return IsLetterOrDigit(part.Text[0])
            ? null
            : new(
                IdentifierErrorKind.Character,
                string.Create(CultureInfo.InvariantCulture, $"Character {IdentifierText.Describe(part.Text[0])} at position {part.Position} is not allowed: the check character is a letter A to Z or a digit."),
                part.Position);
    }

    private static bool IsLetterOrDigit(char c) => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c);

    private static char LetterOf(AssetKind kind) => kind == AssetKind.DataProduct ? 'P' : 'R';

    private static AssetKind KindOf(char letter) => letter == 'P' ? AssetKind.DataProduct : AssetKind.DataResource;
}
