namespace AssetRegistry.Verification.Identifiers;

/// <summary>ISO 7064 MOD 11-2, the check character of the resident identity number (GB 11643-1999).</summary>
internal static class Iso7064Mod11_2
{
    // Weight of position i (1-based, of 17) is 2^(18−i) mod 11, as tabulated in GB 11643-1999.
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    // Indexed by the weighted sum mod 11: the character that brings the total to 1 mod 11; 10 is written X.
    private const string CheckCharacters = "10X98765432";

    public static char CheckCharacterFor(ReadOnlySpan<char> digits)
    {
        if (digits.Length != Weights.Length)
        {
            throw new ArgumentException("MOD 11-2 is computed here over exactly 17 digits.", nameof(digits));
        }

        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            sum += (digits[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }
}
