using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AssetRegistry.Verification.Canonical;

namespace AssetRegistry.Verification;

/// <summary>Strict reading of the members of ledger documents; every failure is a <see cref="LedgerFormatException"/> naming the member.</summary>
internal static class LedgerJson
{
    /// <summary>2^53 − 1: larger integers do not survive a trip through an IEEE 754 double (RFC 7493 §2.2).</summary>
    public const long MaxSafeInteger = 9_007_199_254_740_991;

    private static readonly JsonDocumentOptions StrictParsing = new() { AllowDuplicateProperties = false };

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject ParseObject(string json, string what)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, documentOptions: StrictParsing);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new LedgerFormatException($"The {what} is not I-JSON (RFC 7493): {e.Message}", e);
        }

        return node as JsonObject ?? throw new LedgerFormatException($"The {what} is not a JSON object.");
    }

    /// <summary>
    /// Documents on disk are indented for people, with Chinese text and '+' left readable; nothing hashes
    /// them as a whole. The relaxed encoder is "unsafe" only for embedding in HTML, which files are not.
    /// </summary>
    public static string ToIndentedJson(JsonNode node) => node.ToJsonString(Indented);

    public static JsonObject Object(JsonObject parent, string name, string what) =>
        Required(parent, name, what) as JsonObject ?? throw Wrong(what, name, "an object");

    public static void AllowOnly(JsonObject obj, string what, params string[] names)
    {
        var unknown = obj.Select(m => m.Key).FirstOrDefault(k => !names.Contains(k, StringComparer.Ordinal));
        if (unknown is not null)
        {
            throw new LedgerFormatException($"The {what} has a member \"{unknown}\" that is not part of its format.");
        }
    }

    public static string String(JsonObject obj, string name, string what) =>
        Required(obj, name, what) is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : throw Wrong(what, name, "a string");

    public static long SafeInteger(JsonObject obj, string name, string what) =>
        Required(obj, name, what) is JsonValue value
            && value.GetValueKind() == JsonValueKind.Number
            && value.TryGetValue<long>(out var number)
            && number is >= 0 and <= MaxSafeInteger
            ? number
            : throw Wrong(what, name, $"an integer from 0 to {MaxSafeInteger}, written without fraction or exponent");

    public static byte[] Base64(JsonObject obj, string name, string what) =>
        Base64Value(Required(obj, name, what), what, name);

    public static IReadOnlyList<byte[]> Base64Array(JsonObject obj, string name, string what) =>
        Required(obj, name, what) is JsonArray array
            ? array.Select((item, i) => Base64Value(item, what, $"{name}[{i}]")).ToList()
            : throw Wrong(what, name, "an array of base64 strings");

    public static DateTimeOffset Instant(JsonObject obj, string name, string what) =>
        CanonicalInstant.TryParse(String(obj, name, what), out var instant)
            ? instant
            : throw Wrong(what, name, "an instant written yyyy-MM-ddTHH:mm:ss.ffffffZ");

    /// <summary>A nullable instant: absent or <c>null</c> both mean none.</summary>
    public static DateTimeOffset? OptionalInstant(JsonObject obj, string name, string what) =>
        obj[name] is null ? null : Instant(obj, name, what);

    public static JsonArray Base64Array(IEnumerable<byte[]> items) =>
        new(items.Select(i => (JsonNode?)StrictBase64.Encode(i)).ToArray());

    private static byte[] Base64Value(JsonNode? node, string what, string name) =>
        node is JsonValue value
            && value.GetValueKind() == JsonValueKind.String
            && StrictBase64.TryDecode(value.GetValue<string>(), out var bytes)
            ? bytes
            : throw Wrong(what, name, "a base64 string (RFC 4648 §4, padded, no whitespace)");

    private static JsonNode Required(JsonObject obj, string name, string what) =>
        obj.TryGetPropertyValue(name, out var node) && node is not null
            ? node
            : throw new LedgerFormatException($"The {what} has no \"{name}\".");

    private static LedgerFormatException Wrong(string what, string name, string expected) =>
        new($"The {what}'s \"{name}\" must be {expected}.");
}
