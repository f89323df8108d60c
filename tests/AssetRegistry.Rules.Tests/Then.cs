using System.Text.Json;
using System.Text.Json.Serialization;

namespace AssetRegistry.Rules.Tests;

/// <summary>
/// What a decision should come to: the events, compared by value member by member (records holding lists compare
/// their lists by reference, so they are compared as JSON, with their types, instants in UTC), or the refusal — its code, the field
/// it names (null when it names none) and its kind, its sentence filled in both languages.
/// </summary>
public static class Then
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(), new InstantConverter() },
    };

    /// <summary>The decision recorded exactly <paramref name="expected"/>, in order.</summary>
    public static void Recorded(IEnumerable<object> actual, params object[] expected)
    {
        var events = actual.ToArray();
        Assert.Equal(expected.Select(e => e.GetType().Name), events.Select(e => e.GetType().Name));
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(Show(expected[i]), Show(events[i]));
        }
    }

    /// <summary>The decision recorded the one event <paramref name="expected"/>.</summary>
    public static void Recorded(object? actual, object expected)
    {
        Assert.NotNull(actual);
        Recorded([actual], expected);
    }

    /// <summary>A decision that may find nothing due returned nothing.</summary>
    public static void RecordedNothing(object? actual) => Assert.Null(actual);

    /// <summary>A check that passes: it throws no refusal.</summary>
    public static void Allowed(Action when) => Assert.Null(Record.Exception(when));

    public static Refusal Refused(Action when, string code, string? field = null, RefusalKind kind = RefusalKind.Conflict)
    {
        var refusal = Assert.Throws<Refusal>(when);
        Assert.Equal((code, field, kind), (refusal.Code, refusal.Field, refusal.Kind));
        Assert.False(string.IsNullOrWhiteSpace(refusal.Message));
        // Every specific the catalogue's sentence names was given, in both languages.
        Assert.DoesNotMatch(@"\{[A-Za-z][A-Za-z0-9]*\}", refusal.Describe(Language.Chinese));
        Assert.DoesNotMatch(@"\{[A-Za-z][A-Za-z0-9]*\}", refusal.Describe(Language.English));
        return refusal;
    }

    public static string Show(object value) => JsonSerializer.Serialize(value, value.GetType(), Json);

    /// <summary>An instant is compared as the instant it is, whatever offset wrote it (PostgreSQL keeps instants, not offsets).</summary>
    private sealed class InstantConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Events are shown, never read back.");

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToUniversalTime());
    }
}
