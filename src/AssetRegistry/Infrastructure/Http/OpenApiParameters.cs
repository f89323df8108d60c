using System.Text.Json.Nodes;
using AssetRegistry.Applications;
using AssetRegistry.Ledger.Api;
using AssetRegistry.Assets;
using Microsoft.OpenApi;

namespace AssetRegistry.Infrastructure.Http;

/// <summary>
/// The API's query and path parameters. Endpoints read most of them as text and parse them themselves (so that a bad
/// value is a 400 naming it); what they accept is published here, one name meaning one thing across the API — save
/// <c>from</c>/<c>to</c>/<c>kind</c>, which depend on the list they narrow.
/// </summary>
internal static class OpenApiParameters
{
    public sealed record Known(OpenApiSchema Schema, string Description);

    public static Known? Describe(string name, string path) => name switch
    {
        "page" => new(Integer(1, InputRanges.MaxPage, 1), "The page wanted, from 1."),
        "pageSize" => new(Integer(1, InputRanges.MaxPageSize, 50), $"Items per page, at most {InputRanges.MaxPageSize}."),
        "applicationId" => new(Text("uuid"), "The application's id (a UUID), as answered when it was submitted."),
        "objectionId" => new(Text("uuid"), "The objection's id (a UUID), as answered when it was filed."),
        "freezeId" => new(Text("uuid"), "The freeze's id (a UUID), as answered when it was ordered."),
        "registrationNumber" => new(Text(maxLength: 64), "A registration number (登记编号) such as `AR-R-2026-00000001-X`; a mistyped one (its check character fails) is 400."),
        "partyCode" => new(Text(maxLength: 64), "A party's code: its unified social credit code, or the registry's code for a natural person."),
        "sha256" => new(new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[0-9A-Fa-f]{64}$" }, "The document's SHA-256 fingerprint, 64 hexadecimal digits."),
        "number" or "certificate" => new(Text(maxLength: 64), "A certificate number: the registry's code, `-C-` and twelve digits, such as `AR-C-000000000001`."),
        "treeSize" => new(Integer(0, LedgerInputs.MaxSafeInteger), "A tree size a checkpoint was signed at, in digits only."),
        "from" or "to" when path.StartsWith("api/ledger/", StringComparison.Ordinal) =>
            new(Integer(name == "from" ? 1 : 0, LedgerInputs.MaxSafeInteger), name == "from" ? "The older checkpoint's tree size." : "The newer checkpoint's tree size."),
        "from" or "to" or "asOf" => new(Text(maxLength: 40), name switch
        {
            "from" => $"From this instant (RFC 3339 with its offset, such as `2026-05-01T00:00:00Z`) or this day (`2026-05-01`, from 00:00 China Standard Time), inclusive; days {InputRanges.Dates}.",
            "to" => $"Until this instant (exclusive) or to the end of this day (24:00 China Standard Time); days {InputRanges.Dates}.",
            _ => "The asset as it stood at this instant (RFC 3339 with its offset), by the registry's clock.",
        }),
        "state" => new(Enum<ApplicationState>(), "Only applications in this state."),
        "kind" when path.StartsWith("api/register", StringComparison.Ordinal) => new(Enum<RegistrationKind>(), "Only register entries of this kind."),
        "kind" => new(Enum<ApplicationKind>(), "Only applications of this kind."),
        "right" => new(Enum<RightType>(), "Only assets the party holds by this right."),
        "overdue" => new(new OpenApiSchema { Type = JsonSchemaType.Boolean }, "`true`: only what is past its reply limit."),
        _ => null,
    };

    private static OpenApiSchema Integer(long minimum, long maximum, long? byDefault = null) => new()
    {
        Type = JsonSchemaType.Integer,
        Format = maximum > int.MaxValue ? "int64" : "int32",
        Minimum = minimum.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Maximum = maximum.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Default = byDefault is { } value ? JsonValue.Create(value) : null,
    };

    private static OpenApiSchema Text(string? format = null, int? maxLength = null) => new()
    {
        Type = JsonSchemaType.String,
        Format = format,
        MaxLength = maxLength,
    };

    /// <summary>The JSON names of an enum's members, as the API writes them (camelCase).</summary>
    public static OpenApiSchema Enum<T>() where T : struct, System.Enum => new()
    {
        Type = JsonSchemaType.String,
        Enum = [.. System.Enum.GetNames<T>().Select(n => (JsonNode)JsonValue.Create(char.ToLowerInvariant(n[0]) + n[1..]))],
    };
}
