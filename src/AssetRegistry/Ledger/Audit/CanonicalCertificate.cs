using System.Globalization;
using System.Text;
using System.Text.Json;
using AssetRegistry.Verification.Canonical;

namespace AssetRegistry.Ledger.Audit;

/// <summary>
/// One pass over a stored certificate's bytes that decides whether they are exactly their own RFC 8785 canonical
/// form — without building the canonical form to compare — and reads on the way the members the audit needs.
/// Canonical means: no whitespace; strings with only the escapes JCS writes (<c>\"</c>, <c>\\</c>, <c>\b</c>,
/// <c>\f</c>, <c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\u00xx</c> in lowercase for the other controls) and valid UTF-8
/// otherwise; numbers as ECMAScript writes them; members of each object in strictly increasing order of their
/// UTF-16 code units (so no duplicates). The tests hold it to <see cref="JsonCanonicalizer"/>: canonical exactly
/// when canonicalising changes nothing.
/// </summary>
internal sealed class CanonicalCertificate
{
    private const int MaxDepth = 64;

    private CanonicalCertificate()
    {
    }

    public bool IsObject { get; private set; }
    public string? CertificateNumber { get; private set; }
    public string? RegistrationNumber { get; private set; }

    /// <summary>The token of <c>previousCertificateHash</c>: <see cref="JsonTokenType.None"/> when it is missing.</summary>
    public JsonTokenType PreviousKind { get; private set; }
    public string? PreviousCertificateHash { get; private set; }

    public bool HasEventObject { get; private set; }
    public string? EventStream { get; private set; }
    public long? EventVersion { get; private set; }
    public long? EventSequence { get; private set; }
    public string? EventHash { get; private set; }

    private enum Top { Other, Asset, Event }

    /// <summary>
    /// Reads <paramref name="utf8"/>; null when it is not exactly its canonical form.
    /// </summary>
    /// <exception cref="JsonException">Not JSON at all.</exception>
    public static CanonicalCertificate? Read(ReadOnlySpan<byte> utf8)
    {
        var found = new CanonicalCertificate();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
        Span<NameSlot> lastNames = stackalloc NameSlot[MaxDepth + 1];
        var names = new string?[MaxDepth + 1];
        var previousEnd = 0L;
        var previous = JsonTokenType.None;
        var top = Top.Other;
        ReadOnlySpan<byte> pendingName = default;

        while (reader.Read())
        {
            var token = reader.TokenType;
            var start = reader.TokenStartIndex;

            // Between tokens: nothing after an opening bracket, a name (its colon is part of it) or at the start,
            // nothing before a closing bracket, else exactly one comma.
            var separator = previous is JsonTokenType.None or JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.PropertyName
                || token is JsonTokenType.EndObject or JsonTokenType.EndArray
                ? 0
                : 1;
            if (start - previousEnd != separator || (separator == 1 && utf8[(int)previousEnd] != (byte)','))
            {
                return null;
            }

            var depth = reader.CurrentDepth;
            switch (token)
            {
                case JsonTokenType.StartObject:
                    lastNames[depth + 1] = default;
                    names[depth + 1] = null;
                    if (depth == 0)
                    {
                        found.IsObject = true;
                    }
                    else if (depth == 1 && top == Top.Event)
                    {
                        found.HasEventObject = true;
                    }

                    break;
                case JsonTokenType.PropertyName:
                    // The name, its quotes and the colon, nothing else.
                    if (reader.BytesConsumed - start != reader.ValueSpan.Length + 3 || !IsCanonicalString(reader.ValueSpan, reader.ValueIsEscaped))
                    {
                        return null;
                    }

                    if (!FollowsInOrder(ref reader, utf8, ref lastNames[depth], ref names[depth], start))
                    {
                        return null;
                    }

                    pendingName = reader.ValueSpan;
                    if (depth == 1)
                    {
                        top = reader.ValueTextEquals("asset"u8) ? Top.Asset : reader.ValueTextEquals("event"u8) ? Top.Event : Top.Other;
                    }

                    break;
                case JsonTokenType.String:
                    if (!IsCanonicalString(reader.ValueSpan, reader.ValueIsEscaped))
                    {
                        return null;
                    }

                    found.Take(ref reader, depth, top, pendingName);
                    break;
                case JsonTokenType.Number:
                    if (!IsCanonicalNumber(reader.ValueSpan))
                    {
                        return null;
                    }

                    found.Take(ref reader, depth, top, pendingName);
                    break;
                case JsonTokenType.Null:
                case JsonTokenType.True:
                case JsonTokenType.False:
                    found.Take(ref reader, depth, top, pendingName);
                    break;
            }

            previous = token;
            previousEnd = reader.BytesConsumed;
        }

        // Nothing after the value.
        return previousEnd == utf8.Length ? found : null;
    }

    private void Take(ref Utf8JsonReader reader, int depth, Top top, ReadOnlySpan<byte> name)
    {
        // Only values of members: at depth 1 of the certificate, at depth 2 of its asset and event.
        if (depth == 1)
        {
            if (name.SequenceEqual("certificateNumber"u8))
            {
                CertificateNumber = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (name.SequenceEqual("previousCertificateHash"u8))
            {
                PreviousKind = reader.TokenType;
                PreviousCertificateHash = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
        }
        else if (depth == 2 && top == Top.Asset && name.SequenceEqual("registrationNumber"u8))
        {
            RegistrationNumber = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        }
        else if (depth == 2 && top == Top.Event)
        {
            if (name.SequenceEqual("stream"u8))
            {
                EventStream = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (name.SequenceEqual("hash"u8))
            {
                EventHash = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (name.SequenceEqual("version"u8))
            {
                EventVersion = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var version) ? version : null;
            }
            else if (name.SequenceEqual("sequence"u8))
            {
                EventSequence = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var sequence) ? sequence : null;
            }
        }
    }

    /// <summary>The previous member name of an object, by where its raw bytes are.</summary>
    private struct NameSlot
    {
        public bool Present;
        public bool Simple;
        public int Start;
        public int Length;
    }

    /// <summary>Whether the name just read sorts strictly after the object's previous one (§3.2.3), and records it.</summary>
    private static bool FollowsInOrder(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, ref NameSlot last, ref string? lastName, long start)
    {
        var raw = reader.ValueSpan;
        var simple = !reader.ValueIsEscaped && raw.IndexOfAnyInRange((byte)0xEE, (byte)0xFF) < 0;
        var ordered = true;
        if (last.Present)
        {
            var before = utf8.Slice(last.Start, last.Length);
            if (simple && last.Simple)
            {
                // No escapes and nothing from U+E000 on: the order of the UTF-8 bytes is the order of the UTF-16 code units.
                ordered = raw.SequenceCompareTo(before) > 0;
            }
            else
            {
                var previous = lastName ?? Encoding.UTF8.GetString(before);
                ordered = string.CompareOrdinal(reader.GetString(), previous) > 0;
            }
        }

        last = new NameSlot { Present = true, Simple = simple, Start = (int)start + 1, Length = raw.Length };
        lastName = simple ? null : reader.GetString();
        return ordered;
    }

    /// <summary>A string's raw content (between its quotes) is what JCS writes for its value.</summary>
    private static bool IsCanonicalString(ReadOnlySpan<byte> raw, bool escaped)
    {
        if (!System.Text.Unicode.Utf8.IsValid(raw))
        {
            return false;
        }

        if (!escaped)
        {
            return true;
        }

        for (var i = raw.IndexOf((byte)'\\'); i >= 0 && i < raw.Length; i++)
        {
            if (raw[i] != (byte)'\\')
            {
                continue;
            }

            var kind = raw[i + 1];
            if (kind is (byte)'"' or (byte)'\\' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t')
            {
                i++;
                continue;
            }

            // Otherwise only \u00xx, lowercase, for a control character without a short form.
            if (kind != (byte)'u' || i + 5 >= raw.Length
                || raw[i + 2] != (byte)'0' || raw[i + 3] != (byte)'0' || !IsLowerHex(raw[i + 4]) || !IsLowerHex(raw[i + 5]))
            {
                return false;
            }

            var code = Convert.ToInt32(Encoding.ASCII.GetString(raw.Slice(i + 4, 2)), 16);
            if (code >= 0x20 || code is 0x08 or 0x09 or 0x0A or 0x0C or 0x0D)
            {
                return false;
            }

            i += 5;
        }

        return true;
    }

    private static bool IsLowerHex(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f';

    /// <summary>A number token is what ECMAScript's Number-to-String writes for its value (§3.2.2.3).</summary>
    private static bool IsCanonicalNumber(ReadOnlySpan<byte> raw)
    {
        var digits = raw.Length > 0 && raw[0] == (byte)'-' ? raw[1..] : raw;
        if (digits.Length is > 0 and <= 15 && digits.IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0)
        {
            // A short integer is its own form, but for a leading zero and minus zero.
            return digits[0] != (byte)'0' || (digits.Length == 1 && raw.Length == 1);
        }

        var number = double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(number) && raw.SequenceEqual(Encoding.ASCII.GetBytes(EcmaScriptNumber.Format(number)));
    }
}
