using AssetRegistry.Verification.Identifiers;

namespace AssetRegistry.Verification.Tests.Identifiers;

public class ResidentIdNumberTests
{
    private const string Valid = "11010519491231002X";
    private const string CheckCharacters = "0123456789X";

    // Check characters verified with a separate implementation of ISO 7064 MOD 11-2.
    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("11010119900307803X")]
    [InlineData("110105200002290013")] // 29 February 2000: a leap year, being divisible by 400
    [InlineData("440308199912310010")]
    [InlineData("510107198508152029")]
    public void a_number_with_a_birth_date_and_a_matching_check_character_is_accepted(string text)
    {
        Assert.True(ResidentIdNumber.TryParse(text, out var number, out var error));
        Assert.Null(error);
        Assert.Equal(text, number.Value);
    }

    [Fact]
    public void a_lower_case_x_is_accepted_and_folded_to_a_capital()
    {
        Assert.Equal(Valid, ResidentIdNumber.Parse("11010519491231002x").Value);
    }

    [Fact]
    public void a_number_typed_in_full_width_is_accepted()
    {
        Assert.Equal(Valid, ResidentIdNumber.Parse(FullWidth.Of("11010519491231002x")).Value);
    }

    [Fact]
    public void to_string_masks_all_but_the_first_six_and_last_four_characters()
    {
        var number = ResidentIdNumber.Parse(Valid);

        Assert.Equal("110105********002X", number.Masked);
        Assert.Equal("110105********002X", number.ToString());
        Assert.Equal("holder 110105********002X", $"holder {number}");
    }

    [Fact]
    public void the_full_number_round_trips_through_value_but_the_masked_text_does_not_parse()
    {
        var number = ResidentIdNumber.Parse(Valid);

        Assert.Equal(number, ResidentIdNumber.Parse(number.Value));
        Assert.False(ResidentIdNumber.TryParse(number.ToString(), out _, out var error));
        Assert.Equal(IdentifierErrorKind.Character, error.Kind);
        Assert.Equal(7, error.Position);
    }

    [Fact]
    public void numbers_are_equal_when_their_canonical_forms_are()
    {
        Assert.Equal(ResidentIdNumber.Parse(Valid), ResidentIdNumber.Parse(" 11010519491231002x "));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("\u3000")]
    public void nothing_is_refused_as_empty(string? text)
    {
        Assert.False(ResidentIdNumber.TryParse(text, out _, out var error));
        Assert.Equal(IdentifierErrorKind.Empty, error.Kind);
    }

    [Fact]
    public void an_old_fifteen_digit_number_is_refused_for_its_length()
    {
        Assert.False(ResidentIdNumber.TryParse("110105491231002", out _, out var error));

        Assert.Equal(IdentifierErrorKind.Length, error.Kind);
        Assert.Equal("A resident identity number has 18 characters; this has 15.", error.Message);
    }

    [Fact]
    public void a_letter_among_the_first_seventeen_digits_is_refused_at_its_position()
    {
        Assert.False(ResidentIdNumber.TryParse("110105194912310O2X", out _, out var error));

        Assert.Equal(IdentifierErrorKind.Character, error.Kind);
        Assert.Equal(16, error.Position);
        Assert.StartsWith("Character 'O' at position 16 is not allowed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_last_character_other_than_a_digit_or_x_is_refused_at_position_18()
    {
        Assert.False(ResidentIdNumber.TryParse("11010519491231002Y", out _, out var error));

        Assert.Equal(IdentifierErrorKind.Character, error.Kind);
        Assert.Equal(18, error.Position);
    }

    [Theory]
    [InlineData("110105194902300012")] // 30 February
    [InlineData("110105194913010010")] // month 13
    [InlineData("110105190002290017")] // 29 February 1900: 1900 was not a leap year
    public void a_number_whose_birth_date_is_not_a_calendar_date_is_refused_at_position_7(string text)
    {
        Assert.False(ResidentIdNumber.TryParse(text, out _, out var error));

        Assert.Equal(IdentifierErrorKind.Format, error.Kind);
        Assert.Equal(7, error.Position);
    }

    [Fact]
    public void a_number_born_before_1900_is_refused_even_with_a_matching_check_character()
    {
        Assert.False(ResidentIdNumber.TryParse("440524188001010014", out _, out var error));

        Assert.Equal(IdentifierErrorKind.Format, error.Kind);
        Assert.Equal(7, error.Position);
        Assert.Contains("before 1900", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_wrong_check_character_is_refused_as_a_check_error_at_position_18()
    {
        Assert.False(ResidentIdNumber.TryParse("110105194912310021", out _, out var error));

        Assert.Equal(IdentifierErrorKind.Check, error.Kind);
        Assert.Equal(18, error.Position);
    }

    [Fact]
    public void an_id_number_with_one_changed_character_is_refused()
    {
        for (var i = 0; i < Valid.Length; i++)
        {
            var replacements = i == Valid.Length - 1 ? CheckCharacters : CheckCharacters[..10];
            foreach (var replacement in replacements.Where(c => c != Valid[i]))
            {
                var changed = Valid[..i] + replacement + Valid[(i + 1)..];

                Assert.False(ResidentIdNumber.TryParse(changed, out _, out var error), changed);
                Assert.Contains(error.Kind, new[] { IdentifierErrorKind.Check, IdentifierErrorKind.Format });
            }
        }
    }

    [Fact]
    public void no_error_message_repeats_the_number()
    {
        string[] wrong = ["11010519491231002Y", "110105194902300012", "110105194912310021", "440524188001010014"];
        foreach (var text in wrong)
        {
            var exception = Assert.Throws<IdentifierFormatException>(() => ResidentIdNumber.Parse(text));

            Assert.DoesNotContain(text[..14], exception.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(text.Substring(6, 8), exception.Message, StringComparison.Ordinal);
        }
    }
}
