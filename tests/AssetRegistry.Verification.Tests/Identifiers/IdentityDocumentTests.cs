using AssetRegistry.Verification.Identifiers;

namespace AssetRegistry.Verification.Tests.Identifiers;

public class IdentityDocumentTests
{
    [Theory]
    [InlineData(IdentityDocumentType.Passport, "123456789", "GB", "PASSPORT:GB:123456789")]
    [InlineData(IdentityDocumentType.MainlandTravelPermitForHongKongAndMacaoResidents, "H12345678", "CN", "HKMO-PERMIT:CN:H12345678")]
    [InlineData(IdentityDocumentType.MainlandTravelPermitForTaiwanResidents, "01234567", "CN", "TW-PERMIT:CN:01234567")]
    [InlineData(IdentityDocumentType.OverseasCompanyRegistration, "HRB-12345", "DE", "OVERSEAS-REG:DE:HRB-12345")]
    public void create_gives_the_canonical_form_type_country_number(
        IdentityDocumentType type, string number, string country, string expected)
    {
        Assert.Equal(expected, IdentityDocument.Create(type, number, country).ToString());
    }

    [Fact]
    public void number_and_country_are_folded_so_full_width_and_lower_case_are_accepted()
    {
        var document = IdentityDocument.Create(IdentityDocumentType.Passport, FullWidth.Of("e1234567-8"), " gb ");

        Assert.Equal("E1234567-8", document.Number);
        Assert.Equal("GB", document.IssuingCountry);
    }

    [Theory]
    [InlineData("PASSPORT:GB:123456789")]
    [InlineData("HKMO-PERMIT:CN:H12345678")]
    [InlineData("TW-PERMIT:CN:01234567")]
    [InlineData("OVERSEAS-REG:DE:HRB-12345")]
    public void the_canonical_form_parses_back_to_an_equal_document(string text)
    {
        var document = IdentityDocument.Parse(text);

        Assert.Equal(text, document.ToString());
        Assert.Equal(document, IdentityDocument.Parse(document.ToString()));
    }

    [Fact]
    public void parse_accepts_lower_case_and_full_width()
    {
        var expected = IdentityDocument.Create(IdentityDocumentType.MainlandTravelPermitForHongKongAndMacaoResidents, "H12345678", "CN");

        Assert.Equal(expected, IdentityDocument.Parse("hkmo-permit:cn:h12345678"));
        Assert.Equal(expected, IdentityDocument.Parse(FullWidth.Of("HKMO-PERMIT:CN:H12345678")));
    }

    [Fact]
    public void documents_of_different_types_with_the_same_number_are_different()
    {
        Assert.NotEqual(
            IdentityDocument.Create(IdentityDocumentType.Passport, "123456789", "GB"),
            IdentityDocument.Create(IdentityDocumentType.OverseasCompanyRegistration, "123456789", "GB"));
    }

    [Fact]
    public void create_reports_each_wrong_input_with_its_field()
    {
        Assert.False(IdentityDocument.TryCreate(IdentityDocumentType.Passport, "", "G8", out var document, out var errors));

        Assert.Null(document);
        Assert.Collection(
            errors,
            e =>
            {
                Assert.Equal("number", e.Field);
                Assert.Equal(IdentifierErrorKind.Empty, e.Kind);
            },
            e =>
            {
                Assert.Equal("issuingCountry", e.Field);
                Assert.Equal(IdentifierErrorKind.Character, e.Kind);
                Assert.Equal(2, e.Position);
            });
    }

    [Fact]
    public void create_throws_a_format_exception_carrying_every_error()
    {
        var exception = Assert.Throws<IdentifierFormatException>(
            () => IdentityDocument.Create((IdentityDocumentType)9, "E 123", "GBR"));

        Assert.Equal(["type", "number", "issuingCountry"], exception.Errors.Select(e => e.Field));
        Assert.Equal(
            [IdentifierErrorKind.Format, IdentifierErrorKind.Character, IdentifierErrorKind.Length],
            exception.Errors.Select(e => e.Kind));
    }

    [Fact]
    public void a_number_of_more_than_40_characters_is_refused_for_its_length()
    {
        Assert.True(IdentityDocument.TryCreate(IdentityDocumentType.OverseasCompanyRegistration, new string('1', 40), "US", out _, out _));
        Assert.False(IdentityDocument.TryCreate(IdentityDocumentType.OverseasCompanyRegistration, new string('1', 41), "US", out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal(IdentifierErrorKind.Length, error.Kind);
        Assert.Equal("number", error.Field);
    }

    [Theory]
    [InlineData("E12/345", 4)]
    [InlineData("E12 345", 4)]
    [InlineData("护照123", 1)]
    public void a_number_character_other_than_letter_digit_or_hyphen_is_refused_at_its_position(string number, int position)
    {
        Assert.False(IdentityDocument.TryCreate(IdentityDocumentType.Passport, number, "GB", out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal(IdentifierErrorKind.Character, error.Kind);
        Assert.Equal(position, error.Position);
    }

    [Theory]
    [InlineData("G", IdentifierErrorKind.Length)]
    [InlineData("GBR", IdentifierErrorKind.Length)]
    [InlineData("", IdentifierErrorKind.Empty)]
    [InlineData("4B", IdentifierErrorKind.Character)]
    public void the_issuing_country_must_be_two_letters(string country, IdentifierErrorKind kind)
    {
        Assert.False(IdentityDocument.TryCreate(IdentityDocumentType.Passport, "123456789", country, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal(kind, error.Kind);
        Assert.Equal("issuingCountry", error.Field);
    }

    [Theory]
    [InlineData("VISA:GB:123456789", IdentifierErrorKind.Format, 1)]
    [InlineData("PASSPORT:G8:123456789", IdentifierErrorKind.Character, 11)]
    [InlineData("PASSPORT:GB:1234_6789", IdentifierErrorKind.Character, 17)]
    [InlineData("TW-PERMIT:CN:0123 4567", IdentifierErrorKind.Character, 18)]
    public void parse_reports_the_position_in_the_whole_text(string text, IdentifierErrorKind kind, int position)
    {
        Assert.False(IdentityDocument.TryParse(text, out _, out var error));

        Assert.Equal(kind, error.Kind);
        Assert.Equal(position, error.Position);
    }

    [Theory]
    [InlineData("PASSPORT:GB")]
    [InlineData("PASSPORT-GB-123456789")]
    [InlineData("PASSPORT:GB:123:456")]
    public void text_not_of_three_colon_separated_parts_is_refused_as_a_format_error(string text)
    {
        Assert.False(IdentityDocument.TryParse(text, out _, out var error));

        Assert.Equal(IdentifierErrorKind.Format, error.Kind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void nothing_is_refused_as_empty(string? text)
    {
        Assert.False(IdentityDocument.TryParse(text, out _, out var error));

        Assert.Equal(IdentifierErrorKind.Empty, error.Kind);
    }
}
