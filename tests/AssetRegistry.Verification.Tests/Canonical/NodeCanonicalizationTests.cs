using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AssetRegistry.Verification.Canonical;
using AssetRegistry.Verification.Tests.Support;

namespace AssetRegistry.Verification.Tests.Canonical;

/// <summary>
/// Certificates are canonicalised as node trees parsed from bundle files. Values parsed from text are
/// canonicalised from their parsed element, members sorted in place, strings copied in runs: each must give
/// the bytes the text itself canonicalises to, and refuse what it refuses.
/// </summary>
public class NodeCanonicalizationTests
{
    private static readonly JsonDocumentOptions StrictParsing = new() { AllowDuplicateProperties = false };

    public static TheoryData<string> Vectors() => Rfc8785VectorTests.Vectors();

    [Theory]
    [MemberData(nameof(Vectors))]
    public void every_published_input_parsed_into_nodes_canonicalizes_to_its_published_output(string name)
    {
        var input = File.ReadAllBytes(RepositoryRoot.Vectors("rfc8785", "input", name));
        var output = File.ReadAllBytes(RepositoryRoot.Vectors("rfc8785", "output", name));

        Assert.Equal(output, JsonCanonicalizer.Canonicalize(JsonNode.Parse(input, documentOptions: StrictParsing)));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("-0.0")]
    [InlineData("0e10")]
    [InlineData("1")]
    [InlineData("1.0")]
    [InlineData("1.50")]
    [InlineData("-1e-400")]
    [InlineData("1e20")]
    [InlineData("1e21")]
    [InlineData("1E+21")]
    [InlineData("999999999999999999999")]
    [InlineData("123456789012345678901234567890")]
    [InlineData("9007199254740993")]
    [InlineData("5e-324")]
    [InlineData("4.9e-324")]
    [InlineData("2.2250738585072014e-308")]
    [InlineData("1.7976931348623157e308")]
    [InlineData("0.000001")]
    [InlineData("1e-7")]
    [InlineData("-333333333.33333325")]
    [InlineData("1424953923781206.25")]
    public void a_parsed_number_canonicalizes_as_its_text_does(string number)
    {
        var json = $$"""{"n":{{number}},"a":[{{number}},[{{number}},[]],true,false,null]}""";

        var expected = JsonCanonicalizer.Canonicalize(json);

        Assert.Equal(expected, JsonCanonicalizer.Canonicalize(JsonNode.Parse(json)));
        Assert.Equal(expected, JsonCanonicalizer.Canonicalize(JsonNode.Parse(json)!.DeepClone()));
        using var alone = JsonDocument.Parse(number);
        Assert.Equal(JsonCanonicalizer.Canonicalize(number), JsonCanonicalizer.Canonicalize(JsonValue.Create(alone.RootElement)));
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("1e309")]
    public void a_parsed_number_beyond_the_double_range_is_refused_as_its_text_is(string number)
    {
        var json = $$"""{"n":[{{number}}]}""";

        var fromText = Assert.Throws<CanonicalJsonException>(() => JsonCanonicalizer.Canonicalize(json));
        var fromNode = Assert.Throws<CanonicalJsonException>(() => JsonCanonicalizer.Canonicalize(JsonNode.Parse(json)));

        Assert.Equal(fromText.Message, fromNode.Message);
    }

    [Fact]
    public void members_of_a_node_are_sorted_by_utf16_code_units_whatever_the_node_comparer()
    {
        var random = new Random(8785);
        string[] pieces = ["a", "A", "b", "é", "中", "\U0001F602", "\uFB33", "\uFFFF", "\u0080", "1", "", "\u0000", "aa"];
        for (var round = 0; round < 200; round++)
        {
            var names = Enumerable.Range(0, random.Next(1, 12))
                .Select(_ => string.Concat(Enumerable.Range(0, random.Next(0, 4)).Select(_ => pieces[random.Next(pieces.Length)])))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            var ordinal = new JsonObject();
            var caseInsensitive = new JsonObject(new JsonNodeOptions { PropertyNameCaseInsensitive = true });
            foreach (var name in names)
            {
                ordinal[name] = name.Length;
                caseInsensitive[name] = name.Length;
            }

            var expected = "{" + string.Join(",", names.Order(StringComparer.Ordinal).Select(n => $"{Quoted(n)}:{n.Length}")) + "}";

            Assert.Equal(expected, Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(ordinal)));
            Assert.Equal(expected, Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(caseInsensitive)));
            Assert.Equal(expected, Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(ordinal.ToJsonString())));
        }
    }

    [Fact]
    public void strings_are_written_as_the_character_by_character_rules_write_them()
    {
        var random = new Random(7493);
        string[] pieces = ["a", "中文", "\"", "\\", "/", "\u0000", "\u0001", "\u001f", " ", "\b", "\f", "\n", "\r", "\t", "\u007f", "\u2028", "\U0001F602", "\ud800", "\udc00", "\uffff", "plain text of some length"];
        for (var round = 0; round < 2000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 8)).Select(_ => pieces[random.Next(pieces.Length)]));

            string? expected;
            try
            {
                expected = CharacterByCharacter(text);
            }
            catch (CanonicalJsonException e)
            {
                var refused = Assert.Throws<CanonicalJsonException>(() => JsonCanonicalizer.Canonicalize(JsonValue.Create(text)));
                Assert.Equal(e.Message, refused.Message);
                Assert.Throws<CanonicalJsonException>(() => JsonCanonicalizer.Canonicalize(new JsonObject { [text] = 1 }));
                continue;
            }

            Assert.Equal(expected, Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(JsonValue.Create(text))));
            Assert.Equal($"{{{expected}:{expected}}}", Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(new JsonObject { [text] = text })));
            Assert.Equal($"[{expected}]", Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(JsonNode.Parse(JsonSerializer.Serialize(new[] { text })))));
        }
    }

    private static string Quoted(string name) => CharacterByCharacter(name);

    /// <summary>RFC 8785 §3.2.2.2 one UTF-16 unit at a time, as the writer did before it copied runs.</summary>
    private static string CharacterByCharacter(string value)
    {
        var text = new StringBuilder("\"");
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case < ' ': text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default:
                    if (char.IsSurrogate(c))
                    {
                        if (!char.IsHighSurrogate(c) || i + 1 == value.Length || !char.IsLowSurrogate(value[i + 1]))
                        {
                            throw new CanonicalJsonException($"A string contains a lone surrogate U+{(int)c:X4}; RFC 8785 requires I-JSON, which forbids it.");
                        }

                        text.Append(c).Append(value[++i]);
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }
}
