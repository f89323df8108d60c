using System.Text.Json.Nodes;
using AssetRegistry.Verification.Canonical;

namespace AssetRegistry.Verification.Tests.Canonical;

public class ValueConventionsTests
{
    [Fact]
    public void strings_safe_integers_booleans_and_null_are_allowed()
    {
        ValueConventions.Check(JsonNode.Parse("""{"a":"1.50","b":9007199254740991,"c":-9007199254740991,"d":[true,false,null]}"""));
    }

    [Theory]
    [InlineData("""{"amount":1.5}""")]
    [InlineData("""{"n":9007199254740992}""")]
    [InlineData("""{"n":1e3}""")]
    [InlineData("""[1.0]""")]
    public void a_fraction_an_exponent_or_an_unsafe_integer_is_refused(string json)
    {
        Assert.Throws<CanonicalJsonException>(() => ValueConventions.Check(JsonNode.Parse(json)));
    }
}
