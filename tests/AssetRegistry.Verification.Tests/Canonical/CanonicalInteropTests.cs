using System.Globalization;
using System.Text;
using AssetRegistry.Verification.Canonical;
using AssetRegistry.Verification.Tests.Support;

namespace AssetRegistry.Verification.Tests.Canonical;

/// <summary>Our canonical form, byte for byte against RFC 8785's reference implementation run by Node.js.</summary>
public sealed class CanonicalInteropTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    private byte[] NodeCanonical(string json)
    {
        var result = NodeInterop.Run("canonicalize.mjs", folder.Write("input.json", json));
        Assert.True(result.ExitCode == 0, result.Stderr);
        return result.Stdout;
    }

    [Fact]
    public void interop_an_awkward_certificate_canonicalises_to_the_same_bytes_as_the_reference()
    {
        const string certificate = """
            {
              "证书编号": "DAR-2026-000042",
              "assetName": "长三角\u0000城市\t交通流量\n数据集 \"第1期\" \\ 🚗",
              "holder": { "名称": "上海数据交易所有限公司", "creditCode": "91310000MA1FL3L9X2", "联系人": "张三" },
              "€": "Euro", "\r": "CR", "\u001f": "US", "\u007f": "DEL", "\ufb33": "dalet", "😂": "smiley", "A\u030a": "unnormalised",
              "numbers": [0, -0, 1, -1, 9007199254740991, -9007199254740991, 1e21, 1e-7, 0.000001, 333333333.33333329, 4.50, 2e-3, 1E30, 5e-324],
              "literals": [true, false, null],
              "empty": { "object": {}, "array": [], "string": "" },
              "nested": [[[{ "z": 1, "a": [{ "b": 2, "B": 3 }] }]]],
              "escapes": "\/ \b \f \u2028 \u2029 </script>"
            }
            """;

        Assert.Equal(Encoding.UTF8.GetString(NodeCanonical(certificate)), Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(certificate)));
        Assert.Equal(NodeCanonical(certificate), JsonCanonicalizer.Canonicalize(certificate));
    }

    [Fact]
    public void interop_random_doubles_are_written_as_the_reference_writes_them()
    {
        var random = new Random(8785);
        var numbers = new List<string>();
        for (var i = 0; i < 20_000; i++)
        {
            var value = BitConverter.Int64BitsToDouble(random.NextInt64());
            if (double.IsFinite(value))
            {
                numbers.Add(value.ToString("R", CultureInfo.InvariantCulture));
            }
        }

        // And numbers near the layout thresholds and integers, where a layout bug would show.
        for (var exponent = -12; exponent <= 24; exponent++)
        {
            foreach (var mantissa in new[] { 1.0, 1.5, 9.999999999999998, 123456789.0 })
            {
                numbers.Add((mantissa * Math.Pow(10, exponent)).ToString("R", CultureInfo.InvariantCulture));
            }
        }

        var json = "[" + string.Join(",", numbers) + "]";

        Assert.Equal(Encoding.UTF8.GetString(NodeCanonical(json)), Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(json)));
    }
}
