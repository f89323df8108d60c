using System.Globalization;
using System.Text.Json;
using AssetRegistry.Infrastructure.Database;

namespace AssetRegistry.Calendars;

/// <summary>
/// Reads one year's calendar from JSON shaped like <c>cn-calendar-2026.json</c>:
/// <c>{"year": 2026, "timeZone": "Asia/Shanghai", "holidays": ["2026-01-01", …], "makeUpWorkdays": ["2026-01-04", …]}</c>.
/// Other properties (<c>source</c>, <c>note</c>) are documentation and ignored.
/// </summary>
/// <remarks>
/// Every fault is a <see cref="RegistryConfigurationException"/> naming the file, so that the service stops at
/// start-up saying which file to fix rather than counting deadlines from a half-read calendar.
/// </remarks>
public static class CalendarFile
{
    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static CalendarYear Read(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException)
        {
            throw new RegistryConfigurationException($"Calendar file '{path}' cannot be read: {unreadable.Message}", unreadable);
        }

        return Parse(json, path);
    }

    /// <param name="json">The file's content.</param>
    /// <param name="fileName">Named in every error message.</param>
    public static CalendarYear Parse(string json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, Lenient);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Fault(fileName, "it must hold one JSON object with year, holidays and makeUpWorkdays.");
            }

            var year = ReadYear(root, fileName);
            RequireChinaStandardTime(root, fileName);
            return new CalendarYear(year, ReadDates(root, "holidays", fileName), ReadDates(root, "makeUpWorkdays", fileName));
        }
        catch (JsonException malformed)
        {
            throw new RegistryConfigurationException($"Calendar file '{fileName}' is not valid JSON: {malformed.Message}", malformed);
        }
        catch (ArgumentException invalid)
        {
            throw new RegistryConfigurationException($"Calendar file '{fileName}': {invalid.Message}", invalid);
        }
    }

    private static int ReadYear(JsonElement root, string fileName) =>
        root.TryGetProperty("year", out var year) && year.ValueKind == JsonValueKind.Number && year.TryGetInt32(out var value)
            ? value
            : throw Fault(fileName, "\"year\" is missing or not a whole number.");

    // Holiday dates are local dates in China; a file written for another zone would be misread, not converted.
    private static void RequireChinaStandardTime(JsonElement root, string fileName)
    {
        if (root.TryGetProperty("timeZone", out var zone)
            && (zone.ValueKind != JsonValueKind.String || zone.GetString() != "Asia/Shanghai"))
        {
            throw Fault(fileName, $"\"timeZone\" is {zone.GetRawText()}; calendars are kept in \"Asia/Shanghai\".");
        }
    }

    private static List<DateOnly> ReadDates(JsonElement root, string property, string fileName)
    {
        // Both lists are required, even when empty: a misspelt name must not read as "no holidays".
        if (!root.TryGetProperty(property, out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw Fault(fileName, $"\"{property}\" is missing or not a list of dates.");
        }

        var dates = new List<DateOnly>();
        foreach (var item in list.EnumerateArray())
        {
            var text = item.ValueKind == JsonValueKind.String ? item.GetString() : item.GetRawText();
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw Fault(fileName, $"\"{property}\" holds '{text}', which is not a date written yyyy-MM-dd.");
            }

            dates.Add(date);
        }

        return dates;
    }

    private static RegistryConfigurationException Fault(string fileName, string problem) =>
        new($"Calendar file '{fileName}': {problem}");
}
