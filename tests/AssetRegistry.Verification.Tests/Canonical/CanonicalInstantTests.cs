using AssetRegistry.Verification.Canonical;

namespace AssetRegistry.Verification.Tests.Canonical;

public class CanonicalInstantTests
{
    [Fact]
    public void an_instant_is_written_in_utc_with_six_fractional_digits()
    {
        var instant = new DateTimeOffset(2026, 3, 1, 16, 30, 0, TimeSpan.FromHours(8)).AddTicks(1_234_567);

        Assert.Equal("2026-03-01T08:30:00.123456Z", CanonicalInstant.Format(instant));
    }

    [Fact]
    public void sub_microsecond_ticks_are_cut_not_rounded()
    {
        var instant = new DateTimeOffset(2026, 3, 1, 8, 30, 0, TimeSpan.Zero).AddTicks(9_999_999);

        Assert.Equal("2026-03-01T08:30:00.999999Z", CanonicalInstant.Format(instant));
        Assert.Equal(CanonicalInstant.Format(instant), CanonicalInstant.Format(CanonicalInstant.Truncate(instant)));
    }

    [Fact]
    public void a_formatted_instant_reads_back_as_the_truncated_instant()
    {
        var instant = DateTimeOffset.UtcNow;

        Assert.True(CanonicalInstant.TryParse(CanonicalInstant.Format(instant), out var read));
        Assert.Equal(CanonicalInstant.Truncate(instant), read);
        Assert.Equal(TimeSpan.Zero, read.Offset);
    }

    [Theory]
    [InlineData("2026-03-01T08:30:00Z")]
    [InlineData("2026-03-01T08:30:00.123Z")]
    [InlineData("2026-03-01T16:30:00.000000+08:00")]
    [InlineData("2026-03-01 08:30:00.000000Z")]
    [InlineData("2026-03-01T08:30:00.000000z")]
    public void any_other_spelling_of_an_instant_is_refused(string text)
    {
        Assert.False(CanonicalInstant.TryParse(text, out _));
    }
}
