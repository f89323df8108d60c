using AssetRegistry.Verification.Canonical;

namespace AssetRegistry.Verification.Tests.Canonical;

public class StrictBase64Tests
{
    [Fact]
    public void canonical_base64_decodes()
    {
        Assert.True(StrictBase64.TryDecode("AAEC/w==", out var bytes));
        Assert.Equal(new byte[] { 0, 1, 2, 255 }, bytes);
    }

    [Theory]
    [InlineData("AAEC/w")]
    [InlineData("AAEC /w==")]
    [InlineData("AAEC\n/w==")]
    [InlineData("AAEC_w==")]
    [InlineData("AAEC/x==")]
    public void every_other_spelling_is_refused(string text)
    {
        Assert.False(StrictBase64.TryDecode(text, out _));
    }
}
