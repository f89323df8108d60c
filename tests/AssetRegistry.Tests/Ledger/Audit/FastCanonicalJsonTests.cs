using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AssetRegistry.Ledger;
using AssetRegistry.Ledger.Audit;
using AssetRegistry.Verification.Canonical;

namespace AssetRegistry.Tests.Ledger.Audit;

/// <summary>
/// The fast paths of issuance and the audit — writing the canonical form from a parsed document, deciding in one pass
/// whether bytes are their own canonical form, hashing a stored event — must agree byte for byte with the library's
/// <see cref="JsonCanonicalizer"/> and with the definition of <see cref="StoredEventHash"/>: on the RFC 8785 vectors, on generated
/// documents full of the hard cases, and on every one-byte mutation of them.
/// </summary>
public sealed class FastCanonicalJsonTests
{
    private static readonly string[] HardText =
    [
        "", "a", "b", "A", "aa", "ab", "é", "e\u0301", "A\u030a", "中文", "数据资产", "\ud83d\ude02", "\ufb33", "\ue000", "\uffff", "\u007f", "\u2028",
        "\u0000", "\u0001", "\u001f", "\b", "\t", "\n", "\f", "\r", "\"", "\\", "/", "</script>", "'", "&", "+", "€", "\u00a0", "x y", "1",
    ];

    public static TheoryData<string> Vectors() =>
        new(Directory.GetFiles(VectorFolder("input"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Vectors))]
    public void the_rfc_8785_vectors_are_written_and_recognised_as_the_rfc_gives_them(string name)
    {
        var input = File.ReadAllBytes(Path.Combine(VectorFolder("input"), name));
        var output = File.ReadAllBytes(Path.Combine(VectorFolder("output"), name));

        Assert.Equal(output, FastWrite(input));
        Assert.NotNull(CanonicalCertificate.Read(output));
        Assert.Equal(input.AsSpan().SequenceEqual(output), IsCanonical(input));
    }

    [Fact]
    public void generated_documents_in_every_spelling_agree_with_the_library()
    {
        var random = new Random(8785);
        var judged = new Dictionary<string, int>();
        for (var i = 0; i < 400; i++)
        {
            var document = Value(random, depth: 0, forceObject: true)!;
            foreach (var text in Spellings(random, document))
            {
                Count(judged, AgreesWithLibrary(text));
            }
        }

        Assert.True(judged.GetValueOrDefault("canonical") > 400 && judged.GetValueOrDefault("not canonical") > 400, string.Join(", ", judged));
    }

    [Fact]
    public void every_one_byte_change_of_canonical_documents_is_judged_as_the_library_judges_it()
    {
        var random = new Random(9162);
        var judged = new Dictionary<string, int>();
        byte[] replacements = [(byte)' ', (byte)'\t', (byte)'\\', (byte)'u', (byte)'0', (byte)'9', (byte)'A', (byte)'a', (byte)'f', (byte)',', (byte)':',
            (byte)'"', (byte)'.', (byte)'e', (byte)'E', (byte)'-', (byte)'+', (byte)'/', (byte)'{', (byte)'}', (byte)'[', (byte)']', 0xC3, 0x80, 0xEE, 0xF0, 0x7F, 0x01];
        for (var i = 0; i < 500; i++)
        {
            var canonical = JsonCanonicalizer.Canonicalize(Value(random, depth: 0, forceObject: true));
            for (var position = 0; position < canonical.Length; position++)
            {
                var mutated = (byte[])canonical.Clone();
                mutated[position] = replacements[random.Next(replacements.Length)];
                Count(judged, AgreesWithLibrary(mutated));
            }
        }

        // Not vacuous: many mutations leave JSON, some of it still canonical.
        Assert.True(judged.GetValueOrDefault("canonical") > 1000 && judged.GetValueOrDefault("not canonical") > 800
            && judged.GetValueOrDefault("not JSON") > 1000, string.Join(", ", judged));
    }

    private static void Count(Dictionary<string, int> judged, string verdict) => judged[verdict] = judged.GetValueOrDefault(verdict) + 1;

    [Fact]
    public void the_stored_event_hash_is_the_one_the_ledger_defines()
    {
        var random = new Random(256);
        for (var i = 0; i < 300; i++)
        {
            var data = Value(random, depth: 0, forceObject: true)!;
            var stream = Pick(random, HardText) + $"AR-R-2026-{i:D8}-X";
            var type = i % 2 == 0 ? "asset_registered" : Pick(random, HardText);
            var version = random.Next(3) switch { 0 => 1L, 1 => random.NextInt64(1, 1L << 53), _ => random.Next(1, 1000) };
            foreach (var text in Spellings(random, data))
            {
                // The definition, with the library's canonicalizer.
                var envelope = new JsonObject { ["data"] = JsonNode.Parse(text), ["stream"] = stream, ["type"] = type, ["version"] = version };
                var expected = SHA256.HashData(JsonCanonicalizer.Canonicalize(envelope));
                Assert.Equal(expected, StoredEventHash.Compute(stream, type, version, text));
                Assert.Equal(expected, StoredEventHash.Compute(stream, type, version, Encoding.UTF8.GetString(text)));
            }
        }
    }

    /// <summary>Canonical exactly when the library's canonical form is the text itself; written exactly as the library writes it.</summary>
    private static string AgreesWithLibrary(byte[] text)
    {
        byte[]? expected;
        try
        {
            expected = JsonCanonicalizer.Canonicalize(text);
        }
        catch (CanonicalJsonException)
        {
            expected = null;
        }

        var shown = Encoding.UTF8.GetString(text);
        Assert.True((expected is not null && expected.AsSpan().SequenceEqual(text)) == IsCanonical(text), $"canonical? {shown}");

        byte[]? written;
        try
        {
            written = FastWrite(text);
        }
        catch (Exception e) when (e is CanonicalJsonException or JsonException)
        {
            written = null;
        }

        Assert.True(expected is null ? written is null : written is not null && expected.AsSpan().SequenceEqual(written), $"written: {shown}");
        return expected is null ? "not JSON" : expected.AsSpan().SequenceEqual(text) ? "canonical" : "not canonical";
    }

    private static bool IsCanonical(byte[] text)
    {
        try
        {
            return CanonicalCertificate.Read(text) is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static byte[] FastWrite(byte[] text)
    {
        using var document = JsonDocument.Parse(text, FastCanonicalJson.StrictParsing);
        var output = new ArrayBufferWriter<byte>();
        FastCanonicalJson.Write(document.RootElement, output);
        return output.WrittenSpan.ToArray();
    }

    /// <summary>The canonical form; System.Text.Json's, escaping or not, compact or indented; PostgreSQL jsonb's (", " and ": ").</summary>
    private static IEnumerable<byte[]> Spellings(Random random, JsonNode document)
    {
        yield return JsonCanonicalizer.Canonicalize(document);
        yield return Encoding.UTF8.GetBytes(document.ToJsonString(new JsonSerializerOptions { WriteIndented = random.Next(2) == 0 }));
        yield return Encoding.UTF8.GetBytes(document.ToJsonString(new JsonSerializerOptions
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = random.Next(2) == 0,
        }));
        var jsonb = Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(document));
        yield return Encoding.UTF8.GetBytes(jsonb.Replace("\",\"", "\", \"", StringComparison.Ordinal).Replace("\":", "\": ", StringComparison.Ordinal));
    }

    private static JsonNode? Value(Random random, int depth, bool forceObject = false)
    {
        var kind = forceObject ? 0 : random.Next(depth > 3 ? 2 : 0, 9);
        switch (kind)
        {
            case 0:
                var obj = new JsonObject();
                var members = random.Next(0, 7);
                for (var i = 0; i < members; i++)
                {
                    var name = random.Next(3) == 0 ? Pick(random, HardText) + Pick(random, HardText) : Pick(random, HardText);
                    obj[name] = Value(random, depth + 1);
                }

                return obj;
            case 1:
                var array = new JsonArray();
                for (var i = random.Next(0, 4); i > 0; i--)
                {
                    array.Add(Value(random, depth + 1));
                }

                return array;
            case 2:
            case 3:
                return JsonValue.Create(Pick(random, HardText) + Pick(random, HardText) + Pick(random, HardText));
            case 4:
                return JsonValue.Create(random.Next(4) switch
                {
                    0 => random.Next(-1000, 1000),
                    1 => random.NextInt64(long.MinValue / 2, long.MaxValue / 2),
                    2 => random.NextInt64(-(1L << 53), 1L << 53),
                    _ => 0L,
                });
            case 5:
                return JsonValue.Create(random.Next(6) switch
                {
                    0 => random.NextDouble(),
                    1 => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-30, 30)),
                    2 => 1e21,
                    3 => 1e-7,
                    4 => -0.0,
                    _ => 9007199254740993.0,
                });
            case 6:
                return JsonValue.Create(random.Next(2) == 0);
            case 7:
                return null;
            default:
                return JsonValue.Create("AR-C-" + random.Next(1_000_000).ToString("D12", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static string VectorFolder(string kind)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AssetRegistry.sln")))
            {
                return Path.Combine(folder.FullName, "tests", "vectors", "rfc8785", kind);
            }
        }

        throw new DirectoryNotFoundException("The repository root (AssetRegistry.sln) is not above the test binaries.");
    }
}
