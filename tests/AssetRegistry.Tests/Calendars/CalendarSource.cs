using System.Globalization;
using AssetRegistry.Calendars;

namespace AssetRegistry.Tests.Calendars;

/// <summary>
/// The calendars as checked in: read from the source folder, found by walking up to AssetRegistry.sln, so the
/// tests use the real 2026 notice whether or not the build has copied it next to the binaries.
/// </summary>
internal static class CalendarSource
{
    public static readonly string Folder = Path.Combine(SolutionDirectory(), "src", "AssetRegistry", "Calendars");

    public static readonly WorkingCalendar China = WorkingCalendarLoader.Load(new CalendarOptions { Folder = Folder });

    /// <summary>An instant written as in the rules: <c>2026-09-24T10:00+08:00</c>.</summary>
    public static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);

    public static DateOnly Day(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string SolutionDirectory()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AssetRegistry.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No AssetRegistry.sln above {AppContext.BaseDirectory}.");
    }
}
