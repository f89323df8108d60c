using AssetRegistry.Calendars;
using AssetRegistry.Infrastructure.Database;
using static AssetRegistry.Tests.Calendars.CalendarSource;

namespace AssetRegistry.Tests.Calendars;

public sealed class WorkingCalendarLoaderTests : IDisposable
{
    private const string Calendar2027 = """{"year": 2027, "holidays": ["2027-01-01"], "makeUpWorkdays": []}""";

    private readonly string _scratch = Directory.CreateTempSubdirectory("calendars-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public void every_json_file_in_the_folder_and_every_named_file_is_a_year_of_the_calendar()
    {
        var extra = Write("next-year.json", Calendar2027);

        var calendar = WorkingCalendarLoader.Load(new CalendarOptions { Folder = Folder, Files = { extra } });

        Assert.Equal([2026, 2027], calendar.Years);
        Assert.False(calendar.IsWorkingDay(Day("2027-01-01")));
    }

    [Fact]
    public void a_missing_folder_gives_a_calendar_of_weekends_only()
    {
        var calendar = WorkingCalendarLoader.Load(new CalendarOptions { Folder = Path.Combine(_scratch, "absent") });

        Assert.Empty(calendar.Years);
        Assert.True(calendar.IsWorkingDay(Day("2026-10-01")));
    }

    [Fact]
    public void a_named_file_that_does_not_exist_is_refused_naming_it()
    {
        var missing = Path.Combine(_scratch, "cn-calendar-2027.json");

        var error = Assert.Throws<RegistryConfigurationException>(() =>
            WorkingCalendarLoader.Load(new CalendarOptions { Folder = _scratch, Files = { missing } }));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void two_files_for_the_same_year_are_refused_naming_both()
    {
        var first = Write("a.json", Calendar2027);
        var second = Write("b.json", Calendar2027);

        var error = Assert.Throws<RegistryConfigurationException>(() => WorkingCalendarLoader.Load(new CalendarOptions { Folder = _scratch }));

        Assert.Contains(first, error.Message, StringComparison.Ordinal);
        Assert.Contains(second, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_file_both_in_the_folder_and_named_is_read_once()
    {
        var file = Write("cn-calendar-2027.json", Calendar2027);

        var calendar = WorkingCalendarLoader.Load(new CalendarOptions { Folder = _scratch, Files = { file } });

        Assert.Equal([2027], calendar.Years);
    }

    [Fact]
    public void a_bad_file_in_the_folder_is_refused_naming_it()
    {
        var bad = Write("cn-calendar-2027.json", """{"year": 2027, "holidays": ["2026-12-31"], "makeUpWorkdays": []}""");
        Write("readme.txt", "not a calendar, and not read");

        var error = Assert.Throws<RegistryConfigurationException>(() => WorkingCalendarLoader.Load(new CalendarOptions { Folder = _scratch }));

        Assert.Contains(bad, error.Message, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_scratch, name);
        File.WriteAllText(path, content);
        return path;
    }
}
