using System.Globalization;

namespace AssetRegistry.Verification.Canonical;

/// <summary>
/// Number serialisation of RFC 8785 §3.2.2.3: ECMAScript's ToString applied to the Number type
/// (ECMA-262 6th edition §7.1.12.1; the step numbers below are that section's) for a finite double.
/// </summary>
public static class EcmaScriptNumber
{
    public static string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new CanonicalJsonException($"{value.ToString(CultureInfo.InvariantCulture)} is not a JSON number; RFC 8785 §3.2.2.3 allows finite doubles only.");
        }

        // Step 2: both +0 and -0 become "0".
        if (value == 0)
        {
            return "0";
        }

        if (value < 0)
        {
            return "-" + Format(-value);
        }

        var (digits, n) = ShortestDigits(value);
        var k = digits.Length;

        // Step 6 onwards, with value = 0.digits × 10^n: plain integers up to 21 digits, then plain
        // decimals, then small decimals down to 1e-6, and exponent notation outside that window.
        if (k <= n && n <= 21)
        {
            return digits + new string('0', n - k);
        }

        if (0 < n && n <= 21)
        {
            return digits[..n] + "." + digits[n..];
        }

        if (-6 < n && n <= 0)
        {
            return "0." + new string('0', -n) + digits;
        }

        var exponent = n - 1;
        var exponentText = (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
        return k == 1
            ? digits + "e" + exponentText
            : digits[..1] + "." + digits[1..] + "e" + exponentText;
    }

    /// <summary>
    /// The digits s (no leading or trailing zeros) and exponent n with value = 0.s × 10^n, s as short as
    /// possible (ECMA-262 step 5). .NET Core 3.0+ formats "R" as the shortest round-tripping digits,
    /// closest to the value when there is a choice — the same digits ECMAScript requires; only the
    /// layout differs, so we read the digits out of it and lay them out again.
    /// </summary>
    private static (string Digits, int N) ShortestDigits(double positive)
    {
        var text = positive.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = text.IndexOf('E', StringComparison.Ordinal);
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var point = text.IndexOf('.', StringComparison.Ordinal);
        if (point < 0)
        {
            point = text.Length;
        }

        var digits = text.Replace(".", string.Empty, StringComparison.Ordinal);
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits[leadingZeros..].TrimEnd('0');
        return (digits, point - leadingZeros + exponent);
    }
}
