using System.Globalization;
using System.Text.Json.Nodes;
using AssetRegistry.Assets;
using AssetRegistry.Verification.Canonical;

namespace AssetRegistry.Ledger;

/// <summary>
/// A certificate's canonical bytes stay below <see cref="Limit"/>: C2SP entry bundles give each entry a 16-bit length
/// (docs/ledger.md §14). The registry cannot refuse a registration once it is decided — its certificate is issued after
/// commit — so the applications that grow what a certificate says are refused up front (<c>certificate-too-large</c>,
/// 400) when the asset's certificates could reach it: an initial application and its resubmission, a change, a
/// correction, a license. The bound is the texts an applicant chooses, each as JCS writes it (a control character
/// takes 6 bytes, a CJK one 3), plus <see cref="Overhead"/> for everything else a certificate of any kind holds.
/// </summary>
public static class CertificateSize
{
    /// <summary>A certificate's canonical bytes are fewer than this: at most 65,535, a uint16.</summary>
    public const int Limit = 65_536;

    /// <summary>
    /// What a certificate holds beside the texts counted by <see cref="Of"/>, at most: its structure and member names,
    /// numbers, identifiers, dates, commitments, the event it cites, the registry's name (100 characters, 3 bytes each),
    /// and names and texts whose limits are small, each at its longest and at 6 bytes a character (a control character,
    /// as JCS escapes it): the holder's and a counterparty's name (200 characters each), a court (200), a case number
    /// (100). Holder names are counted so because a transfer or a rename changes them without changing the data.
    /// CertificateSizeTests shows it for a certificate of every kind.
    /// </summary>
    public const int Overhead = 8_192;

    /// <summary>
    /// The most bytes a certificate of the asset with these items can have: the items as certificates show them (not
    /// processing rules nor notarisation status, which they leave out), the resources it derives from, and a license's
    /// scope — <paramref name="licenseScope"/>, or else the scenarios once more, the scope of a license yet to come.
    /// </summary>
    public static int Of(RegisteredItems items, IReadOnlyList<string> derivedFrom, IReadOnlyList<string>? licenseScope = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(derivedFrom);
        var scope = licenseScope ?? items.ApplicationScenarios;
        return Overhead + Text(items.Name) + Text(items.Industry) + Texts(items.ApplicationScenarios) + Text(items.DataSource)
            + Text(items.StructureAndScale) + Text(items.UpdateFrequency) + Texts(derivedFrom) + Texts(scope);
    }

    /// <summary>Refuses when <see cref="Of"/> reaches the limit, naming the largest item as the field to shorten.</summary>
    public static void EnsureFits(RegisteredItems items, IReadOnlyList<string> derivedFrom, IReadOnlyList<string>? licenseScope = null, string? scopeField = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var bound = Of(items, derivedFrom, licenseScope);
        if (bound < Limit)
        {
            return;
        }

        var largest = new (string Field, int Bytes)[]
        {
            ("name", Text(items.Name)), ("industry", Text(items.Industry)), (RegisteredItemChanges.ScenariosField, Texts(items.ApplicationScenarios)),
            ("dataSource", Text(items.DataSource)), ("structureAndScale", Text(items.StructureAndScale)), ("updateFrequency", Text(items.UpdateFrequency)),
            (scopeField ?? RegisteredItemChanges.ScenariosField, licenseScope is null ? 0 : Texts(licenseScope)),
        }.MaxBy(f => f.Bytes).Field;
        throw new Refusal(Refusals.CertificateTooLarge, largest,
            ("bound", bound.ToString("N0", CultureInfo.InvariantCulture)), ("limit", Limit.ToString("N0", CultureInfo.InvariantCulture)), ("field", largest));
    }

    /// <summary>A string's bytes in canonical JSON (RFC 8785), quotes and escapes included.</summary>
    public static int Text(string? text) => text is null ? 4 : JsonCanonicalizer.Canonicalize(JsonValue.Create(text)).Length;

    /// <summary>An array of strings' bytes in canonical JSON.</summary>
    public static int Texts(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return 2 + Math.Max(0, texts.Count - 1) + texts.Sum(Text);
    }
}
