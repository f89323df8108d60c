using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AssetRegistry.Verification.Canonical;

/// <summary>
/// The JSON Canonicalization Scheme (RFC 8785): one byte sequence per JSON value, whoever writes it.
/// JCS does not normalise strings (§3.1: "A" + U+030A stays two code points); normalising input is the
/// service's job at its edge, before anything is hashed.
/// </summary>
public static class JsonCanonicalizer
{
    // Parsing is System.Text.Json's; it is writing that System.Text.Json cannot do canonically.
    private static readonly JsonDocumentOptions StrictParsing = new() { AllowDuplicateProperties = false };

    public static byte[] Canonicalize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Canonicalize(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Canonicalises UTF-8 JSON text (RFC 8259), which must hold exactly one value.</summary>
    public static byte[] Canonicalize(ReadOnlyMemory<byte> utf8Json)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8Json, StrictParsing);
            return Canonicalize(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new CanonicalJsonException($"The input is not a single JSON value without duplicate member names: {e.Message}", e);
        }
        catch (InvalidOperationException e)
        {
            // Checking member names for duplicates unescapes them while parsing, which is where
            // System.Text.Json refuses a name that is not valid Unicode.
            throw new CanonicalJsonException($"A member name is not valid Unicode (I-JSON, RFC 7493 §2.1): {e.Message}", e);
        }
    }

    public static byte[] Canonicalize(JsonElement value)
    {
        var writer = new CanonicalJsonWriter();
        Write(writer, value);
        return writer.ToUtf8();
    }

    /// <summary>Canonicalises a node tree; a <see langword="null"/> node is JSON <c>null</c>.</summary>
    public static byte[] Canonicalize(JsonNode? value)
    {
        var writer = new CanonicalJsonWriter();
        Write(writer, value);
        return writer.ToUtf8();
    }

    private static void Write(CanonicalJsonWriter writer, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                var members = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal);
                foreach (var member in value.EnumerateObject())
                {
                    if (!members.TryAdd(ReadString(() => member.Name), member.Value))
                    {
                        throw DuplicateName(member.Name);
                    }
                }

                WriteObject(writer, members, Write);
                break;
            case JsonValueKind.Array:
                WriteArray(writer, value.EnumerateArray(), Write);
                break;
            case JsonValueKind.String:
                writer.WriteString(ReadString(() => value.GetString()!));
                break;
            case JsonValueKind.Number:
                writer.WriteNumber(ReadDouble(value.GetRawText()));
                break;
            case JsonValueKind.True:
            case JsonValueKind.False:
                writer.WriteBoolean(value.GetBoolean());
                break;
            case JsonValueKind.Null:
                writer.WriteNull();
                break;
            default:
                throw new CanonicalJsonException($"A JSON element of kind {value.ValueKind} has no canonical form.");
        }
    }

    private static void Write(CanonicalJsonWriter writer, JsonNode? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNull();
                break;
            case JsonObject obj:
                var members = new KeyValuePair<string, JsonNode?>[obj.Count];
                ((ICollection<KeyValuePair<string, JsonNode?>>)obj).CopyTo(members, 0);
                Array.Sort(members, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
                for (var i = 1; i < members.Length; i++)
                {
                    // A JsonObject keeps its names unique already; the canonical form must not rest on that alone.
                    if (string.Equals(members[i - 1].Key, members[i].Key, StringComparison.Ordinal))
                    {
                        throw DuplicateName(members[i].Key);
                    }
                }

                WriteObject(writer, members, Write);
                break;
            case JsonArray array:
                WriteArray(writer, array, Write);
                break;
            case JsonValue primitive:
                WritePrimitive(writer, primitive);
                break;
        }
    }

    private static void WritePrimitive(CanonicalJsonWriter writer, JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String when ReadString(() => value.TryGetValue<string>(out var held) ? held : null) is { } text:
                // Taken as is: serialising the node first would turn a lone surrogate into U+FFFD unnoticed.
                writer.WriteString(text);
                break;
            case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null
                when value.TryGetValue<JsonElement>(out var parsed):
                // A value read from JSON text keeps that text: writing it out and parsing it again, as below,
                // would give back the same element, only slower.
                Write(writer, parsed);
                break;
            case JsonValueKind.String:
            case JsonValueKind.Number:
            case JsonValueKind.True:
            case JsonValueKind.False:
            case JsonValueKind.Null:
                // Values held as CLR numbers, Guids, chars...: their JSON text, re-read like any other
                // input, so that a long becomes a double exactly as a JSON parser would make it one.
                using (var document = JsonDocument.Parse(value.ToJsonString(), StrictParsing))
                {
                    Write(writer, document.RootElement);
                }

                break;
            default:
                throw new CanonicalJsonException($"A JSON value of kind {value.GetValueKind()} has no canonical form.");
        }
    }

    /// <param name="members">
    /// Sorted by §3.2.3: by the UTF-16 code units of their names, which is what ordinal string comparison in
    /// .NET compares (not code points: U+1F602 as D83D DE02 sorts before U+FB33).
    /// </param>
    private static void WriteObject<T>(CanonicalJsonWriter writer, IEnumerable<KeyValuePair<string, T>> members, Action<CanonicalJsonWriter, T> writeValue)
    {
        writer.WriteRaw('{');
        var first = true;
        foreach (var (name, member) in members)
        {
            if (!first)
            {
                writer.WriteRaw(',');
            }

            first = false;
            writer.WriteString(name);
            writer.WriteRaw(':');
            writeValue(writer, member);
        }

        writer.WriteRaw('}');
    }

    private static void WriteArray<T>(CanonicalJsonWriter writer, IEnumerable<T> items, Action<CanonicalJsonWriter, T> writeItem)
    {
        writer.WriteRaw('[');
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                writer.WriteRaw(',');
            }

            first = false;
            writeItem(writer, item);
        }

        writer.WriteRaw(']');
    }

    private static T ReadString<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (InvalidOperationException e)
        {
            // System.Text.Json refuses escaped lone surrogates and invalid UTF-8 here.
            throw new CanonicalJsonException($"A string is not valid Unicode (I-JSON, RFC 7493 §2.1): {e.Message}", e);
        }
    }

    private static double ReadDouble(string rawNumber)
    {
        // RFC 8785 §3.2.2.3: every JSON number is an IEEE 754 double; .NET parses with correct rounding.
        var number = double.Parse(rawNumber, NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(number)
            ? number
            : throw new CanonicalJsonException($"The number {rawNumber} is outside the range of an IEEE 754 double (I-JSON, RFC 7493 §2.2).");
    }

    private static CanonicalJsonException DuplicateName(string name) =>
        new($"The member name \"{name}\" appears twice in one object; I-JSON (RFC 7493 §2.3) forbids it.");
}
