using System.Security.Cryptography;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Verification.Identifiers;

namespace AssetRegistry.Parties;

public enum PartyIdentifierType
{
    /// <summary>统一社会信用代码 (GB 32100-2015).</summary>
    UnifiedSocialCreditCode,
    /// <summary>居民身份证号码 (GB 11643).</summary>
    ResidentIdNumber,
    Passport,
    /// <summary>港澳居民来往内地通行证.</summary>
    MainlandTravelPermitForHongKongAndMacaoResidents,
    /// <summary>台湾居民来往大陆通行证.</summary>
    MainlandTravelPermitForTaiwanResidents,
    OverseasCompanyRegistration,
}

/// <summary>
/// How a party is identified, in canonical form (validated, folded). A resident ID number is personal
/// information: <see cref="Shown"/> masks it, and it never becomes a party code or appears in a URL.
/// </summary>
public sealed record PartyIdentity(PartyIdentifierType Type, string Number, string? IssuingCountry)
{
    public string Key => $"{Type}:{IssuingCountry}:{Number}";

    public PartyKind Kind => Type is PartyIdentifierType.UnifiedSocialCreditCode or PartyIdentifierType.OverseasCompanyRegistration
        ? PartyKind.Organisation
        : PartyKind.NaturalPerson;

    public string Shown => Type == PartyIdentifierType.ResidentIdNumber ? ResidentIdNumber.Parse(Number).Masked : Number;

    /// <summary>
    /// The party's code: an organisation's credit code; for anyone else an opaque code the registry assigns,
    /// derived from nothing personal.
    /// </summary>
    public string NewPartyCode() => Type == PartyIdentifierType.UnifiedSocialCreditCode
        ? Number
        : $"P-{Convert.ToHexString(RandomNumberGenerator.GetBytes(10))}";

    /// <summary>Validates the identifier with its check character (where it has one); errors name <paramref name="field"/>.</summary>
    public static PartyIdentity? Parse(PartyIdentifierType? type, string? number, string? issuingCountry, string field, FieldErrors errors)
    {
        if (!errors.Require(type, $"{field}.type") | !errors.RequireText(number, $"{field}.number", 64))
        {
            return null;
        }

        switch (type!.Value)
        {
            case PartyIdentifierType.UnifiedSocialCreditCode:
                if (UnifiedSocialCreditCode.TryParse(number, out var code, out var codeError))
                {
                    return new PartyIdentity(type.Value, code.Value, "CN");
                }

                errors.Add($"{field}.number", codeError!);
                return null;
            case PartyIdentifierType.ResidentIdNumber:
                if (ResidentIdNumber.TryParse(number, out var id, out var idError))
                {
                    return new PartyIdentity(type.Value, id.Value, "CN");
                }

                errors.Add($"{field}.number", idError!);
                return null;
            default:
                if (IdentityDocument.TryCreate(DocumentTypeOf(type.Value), number, issuingCountry, out var document, out var documentErrors))
                {
                    return new PartyIdentity(type.Value, document.Number, document.IssuingCountry);
                }

                foreach (var error in documentErrors)
                {
                    errors.Add($"{field}.{error.Field ?? "number"}", error);
                }

                return null;
        }
    }

    private static IdentityDocumentType DocumentTypeOf(PartyIdentifierType type) => type switch
    {
        PartyIdentifierType.Passport => IdentityDocumentType.Passport,
        PartyIdentifierType.MainlandTravelPermitForHongKongAndMacaoResidents => IdentityDocumentType.MainlandTravelPermitForHongKongAndMacaoResidents,
        PartyIdentifierType.MainlandTravelPermitForTaiwanResidents => IdentityDocumentType.MainlandTravelPermitForTaiwanResidents,
        PartyIdentifierType.OverseasCompanyRegistration => IdentityDocumentType.OverseasCompanyRegistration,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Has a check character; parsed above."),
    };
}
