using AssetRegistry.Verification.Identifiers;

namespace AssetRegistry.Verification.Tests.Identifiers;

public class Iso7064Mod37_36Tests
{
    // "A12425GABC1234002" → M is the GRid (Global Release Identifier) example, whose check character is
    // ISO/IEC 7064 MOD 37,36; python-stdnum's mod_37_36 doctest uses the same vector. The other values
    // were computed independently with python-stdnum's algorithm and agree.
    [Theory]
    [InlineData("A12425GABC1234002", 'M')]
    [InlineData("B159D8FA01240000", 'K')]
    [InlineData("188166C734200000", '3')]
    [InlineData("A", 'H')]
    [InlineData("0", '2')]
    [InlineData("XYZ123", 'I')]
    public void the_check_character_matches_published_examples(string text, char expected)
    {
        Assert.Equal(expected, Iso7064Mod37_36.CheckCharacterFor(text));
    }

    [Fact]
    public void a_character_outside_0_to_9_and_a_to_z_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => Iso7064Mod37_36.CheckCharacterFor("AB-1"));
    }
}
