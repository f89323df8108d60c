using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AssetRegistry.Verification.Canonical;

/// <summary>
/// The registry's own rule on top of RFC 8785 for anything it hashes: numbers are integers within
/// ±(2^53 − 1), the range where every JSON implementation agrees on the value (RFC 7493 §2.2).
/// Amounts go as decimal strings, instants as <see cref="CanonicalInstant"/> strings. Verifiers do not
/// apply this: they check what was signed. The registry applies it before anything enters the ledger.
/// </summary>
public static class ValueConventions
{
    private const double MaxSafeInteger = 9_007_199_254_740_991;

    /// <exception cref="CanonicalJsonException">The first value that breaks the rule, by its JSON path.</exception>
    public static void Check(JsonNode? value) => Check(value, "$");

    private static void Check(JsonNode? value, string path)
    {
        switch (value)
        {
            case JsonObject obj:
                foreach (var (name, member) in obj)
                {
                    Check(member, $"{path}.{name}");
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Check(array[i], $"{path}[{i.ToString(CultureInfo.InvariantCulture)}]");
                }

                break;
            case JsonValue primitive when primitive.GetValueKind() == JsonValueKind.Number:
                var text = primitive.ToJsonString();
                var number = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
                if (Math.Abs(number) > MaxSafeInteger || number != Math.Floor(number) || !long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
                {
                    throw new CanonicalJsonException($"{path} is the number {text}; hashed numbers must be integers within ±(2^53 − 1) written without fraction or exponent — write amounts as decimal strings.");
                }

                break;
        }
    }
}
