using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AssetRegistry.Infrastructure.Http;

/// <summary>
/// A date in a JSON body: <c>yyyy-MM-dd</c>, within <see cref="InputRanges"/> — checked as it is read, so that a
/// license ending 9999-12-31 is a 400 naming its field rather than an overflow further in.
/// </summary>
public sealed class RegistryDateConverter : JsonConverter<DateOnly>
{
    private const string Format = "yyyy-MM-dd";

    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String
            || !DateOnly.TryParseExact(reader.GetString(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            throw new JsonException("The JSON value is not a date written yyyy-MM-dd.");
        }

        return InputRanges.Holds(day)
            ? day
            : throw new JsonException($"Dates run from {InputRanges.Dates}; {day.ToString(Format, CultureInfo.InvariantCulture)} is outside them.");
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));
}
