using System.Text;
using System.Text.Json;
using AssetRegistry.Verification.Crypto;
using AssetRegistry.Verification.Tests.Support;

namespace AssetRegistry.Verification.Tests.Crypto;

public class Sm3VectorTests
{
    public static TheoryData<string, string> Vectors()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Vectors("sm3", "vectors.json")));
        var data = new TheoryData<string, string>();
        foreach (var vector in document.RootElement.EnumerateArray())
        {
            data.Add(vector.GetProperty("input_ascii").GetString()!, vector.GetProperty("sm3_hex").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void sm3_gives_the_digests_of_the_standards_examples(string input, string expectedHex)
    {
        Assert.Equal(expectedHex, Convert.ToHexStringLower(HashFunction.Sm3.Hash(Encoding.ASCII.GetBytes(input))));
    }

    [Fact]
    public void sha256_is_sha256()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Convert.ToHexStringLower(HashFunction.Sha256.Hash("abc"u8)));
    }

    [Theory]
    [InlineData("SHA-256")]
    [InlineData("sha-256")]
    [InlineData("SM3")]
    [InlineData("sm3")]
    public void hash_functions_are_found_by_name(string name)
    {
        Assert.True(HashFunction.TryFromName(name, out var hash));
        Assert.Equal(name, hash.Name, ignoreCase: true);
    }
}
