using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using AssetRegistry.Verification.Canonical;

namespace AssetRegistry.Verification;

/// <summary>Strict reading of the members of ledger documents; every failure is a <see cref="LedgerFormatException"/> naming the member.</summary>
internal static class LedgerJson
{
    /// <summary>2^53 − 1: larger integers do not survive a trip through an IEEE 754 double (RFC 7493 §2.2).</summary>
    public const long MaxSafeInteger = 9_007_199_254_740_991;

    private static readonly JsonDocumentOptions StrictParsing = new() { AllowDuplicateProperties = false };

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// A document as a file holds it (docs/ledger.md §2): UTF-8 without a byte order mark, every byte part of a
    /// well-formed sequence. Bytes are never decoded loosely: a replaced byte would make other text than was sent.
    /// </summary>
    public static JsonObject ParseObject(ReadOnlySpan<byte> utf8, string what)
    {
        if (utf8.StartsWith(Utf8ByteOrderMark))
        {
            throw ByteOrderMark(what);
        }

        if (Utf8.ToUtf16(utf8, new char[utf8.Length], out var valid, out _, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            throw new LedgerFormatException($"The {what} is not UTF-8: the byte at offset {valid} (0x{utf8[valid]:X2}) does not begin a well-formed UTF-8 sequence (docs/ledger.md §2).");
        }

        try
        {
            return AsObject(JsonNode.Parse(utf8, documentOptions: StrictParsing), what);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw NotIJson(what, e);
        }
    }

    /// <summary>A document already decoded; the same rules, so that text and bytes get the same verdict.</summary>
    public static JsonObject ParseObject(string json, string what)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.StartsWith('\uFEFF'))
        {
            throw ByteOrderMark(what);
        }

        try
        {
            return AsObject(JsonNode.Parse(json, documentOptions: StrictParsing), what);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw NotIJson(what, e);
        }
    }

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private static LedgerFormatException ByteOrderMark(string what) =>
        new($"The {what} begins with a byte order mark (U+FEFF); a ledger document is UTF-8 without one (docs/ledger.md §2): save it without the BOM.");

    private static LedgerFormatException NotIJson(string what, Exception e) => new($"The {what} is not I-JSON (RFC 7493): {e.Message}", e);

    private static JsonObject AsObject(JsonNode? node, string what) =>
        node as JsonObject ?? throw new LedgerFormatException($"The {what} is not a JSON object.");

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

    public static string String(JsonObject obj, string name, string what)
    {
        if (Required(obj, name, what) is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            throw Wrong(what, name, "a string");
        }

        try
        {
            return value.GetValue<string>();
        }
        catch (InvalidOperationException e)
        {
            // An escaped lone surrogate ("\ud800") is valid JSON but not I-JSON (RFC 7493 §2.1).
            throw new LedgerFormatException($"The {what}'s \"{name}\" is not valid Unicode (I-JSON, RFC 7493 §2.1): {e.Message}", e);
        }
    }

    /// <summary>A key id (§2, §5): 64 lowercase hex digits. Any other spelling is a malformed document, not an unknown key.</summary>
    public static string KeyId(JsonObject obj, string name, string what)
    {
        var keyId = String(obj, name, what);
        return keyId.Length == 64 && keyId.All(char.IsAsciiHexDigitLower)
            ? keyId
            : throw Wrong(what, name, "a key id: 64 lowercase hex digits");
    }

    /// <summary>
    /// Digits only: <c>-0</c>, <c>1.0</c> and <c>1e2</c> all read back as integers, but each is a second spelling of one (§2).
    /// </summary>
    public static long SafeInteger(JsonObject obj, string name, string what) =>
        Required(obj, name, what) is JsonValue value
            && value.GetValueKind() == JsonValueKind.Number
            && value.ToJsonString().All(char.IsAsciiDigit)
            && value.TryGetValue<long>(out var number)
            && number is >= 0 and <= MaxSafeInteger
            ? number
            : throw Wrong(what, name, $"an integer from 0 to {MaxSafeInteger}, written in digits only (no sign, fraction or exponent)");

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
