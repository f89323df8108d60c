using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace AssetRegistry.Verification.Identifiers;

/// <summary>
/// An identity document of a party without a Chinese code: its type, issuing country and number,
/// written canonically as <c>{TYPE}:{COUNTRY}:{NUMBER}</c>, e.g. <c>PASSPORT:GB:123456789</c>.
/// </summary>
/// <remarks>
/// Document numbers carry no check character we could verify, so only their shape is checked.
/// The issuing country is an ISO 3166-1 alpha-2 code; only its format is checked, since a code list
/// would have to follow every change to ISO 3166 and two letters already catch the usual slips.
/// </remarks>
public sealed record IdentityDocument
{
    private const int MaximumNumberLength = 40;
    private const int CountryCodeLength = 2;
    private const char Separator = ':';

    // Stable tokens for the canonical text: they are stored, so they must never change.
    private static readonly (IdentityDocumentType Type, string Token)[] Tokens =
    [
        (IdentityDocumentType.Passport, "PASSPORT"),
        (IdentityDocumentType.MainlandTravelPermitForHongKongAndMacaoResidents, "HKMO-PERMIT"),
        (IdentityDocumentType.MainlandTravelPermitForTaiwanResidents, "TW-PERMIT"),
        (IdentityDocumentType.OverseasCompanyRegistration, "OVERSEAS-REG"),
    ];

    private IdentityDocument(IdentityDocumentType type, string issuingCountry, string number)
    {
        Type = type;
        IssuingCountry = issuingCountry;
        Number = number;
    }

    public IdentityDocumentType Type { get; }

    /// <summary>ISO 3166-1 alpha-2 code of the issuing country or region, in capitals.</summary>
    public string IssuingCountry { get; }

    /// <summary>The document number, folded: capitals, digits and hyphens.</summary>
    public string Number { get; }

    /// <summary>
    /// Validates each input on its own. <paramref name="errors"/> has one entry per wrong input, its
    /// <see cref="IdentifierError.Field"/> the parameter name and its position within that input.
    /// </summary>
    public static bool TryCreate(
        IdentityDocumentType type,
        string? number,
        string? issuingCountry,
        [NotNullWhen(true)] out IdentityDocument? document,
        out IReadOnlyList<IdentifierError> errors)
    {
        var foldedNumber = IdentifierText.Fold(number ?? string.Empty);
        var foldedCountry = IdentifierText.Fold(issuingCountry ?? string.Empty);
        IdentifierError?[] found =
        [
            FindTypeError(type),
            FindNumberError(foldedNumber, 1),
            FindCountryError(foldedCountry, 1),
        ];
        errors = found.OfType<IdentifierError>().ToArray();
        document = errors.Count == 0 ? new IdentityDocument(type, foldedCountry, foldedNumber) : null;
        return document is not null;
    }

    /// <exception cref="IdentifierFormatException">Carries one error per wrong input.</exception>
    public static IdentityDocument Create(IdentityDocumentType type, string number, string issuingCountry)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(issuingCountry);
        return TryCreate(type, number, issuingCountry, out var document, out var errors)
            ? document
            : throw new IdentifierFormatException(errors);
    }

    /// <summary>Reads the canonical form <c>{TYPE}:{COUNTRY}:{NUMBER}</c>; positions in the error count from the start of the text.</summary>
    public static bool TryParse(
        string? text,
        [NotNullWhen(true)] out IdentityDocument? value,
        [NotNullWhen(false)] out IdentifierError? error)
    {
        value = null;
        var folded = IdentifierText.Fold(text ?? string.Empty);
        if (folded.Length == 0)
        {
            error = new(IdentifierErrorKind.Empty, "No identity document was given.");
            return false;
        }

        var parts = folded.Split(Separator);
        if (parts.Length != 3)
        {
            error = new(
                IdentifierErrorKind.Format,
                "An identity document is written as type, country and number separated by colons, such as PASSPORT:GB:123456789.");
            return false;
        }

        var (token, country, number) = (parts[0], parts[1], parts[2]);
        var countryAt = token.Length + 2;
        var numberAt = countryAt + country.Length + 1;
        error = FindTokenError(token, out var type)
            ?? FindCountryError(country, countryAt)
            ?? FindNumberError(number, numberAt);
        value = error is null ? new IdentityDocument(type, country, number) : null;
        return value is not null;
    }

    public static IdentityDocument Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var value, out var error) ? value : throw new IdentifierFormatException(error);
    }

    /// <summary>The canonical form, e.g. <c>HKMO-PERMIT:CN:H12345678</c>.</summary>
    public override string ToString() => string.Join(Separator, TokenOf(Type), IssuingCountry, Number);

    private static string TokenOf(IdentityDocumentType type) => Array.Find(Tokens, t => t.Type == type).Token;

    private static IdentifierError? FindTypeError(IdentityDocumentType type) =>
        Enum.IsDefined(type)
            ? null
            : new(
                IdentifierErrorKind.Format,
                string.Create(CultureInfo.InvariantCulture, $"The document type {(int)type} is not one of the known types."),
                Field: nameof(type));

    private static IdentifierError? FindTokenError(string token, out IdentityDocumentType type)
    {
        foreach (var (knownType, knownToken) in Tokens)
        {
            if (token == knownToken)
            {
                type = knownType;
                return null;
            }
        }

        type = default;
        return new(
            IdentifierErrorKind.Format,
            "The document type at position 1 is not one of PASSPORT, HKMO-PERMIT, TW-PERMIT or OVERSEAS-REG.",
            1,
            "type");
    }

    private static IdentifierError? FindNumberError(string number, int position)
    {
        const string field = "number";
        if (number.Length == 0)
        {
            return new(IdentifierErrorKind.Empty, "No document number was given.", Field: field);
        }

        if (number.Length > MaximumNumberLength)
        {
            return new(
                IdentifierErrorKind.Length,
                string.Create(CultureInfo.InvariantCulture, $"A document number has at most {MaximumNumberLength} characters; this has {number.Length}."),
                Field: field);
        }

        for (var i = 0; i < number.Length; i++)
        {
            var c = number[i];
            if (!char.IsAsciiDigit(c) && !char.IsAsciiLetterUpper(c) && c != '-')
            {
                return new(
                    IdentifierErrorKind.Character,
                    string.Create(CultureInfo.InvariantCulture, $"Character {IdentifierText.Describe(c)} at position {position + i} is not allowed in a document number, which has only letters A to Z, digits and hyphens."),
                    position + i,
                    field);
            }
        }

        return null;
    }

    private static IdentifierError? FindCountryError(string country, int position)
    {
        const string field = "issuingCountry";
        if (country.Length == 0)
        {
            return new(IdentifierErrorKind.Empty, "No issuing country was given.", Field: field);
        }

        if (country.Length != CountryCodeLength)
        {
            return new(
                IdentifierErrorKind.Length,
                string.Create(CultureInfo.InvariantCulture, $"The issuing country is a two-letter ISO 3166-1 code such as CN or GB; this has {country.Length} characters."),
                Field: field);
        }

        for (var i = 0; i < country.Length; i++)
        {
            if (!char.IsAsciiLetterUpper(country[i]))
            {
                return new(
                    IdentifierErrorKind.Character,
                    string.Create(CultureInfo.InvariantCulture, $"Character {IdentifierText.Describe(country[i])} at position {position + i} is not allowed in a country code, which has only letters A to Z."),
                    position + i,
                    field);
            }
        }

        return null;
    }
}
