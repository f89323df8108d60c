namespace AssetRegistry.Verification.Identifiers;

/// <summary>
/// ISO/IEC 7064 MOD 37,36: the hybrid system for alphanumeric strings with one alphanumeric check character.
/// </summary>
/// <remarks>
/// Chosen for registration numbers because it needs no supplementary check character (MOD 37-2 needs '*').
/// It detects every single substitution but not quite every adjacent transposition: a swap of two
/// characters with neighbouring values (such as 8 and 9, or Z and 0) goes unnoticed in 1 of 36 running
/// states; see docs/registration-number.md.
/// </remarks>
internal static class Iso7064Mod37_36
{
    /// <summary>Character values: 0–9 are 0–9, A–Z are 10–35.</summary>
    public const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private const int Modulus = 36;

    public static char CheckCharacterFor(ReadOnlySpan<char> text)
    {
        // ISO/IEC 7064 hybrid recursion: P1 = M; for each character a: S = (P + a) mod M, taken as M
        // when 0; the next P = 2S mod (M + 1). The check character is the one that makes the
        // final (P + check) mod M equal 1.
        var product = Modulus;
        foreach (var c in text)
        {
            var sum = (product + ValueOf(c)) % Modulus;
            product = (sum == 0 ? Modulus : sum) * 2 % (Modulus + 1);
        }

        return Alphabet[(Modulus + 1 - product) % Modulus];
    }

    private static int ValueOf(char c)
    {
        var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
        return value >= 0
            ? value
            : throw new ArgumentException("MOD 37,36 is defined over 0–9 and A–Z only.", nameof(c));
    }
}
