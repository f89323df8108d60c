using System.Globalization;
using AssetRegistry.Verification.Canonical;
using AssetRegistry.Verification.Tests.Support;

namespace AssetRegistry.Verification.Tests.Canonical;

public class Rfc8785VectorTests
{
    public static TheoryData<string> Vectors() =>
        new(Directory.GetFiles(RepositoryRoot.Vectors("rfc8785", "input"), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Vectors))]
    public void every_published_input_canonicalizes_to_its_published_output(string name)
    {
        var input = File.ReadAllBytes(RepositoryRoot.Vectors("rfc8785", "input", name));
        var output = File.ReadAllBytes(RepositoryRoot.Vectors("rfc8785", "output", name));

        Assert.Equal(output, JsonCanonicalizer.Canonicalize(input));
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void every_published_input_canonicalizes_to_its_published_hex_bytes(string name)
    {
        var input = File.ReadAllBytes(RepositoryRoot.Vectors("rfc8785", "input", name));
        var hex = File.ReadAllText(RepositoryRoot.Vectors("rfc8785", "outhex", Path.ChangeExtension(name, ".txt")));
        var expected = hex.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Select(b => byte.Parse(b, NumberStyles.HexNumber, CultureInfo.InvariantCulture))
            .ToArray();

        Assert.Equal(expected, JsonCanonicalizer.Canonicalize(input));
    }
}
