using System.Text.RegularExpressions;

namespace AssetRegistry.Infrastructure.Identity;

/// <summary>
/// Who the registry (登记机构) is. <see cref="Name"/> is the <c>registry</c> member of every certificate and checkpoint;
/// <see cref="Code"/> heads its registration numbers (登记编号) and certificate numbers (<c>AR</c> in
/// <c>AR-R-2026-00000042-F</c>, <c>AR-C-000000000001</c>); <see cref="Origin"/> names its ledger in the formats to come,
/// a setting of its own so that renaming the registry's display name never touches it; <see cref="PublicBaseUrl"/> is
/// where the public reaches it (QR codes on certificates). A ledger's name and code never change once a certificate
/// states them (<see cref="RegistryIdentityResolver"/>).
/// </summary>
public sealed partial record RegistryIdentity(string Name, string Code, string Origin, Uri PublicBaseUrl)
{
    public const string Section = "Registry";

    /// <summary>What every ledger made before the identity was configuration states: kept by those ledgers.</summary>
    public static readonly (string Name, string Code) Original = ("AssetRegistry", "AR");

    /// <summary>The settings, each with its environment variable, in the order a missing one is reported.</summary>
    public static readonly IReadOnlyList<(string Setting, string Meaning)> Settings =
    [
        ($"{Section}:Name", "the registry's name, stated in every certificate and checkpoint (e.g. 深圳数据交易所登记中心)"),
        ($"{Section}:Code", "2 to 6 capital letters and digits, the first a letter, heading registration and certificate numbers (e.g. SZDE)"),
        ($"{Section}:Origin", "the ledger's origin, a name unique to this registry's ledger, without spaces (e.g. ledger.szde.example.cn)"),
        ($"{Section}:PublicBaseUrl", "the registry's public address, http or https (e.g. https://registry.szde.example.cn/)"),
    ];

    /// <summary>Null when <paramref name="code"/> may head a registration number (docs/registration-number.md), else why not.</summary>
    public static string? FaultOfCode(string code) =>
        CodePattern().IsMatch(code) ? null : $"'{code}' is not a registry code: 2 to 6 of A–Z and 0–9, the first a letter (e.g. AR, SZDE).";

    public static string? FaultOfName(string name) =>
        name.Length is 0 or > 100 || name != name.Trim() || name.Any(char.IsControl) || !name.IsNormalized()
            ? $"'{name}' is not a registry name: 1 to 100 characters, no leading or trailing space, no control characters, in Unicode NFC."
            : null;

    public static string? FaultOfOrigin(string origin) =>
        origin.Length is 0 or > 200 || origin.Any(c => c <= ' ' || c > '~')
            ? $"'{origin}' is not a ledger origin: 1 to 200 printable ASCII characters without spaces."
            : null;

    public static string? FaultOfPublicBaseUrl(string url, out Uri? parsed) =>
        Uri.TryCreate(url, UriKind.Absolute, out parsed) && parsed.Scheme is "http" or "https" && string.IsNullOrEmpty(parsed.Query) && string.IsNullOrEmpty(parsed.Fragment)
            ? null
            : $"'{url}' is not a public base URL: an absolute http or https address without query or fragment.";

    [GeneratedRegex("^[A-Z][A-Z0-9]{1,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
