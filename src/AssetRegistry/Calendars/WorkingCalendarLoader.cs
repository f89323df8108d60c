using AssetRegistry.Infrastructure.Database;

namespace AssetRegistry.Calendars;

/// <summary>Builds the <see cref="WorkingCalendar"/> from the files that <see cref="CalendarOptions"/> names.</summary>
public static class WorkingCalendarLoader
{
    /// <exception cref="RegistryConfigurationException">
    /// A named file is missing, a file is not a valid calendar, or two files give the same year; the message names the files.
    /// </exception>
    public static WorkingCalendar Load(CalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var fileForYear = new Dictionary<int, string>();
        var years = new List<CalendarYear>();
        foreach (var path in CalendarFiles(options))
        {
            var year = CalendarFile.Read(path);
            if (!fileForYear.TryAdd(year.Year, path))
            {
                throw new RegistryConfigurationException(
                    $"Calendar files '{fileForYear[year.Year]}' and '{path}' both give {year.Year}; keep one.");
            }

            years.Add(year);
        }

        return new WorkingCalendar(years);
    }

    private static IEnumerable<string> CalendarFiles(CalendarOptions options)
    {
        var inFolder = Directory.Exists(FullPath(options.Folder))
            ? Directory.EnumerateFiles(FullPath(options.Folder), "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)
            : Enumerable.Empty<string>();

        var named = options.Files.Select(FullPath).Select(path => File.Exists(path)
            ? path
            : throw new RegistryConfigurationException($"Calendar file '{path}' (Calendars:Files) does not exist."));

        // A file both in the folder and named on its own is read once, not reported as giving its year twice.
        return inFolder.Concat(named).Distinct(StringComparer.Ordinal);
    }

    private static string FullPath(string path) => Path.GetFullPath(path, AppContext.BaseDirectory);
}
