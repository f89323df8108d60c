using System.Globalization;
using System.Text.RegularExpressions;
using AssetRegistry.Calendars;
using AssetRegistry.Infrastructure.Http;

namespace AssetRegistry.Assets;

/// <summary>
/// Moments in a query string. An instant must carry its offset (<c>2026-05-01T00:00:00Z</c>,
/// <c>2026-05-01T08:00:00+08:00</c>): a bare local time would be read differently by different clients.
/// Where a day will do (a range's bounds), a date (<c>2026-05-01</c>) is a calendar day in China, where the
/// registry reckons its days.
/// </summary>
public static partial class InstantQuery
{
    /// <summary>An instant, or null when absent; anything else is a 400 naming <paramref name="field"/>.</summary>
    public static DateTimeOffset? Instant(string? text, string field) =>
        string.IsNullOrWhiteSpace(text) ? null
        : TryInstant(text, out var instant) ? InRange(instant, text, field)
        : throw RequestValidationException.For(field, Refusals.NotAnInstant, ("value", text));

    /// <summary>Where a range starts (inclusive): an instant, or 00:00 China Standard Time of a date.</summary>
    public static DateTimeOffset? From(string? text, string field) =>
        Bound(text, field, WorkingCalendar.StartOfLocalDay);

    /// <summary>
    /// Where a range ends, exclusive: an instant itself (ranges are half-open, so that one range's end is the
    /// next one's start), or 24:00 China Standard Time of a date, so that <c>to=2026-05-31</c> takes in the whole day.
    /// </summary>
    public static DateTimeOffset? Until(string? text, string field) =>
        Bound(text, field, WorkingCalendar.EndOfLocalDay);

    private static DateTimeOffset? Bound(string? text, string field, Func<DateOnly, DateTimeOffset> ofDay) =>
        string.IsNullOrWhiteSpace(text) ? null
        : TryInstant(text, out var instant) ? InRange(instant, text, field)
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? InputRanges.Holds(day) ? ofDay(day) : throw OutOfRange(field)
        : throw RequestValidationException.For(field, Refusals.NotADateOrInstant, ("value", text));

    private static DateTimeOffset InRange(DateTimeOffset instant, string text, string field) =>
        InputRanges.Holds(instant) ? instant : throw OutOfRange(field);

    private static RequestValidationException OutOfRange(string field) =>
        RequestValidationException.For(field, Refusals.OutOfRange, ("min", InputRanges.FirstDate), ("max", InputRanges.LastDate));

    private static bool TryInstant(string text, out DateTimeOffset instant)
    {
        // An unencoded '+' in a query string arrives as a space ("08:00:00 08:00"): take it back for the offset it was.
        var candidate = text.Trim().Replace(' ', '+');
        if (Iso8601Instant().IsMatch(candidate)
            && DateTimeOffset.TryParse(candidate, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            instant = parsed.ToUniversalTime();
            return true;
        }

        instant = default;
        return false;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso8601Instant();
}
