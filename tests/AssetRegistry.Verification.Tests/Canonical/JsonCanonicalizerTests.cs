using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AssetRegistry.Verification.Canonical;

namespace AssetRegistry.Verification.Tests.Canonical;

public class JsonCanonicalizerTests
{
    private static string Canonical(string json) => Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(json));

    [Fact]
    public void a_duplicate_member_name_is_rejected()
    {
        Assert.Throws<CanonicalJsonException>(() => JsonCanonicalizer.Canonicalize("""{"a":1,"a":2}"""));
    }

    [Fact]
    public void a_duplicate_member_name_spelled_with_an_escape_is_rejected()
    {
        Assert.Throws<CanonicalJsonException>(() => JsonCanonicalizer.Canonicalize("""{"a":1,"\u0061":2}"""));
    }

    [Fact]
    public void a_duplicate_member_name_is_rejected_in_an_element_parsed_elsewhere()
    {
        using var document = JsonDocument.Parse("""{"x":{"b":1,"b":2}}""");

        Assert.Throws<CanonicalJsonException>(() => JsonCanonicalizer.Canonicalize(document.RootElement));
    }

    [Theory]
    [InlineData("\"\\ud800\"")]
    [InlineData("\"\\udc00x\"")]
    [InlineData("{\"\\ud83d\":1}")]
    public void an_escaped_lone_surrogate_is_rejected(string json)
    {
        Assert.Throws<CanonicalJsonException>(() => JsonCanonicalizer.Canonicalize(json));
    }

    [Fact]
    public void a_lone_surrogate_in_a_node_is_rejected_rather_than_replaced()
    {
        var node = new JsonObject { ["name"] = "\ud800" };

        Assert.Throws<CanonicalJsonException>(() => JsonCanonicalizer.Canonicalize(node));
    }

    [Fact]
    public void invalid_utf8_is_rejected()
    {
        Assert.Throws<CanonicalJsonException>(() => JsonCanonicalizer.Canonicalize(new byte[] { (byte)'"', 0xff, (byte)'"' }));
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    public void a_number_beyond_the_double_range_is_rejected(string json)
    {
        Assert.Throws<CanonicalJsonException>(() => JsonCanonicalizer.Canonicalize(json));
    }

    [Theory]
    [InlineData("{\"a\":1,}")]
    [InlineData("[1] [2]")]
    [InlineData("{'a':1}")]
    [InlineData("")]
    public void text_that_is_not_one_json_value_is_rejected(string json)
    {
        Assert.Throws<CanonicalJsonException>(() => JsonCanonicalizer.Canonicalize(json));
    }

    [Fact]
    public void members_are_sorted_by_utf16_code_units_not_code_points()
    {
        // U+1F602 is D83D DE02 in UTF-16, below U+FB33; by code point it would sort after.
        Assert.Equal("{\"\U0001F602\":1,\"\uFB33\":2}", Canonical("{\"\uFB33\":2,\"\U0001F602\":1}"));
    }

    [Fact]
    public void strings_carry_only_the_mandatory_escapes()
    {
        Assert.Equal("\"\\\"\\\\\\b\\f\\n\\r\\t\\u0000\\u001f/<>&'\u007f\u2028é中\"", Canonical("\"\\\"\\\\\\b\\f\\n\\r\\t\\u0000\\u001F\\/<>&'\\u007f\\u2028\\u00e9中\""));
    }

    [Fact]
    public void strings_are_not_unicode_normalised()
    {
        Assert.Equal("\"A\u030a\"", Canonical("\"A\\u030a\""));
    }

    [Fact]
    public void a_node_an_element_and_text_of_the_same_value_give_the_same_bytes()
    {
        const string json = """{"b":[1,2.50,{"z":null,"y":true}],"a":"中文","n":-0,"big":1E30}""";
        using var document = JsonDocument.Parse(json);
        var node = JsonNode.Parse(json);

        var fromText = JsonCanonicalizer.Canonicalize(json);

        Assert.Equal("""{"a":"中文","b":[1,2.5,{"y":true,"z":null}],"big":1e+30,"n":0}""", Encoding.UTF8.GetString(fromText));
        Assert.Equal(fromText, JsonCanonicalizer.Canonicalize(document.RootElement));
        Assert.Equal(fromText, JsonCanonicalizer.Canonicalize(node));
    }

    [Fact]
    public void clr_values_in_a_node_are_canonicalised_as_their_json_numbers()
    {
        var node = new JsonObject { ["long"] = 42L, ["decimal"] = 2.50m, ["double"] = 0.1, ["char"] = 'x', ["null"] = null };

        Assert.Equal("""{"char":"x","decimal":2.5,"double":0.1,"long":42,"null":null}""", Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(node)));
    }
}
