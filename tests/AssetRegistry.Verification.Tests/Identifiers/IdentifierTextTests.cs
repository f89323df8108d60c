using AssetRegistry.Verification.Identifiers;

namespace AssetRegistry.Verification.Tests.Identifiers;

public class IdentifierTextTests
{
    [Fact]
    public void full_width_letters_and_digits_fold_to_ascii_capitals()
    {
        Assert.Equal("ABC123XYZ", IdentifierText.Fold("ＡＢＣ１２３ｘｙｚ"));
    }

    [Fact]
    public void the_whole_full_width_block_folds_to_printable_ascii()
    {
        Assert.Equal("!", IdentifierText.Fold("\uFF01"));
        Assert.Equal("-", IdentifierText.Fold("\uFF0D"));
        Assert.Equal(":", IdentifierText.Fold("\uFF1A"));
        Assert.Equal("~", IdentifierText.Fold("\uFF5E"));
    }

    [Fact]
    public void characters_just_outside_the_full_width_block_are_left_alone()
    {
        Assert.Equal("\uFF00", IdentifierText.Fold("\uFF00"));
        Assert.Equal("\uFF5F", IdentifierText.Fold("\uFF5F"));
    }

    [Fact]
    public void the_ideographic_space_becomes_a_space_and_is_trimmed_at_the_ends()
    {
        Assert.Equal("AB CD", IdentifierText.Fold("\u3000 ab\u3000cd \u3000"));
    }

    [Fact]
    public void only_ascii_letters_are_upper_cased()
    {
        Assert.Equal("ABCé数据", IdentifierText.Fold("abcé数据"));
    }

    [Fact]
    public void folding_twice_changes_nothing_more()
    {
        var once = IdentifierText.Fold(" ９１３５０１００ｍ０００１００ｙ４３ ");
        Assert.Equal(once, IdentifierText.Fold(once));
    }
}
