using System.Buffers;
using System.Globalization;
using System.Text;

namespace AssetRegistry.Verification.Canonical;

/// <summary>
/// Writes RFC 8785 output: no whitespace (§3.2.1), literals as is (§3.2.2.1), strings with only the
/// mandatory escapes (§3.2.2.2), ECMAScript numbers (§3.2.2.3); the callers sort members (§3.2.3).
/// Text is gathered as UTF-16 and encoded to UTF-8 once at the end (§3.2.4).
/// </summary>
internal sealed class CanonicalJsonWriter
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>What <see cref="WriteString"/> escapes or checks: controls, quote, backslash and surrogates.</summary>
    private static readonly SearchValues<char> NotCopiedAsIs = SearchValues.Create(
        string.Concat(
            new string(Enumerable.Range(0, ' ').Select(c => (char)c).ToArray()),
            "\"\\",
            new string(Enumerable.Range(0xD800, 0x800).Select(c => (char)c).ToArray())));

    private readonly StringBuilder text = new();

    public void WriteNull() => text.Append("null");

    public void WriteBoolean(bool value) => text.Append(value ? "true" : "false");

    public void WriteNumber(double value) => text.Append(EcmaScriptNumber.Format(value));

    public void WriteRaw(char structural) => text.Append(structural);

    public void WriteString(string value)
    {
        text.Append('"');
        var i = 0;
        while (i < value.Length)
        {
            // Most text is copied as is, so it is copied in runs up to the next character that is not.
            var rest = value.AsSpan(i);
            var plain = rest.IndexOfAny(NotCopiedAsIs);
            if (plain < 0)
            {
                text.Append(rest);
                break;
            }

            text.Append(rest[..plain]);
            i += plain;

            var c = value[i];
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case < ' ':
                    // Other controls as \u00xx with lowercase hex, as ECMAScript's JSON.stringify writes them.
                    text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    if (char.IsSurrogate(c))
                    {
                        if (!char.IsHighSurrogate(c) || i + 1 == value.Length || !char.IsLowSurrogate(value[i + 1]))
                        {
                            // I-JSON (RFC 7493 §2.1) forbids them, and UTF-8 cannot carry them.
                            throw new CanonicalJsonException($"A string contains a lone surrogate U+{(int)c:X4}; RFC 8785 requires I-JSON, which forbids it.");
                        }

                        text.Append(c).Append(value[++i]);
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }

            i++;
        }

        text.Append('"');
    }

    public byte[] ToUtf8() => StrictUtf8.GetBytes(text.ToString());
}
