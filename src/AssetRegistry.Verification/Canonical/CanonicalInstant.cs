using System.Globalization;

namespace AssetRegistry.Verification.Canonical;

/// <summary>
/// The one way an instant is written in hashed or signed JSON: RFC 3339 §5.6 in UTC with exactly six
/// fractional digits, <c>2026-03-01T08:30:00.123456Z</c>. Microseconds because PostgreSQL keeps
/// microseconds: an instant read back from the database must hash the same as when it was written.
/// </summary>
public static class CanonicalInstant
{
    /// <summary>The .NET custom format; <c>ffffff</c> truncates, it never rounds.</summary>
    public const string Pattern = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(Pattern, CultureInfo.InvariantCulture);

    /// <summary>The instant as <see cref="Format"/> keeps it: UTC, cut down to whole microseconds.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset instant)
    {
        var ticks = instant.UtcTicks;
        return new DateTimeOffset(ticks - (ticks % TicksPerMicrosecond), TimeSpan.Zero);
    }

    /// <summary>Reads exactly the <see cref="Pattern"/> form; anything else (an offset, fewer digits) fails.</summary>
    public static bool TryParse(string? text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParseExact(
            text,
            Pattern,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out instant);
}
