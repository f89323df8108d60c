using AssetRegistry.Verification.Identifiers;

namespace AssetRegistry.Verification.Tests.Identifiers;

public class UnifiedSocialCreditCodeTests
{
    private const string Valid = "91350100M000100Y43";
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    // Check characters verified with a separate implementation of GB 32100-2015; the last code's
    // check value comes out as 31, which the standard writes as 0.
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91110000802100433B")]
    [InlineData("91440300708461136T")]
    [InlineData("91110108551385082Q")]
    [InlineData("91310000MA1FL1MMXL")]
    [InlineData("91110000100017643K")]
    [InlineData("91440300MA51000190")]
    public void a_code_with_a_matching_check_character_is_accepted(string text)
    {
        Assert.True(UnifiedSocialCreditCode.TryParse(text, out var code, out var error));
        Assert.Null(error);
        Assert.Equal(text, code.Value);
    }

    [Fact]
    public void lower_case_full_width_and_surrounding_spaces_are_accepted_and_folded()
    {
        Assert.Equal(Valid, UnifiedSocialCreditCode.Parse("91350100m000100y43").Value);
        Assert.Equal(Valid, UnifiedSocialCreditCode.Parse(FullWidth.Of(Valid)).Value);
        Assert.Equal(Valid, UnifiedSocialCreditCode.Parse("\u3000 " + Valid + " ").Value);
    }

    [Fact]
    public void codes_are_equal_when_their_canonical_forms_are()
    {
        Assert.Equal(UnifiedSocialCreditCode.Parse(Valid), UnifiedSocialCreditCode.Parse(FullWidth.Of("91350100m000100y43")));
        Assert.NotEqual(UnifiedSocialCreditCode.Parse(Valid), UnifiedSocialCreditCode.Parse("91110000802100433B"));
    }

    [Fact]
    public void to_string_gives_the_canonical_form_which_parses_back_to_an_equal_code()
    {
        var code = UnifiedSocialCreditCode.Parse(" ９１３５０１００ｍ０００１００ｙ４３ ");

        Assert.Equal(Valid, code.ToString());
        Assert.Equal(code, UnifiedSocialCreditCode.Parse(code.ToString()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \u3000 ")]
    public void nothing_is_refused_as_empty(string? text)
    {
        Assert.False(UnifiedSocialCreditCode.TryParse(text, out var code, out var error));
        Assert.Null(code);
        Assert.Equal(IdentifierErrorKind.Empty, error.Kind);
    }

    [Fact]
    public void a_code_with_17_characters_is_refused_for_its_length()
    {
        Assert.False(UnifiedSocialCreditCode.TryParse(Valid[..17], out _, out var error));

        Assert.Equal(IdentifierErrorKind.Length, error.Kind);
        Assert.Null(error.Position);
        Assert.Equal("A unified social credit code has 18 characters; this has 17.", error.Message);
    }

    [Fact]
    public void a_letter_the_standard_never_uses_is_refused_at_its_position()
    {
        Assert.False(UnifiedSocialCreditCode.TryParse("91350100M0001OOY43", out _, out var error));

        Assert.Equal(IdentifierErrorKind.Character, error.Kind);
        Assert.Equal(14, error.Position);
        Assert.StartsWith("Character 'O' at position 14 is not allowed in a unified social credit code.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_letter_in_the_administrative_division_code_is_refused_at_its_position()
    {
        Assert.False(UnifiedSocialCreditCode.TryParse("9135A100M000100Y43", out _, out var error));

        Assert.Equal(IdentifierErrorKind.Character, error.Kind);
        Assert.Equal(5, error.Position);
        Assert.Contains("administrative division", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void an_invisible_character_is_named_by_its_code_point()
    {
        Assert.False(UnifiedSocialCreditCode.TryParse("91350100M000 100Y4", out _, out var error));

        Assert.Equal(13, error.Position);
        Assert.StartsWith("Character U+0020 at position 13", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_wrong_check_character_is_refused_as_a_check_error_at_position_18()
    {
        Assert.False(UnifiedSocialCreditCode.TryParse("91350100M000100Y44", out _, out var error));

        Assert.Equal(IdentifierErrorKind.Check, error.Kind);
        Assert.Equal(18, error.Position);
        Assert.Contains("mistyped", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91310000MA1FL1MMXL")]
    [InlineData("91440300MA51000190")]
    public void a_credit_code_with_one_changed_character_is_refused(string valid)
    {
        for (var i = 0; i < valid.Length; i++)
        {
            foreach (var replacement in Alphabet.Where(c => c != valid[i]))
            {
                var changed = valid[..i] + replacement + valid[(i + 1)..];

                Assert.False(UnifiedSocialCreditCode.TryParse(changed, out _, out var error), changed);
                var position = i + 1;
                var allowedHere = position is < 3 or > 8 || char.IsAsciiDigit(replacement);
                Assert.Equal(allowedHere ? IdentifierErrorKind.Check : IdentifierErrorKind.Character, error.Kind);
            }
        }
    }

    [Fact]
    public void parse_throws_a_format_exception_carrying_the_error()
    {
        var exception = Assert.Throws<IdentifierFormatException>(() => UnifiedSocialCreditCode.Parse("91350100M000100Y44"));

        Assert.IsAssignableFrom<FormatException>(exception);
        Assert.Equal(IdentifierErrorKind.Check, exception.Error.Kind);
        Assert.Equal(exception.Error.Message, exception.Message);
    }
}
