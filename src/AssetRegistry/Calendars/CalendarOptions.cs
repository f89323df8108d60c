namespace AssetRegistry.Calendars;

/// <summary>Where the holiday calendars are. Bound from the <c>Calendars</c> configuration section.</summary>
public sealed class CalendarOptions
{
    public const string SectionName = "Calendars";

    /// <summary>
    /// Every <c>*.json</c> file here is one year's calendar. A relative path is taken from the application's
    /// folder. A missing folder is no error: its years then count weekends only, and the health check says so.
    /// </summary>
    public string Folder { get; set; } = DefaultFolder;

    /// <summary>Further calendar files, e.g. next year's mounted from elsewhere. Unlike the folder, each must exist.</summary>
    public IList<string> Files { get; } = [];

    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "Calendars");
}
