using AssetRegistry.Documents;
using AssetRegistry.Infrastructure.Http;

namespace AssetRegistry.Parties;

/// <summary>
/// The uploaded documents a party is verified on — a business licence (营业执照), an ID card, a passport — cited by
/// fingerprint (<c>POST /api/documents</c> first), so that the clerk who decides reads what the party sent and the
/// registry keeps it (originals 30 years).
/// </summary>
public static class IdentityDocuments
{
    public const int Max = 10;

    /// <summary>Between 1 and <see cref="Max"/> well-formed fingerprints, lower-case and distinct; faults named under <paramref name="field"/>.</summary>
    public static IReadOnlyList<string> Validate(IReadOnlyList<string>? fingerprints, string field, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (fingerprints is not { Count: > 0 and <= Max })
        {
            errors.Add(field, fingerprints is null ? Refusals.Required : Refusals.CountOutOfRange, ("min", 1), ("max", Max));
            return [];
        }

        var valid = new List<string>();
        for (var i = 0; i < fingerprints.Count; i++)
        {
            if (Fingerprints.Validate(fingerprints[i], $"{field}[{i}]", errors) is { } sha)
            {
                valid.Add(sha);
            }
        }

        return valid.Distinct(StringComparer.Ordinal).ToArray();
    }

    public static IReadOnlyList<CitedDocument> Cited(IReadOnlyList<string> fingerprints, string field = "identityDocuments") =>
        [.. fingerprints.Select((sha, i) => new CitedDocument($"{field}[{i}]", sha))];
}
