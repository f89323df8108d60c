using System.Buffers.Binary;
using System.Globalization;
using AssetRegistry.Verification.Canonical;

namespace AssetRegistry.Verification.Tests.Canonical;

public class EcmaScriptNumberTests
{
    // RFC 8785 Appendix B's IEEE 754 samples; the expected text is what Node.js 20 prints for each.
    [Theory]
    [InlineData("0000000000000000", "0")]
    [InlineData("8000000000000000", "0")]
    [InlineData("0000000000000001", "5e-324")]
    [InlineData("8000000000000001", "-5e-324")]
    [InlineData("7fefffffffffffff", "1.7976931348623157e+308")]
    [InlineData("ffefffffffffffff", "-1.7976931348623157e+308")]
    [InlineData("4340000000000000", "9007199254740992")]
    [InlineData("c340000000000000", "-9007199254740992")]
    [InlineData("4430000000000000", "295147905179352830000")]
    [InlineData("44b52d02c7e14af5", "9.999999999999997e+22")]
    [InlineData("44b52d02c7e14af6", "1e+23")]
    [InlineData("44b52d02c7e14af7", "1.0000000000000001e+23")]
    [InlineData("444b1ae4d6e2ef4e", "999999999999999700000")]
    [InlineData("444b1ae4d6e2ef4f", "999999999999999900000")]
    [InlineData("444b1ae4d6e2ef50", "1e+21")]
    [InlineData("3eb0c6f7a0b5ed8c", "9.999999999999997e-7")]
    [InlineData("3eb0c6f7a0b5ed8d", "0.000001")]
    [InlineData("41b3de4355555553", "333333333.3333332")]
    [InlineData("41b3de4355555554", "333333333.33333325")]
    [InlineData("41b3de4355555555", "333333333.3333333")]
    [InlineData("41b3de4355555556", "333333333.3333334")]
    [InlineData("41b3de4355555557", "333333333.33333343")]
    [InlineData("becbf647612f3696", "-0.0000033333333333333333")]
    [InlineData("43143ff3c1cb0959", "1424953923781206.2")]
    public void a_double_is_written_as_ecmascript_writes_it(string ieeeHex, string expected)
    {
        var value = BitConverter.Int64BitsToDouble(BinaryPrimitives.ReadInt64BigEndian(Convert.FromHexString(ieeeHex)));

        Assert.Equal(expected, EcmaScriptNumber.Format(value));
    }

    [Theory]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e-6, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(-1.5e-10, "-1.5e-10")]
    [InlineData(4.5, "4.5")]
    [InlineData(100, "100")]
    [InlineData(9007199254740991, "9007199254740991")]
    public void the_switch_to_exponent_notation_is_at_1e21_and_below_1e_minus_6(double value, string expected)
    {
        Assert.Equal(expected, EcmaScriptNumber.Format(value));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void a_number_that_is_not_finite_has_no_canonical_form(double value)
    {
        Assert.Throws<CanonicalJsonException>(() => EcmaScriptNumber.Format(value));
    }

    [Fact]
    public void the_digits_do_not_depend_on_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("1234.5", EcmaScriptNumber.Format(1234.5));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
