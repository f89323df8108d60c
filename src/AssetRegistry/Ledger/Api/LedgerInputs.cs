using System.Globalization;
using AssetRegistry.Infrastructure.Http;

namespace AssetRegistry.Ledger.Api;

/// <summary>
/// The ledger API's inputs, each checked for its form before anything is looked up: a malformed one is a 400
/// naming its field; a well-formed one that names nothing is a 404.
/// </summary>
public static class LedgerInputs
{
    /// <summary>2^53 − 1: the largest tree size or index docs/ledger.md §2 allows.</summary>
    public const long MaxSafeInteger = 9_007_199_254_740_991;

    /// <summary>
    /// A certificate number: the registry's code, <c>-C-</c> and twelve digits, e.g. <c>AR-C-000000000001</c>; any letter case.
    /// Returned in capitals, as issued.
    /// </summary>
    public static string CertificateNumber(string? text, string field, string registryCode)
    {
        ArgumentException.ThrowIfNullOrEmpty(registryCode);
        var example = $"{registryCode}-C-000000000001";
        if (string.IsNullOrWhiteSpace(text))
        {
            throw RequestValidationException.For(field, Refusals.Required);
        }

        var number = text.Trim().ToUpperInvariant();
        return number.Length == registryCode.Length + 15
            && number.StartsWith(registryCode.ToUpperInvariant() + "-C-", StringComparison.Ordinal)
            && number[^12..].All(char.IsAsciiDigit)
                ? number
                : throw RequestValidationException.For(field, Refusals.NotACertificateNumber, ("prefix", $"{registryCode}-C-"), ("example", example));
    }

    /// <summary>A tree size (or other ledger integer) from a query string: digits only, 0 to 2^53 − 1; null when absent.</summary>
    public static long? Size(string? text, string field)
    {
        if (text is null)
        {
            return null;
        }

        return text.Length is > 0 and <= 16
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            && value <= MaxSafeInteger
                ? value
                : throw RequestValidationException.For(field, Refusals.NotATreeSize, ("max", MaxSafeInteger), ("value", text));
    }
}
