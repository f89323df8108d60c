using AssetRegistry.Calendars;
using AssetRegistry.Infrastructure.Database;
using static AssetRegistry.Tests.Calendars.CalendarSource;

namespace AssetRegistry.Tests.Calendars;

public sealed class CalendarFileTests
{
    private const string FileName = "cn-calendar-2026.json";

    [Fact]
    public void the_checked_in_2026_notice_reads_as_33_holidays_and_6_make_up_workdays()
    {
        var year = CalendarFile.Read(Path.Combine(Folder, FileName));

        Assert.Equal(2026, year.Year);
        Assert.Equal(33, year.Holidays.Count);
        Assert.Equal(6, year.MakeUpWorkdays.Count);
    }

    [Fact]
    public void a_date_outside_its_year_is_refused_naming_the_file_and_the_date()
    {
        var error = Assert.Throws<RegistryConfigurationException>(() => CalendarFile.Parse(
            """{"year": 2026, "holidays": ["2026-12-31", "2027-01-01"], "makeUpWorkdays": []}""", FileName));

        Assert.Contains(FileName, error.Message, StringComparison.Ordinal);
        Assert.Contains("2027-01-01 is not in 2026", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_make_up_workday_outside_its_year_is_refused_too()
    {
        var error = Assert.Throws<RegistryConfigurationException>(() => CalendarFile.Parse(
            """{"year": 2026, "holidays": [], "makeUpWorkdays": ["2025-12-27"]}""", FileName));

        Assert.Contains("2025-12-27 is not in 2026", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_date_cannot_be_both_a_holiday_and_a_make_up_workday()
    {
        var error = Assert.Throws<RegistryConfigurationException>(() => CalendarFile.Parse(
            """{"year": 2026, "holidays": ["2026-10-10"], "makeUpWorkdays": ["2026-10-10"]}""", FileName));

        Assert.Contains(FileName, error.Message, StringComparison.Ordinal);
        Assert.Contains("2026-10-10 is listed both as a holiday and as a make-up workday", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_make_up_workday_on_a_weekday_is_refused_as_a_typo()
    {
        var error = Assert.Throws<RegistryConfigurationException>(() => CalendarFile.Parse(
            """{"year": 2026, "holidays": [], "makeUpWorkdays": ["2026-10-12"]}""", FileName));

        Assert.Contains("2026-10-12 is a Monday", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"year": 2026, "holidays": ["2026-10-1"], "makeUpWorkdays": []}""", "'2026-10-1'")]
    [InlineData("""{"year": 2026, "holidays": [20261001], "makeUpWorkdays": []}""", "'20261001'")]
    [InlineData("""{"year": "2026", "holidays": [], "makeUpWorkdays": []}""", "\"year\"")]
    [InlineData("""{"year": 2026, "holidays": []}""", "\"makeUpWorkdays\" is missing")]
    [InlineData("""{"year": 2026, "holidays": [], "makeUpWorkdays": [], "timeZone": "UTC"}""", "\"timeZone\"")]
    [InlineData("""["2026-10-01"]""", "one JSON object")]
    [InlineData("""{"year": 2026, "holidays": [""", "not valid JSON")]
    public void a_malformed_file_is_refused_saying_what_is_wrong(string json, string complaint)
    {
        var error = Assert.Throws<RegistryConfigurationException>(() => CalendarFile.Parse(json, FileName));

        Assert.Contains(FileName, error.Message, StringComparison.Ordinal);
        Assert.Contains(complaint, error.Message, StringComparison.Ordinal);
    }
}
