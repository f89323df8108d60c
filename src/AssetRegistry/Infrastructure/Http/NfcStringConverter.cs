using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AssetRegistry.Infrastructure.Http;

/// <summary>
/// Every string that arrives as JSON is put in Unicode NFC, so that names that look equal are equal —
/// and hash equally in certificates (canonical JSON never normalises by itself).
/// </summary>
public sealed class NfcStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("Expected a string.");
        }

        return reader.GetString()?.Normalize(NormalizationForm.FormC);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);
}
