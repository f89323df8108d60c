using System.Text.Json.Nodes;
using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Tests.Support;

namespace AssetRegistry.Verification.Tests.Checkpoints;

public class TrustedKeysTests
{
    [Fact]
    public void a_keys_file_survives_its_json_unchanged()
    {
        var keys = TestKeys.Trusting(
            TrustedKey.For(TestKeys.NewEcdsa(), TestKeys.Epoch, TestKeys.Epoch.AddDays(365), TestKeys.Epoch.AddDays(100)),
            TrustedKey.For(TestKeys.NewSm2(), TestKeys.Epoch));

        var read = TrustedKeys.Parse(keys.ToJson());

        Assert.Equal(keys.ToJson(), read.ToJson());
        Assert.Null(read.Keys[1].RevokedAt);
    }

    [Fact]
    public void a_key_whose_id_is_not_the_hash_of_its_public_key_is_refused()
    {
        var json = JsonNode.Parse(TestKeys.Trusting(TestKeys.NewEcdsa()).ToJson())!;
        json["keys"]![0]!["keyId"] = new string('0', 64);

        var error = Assert.Throws<LedgerFormatException>(() => TrustedKeys.Parse(json.ToJsonString()));
        Assert.Contains("is not the SHA-256 of its public key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void an_sm2_key_id_is_checked_with_sm3()
    {
        var json = JsonNode.Parse(TestKeys.Trusting(TestKeys.NewSm2()).ToJson())!;
        json["keys"]![0]!["keyId"] = new string('0', 64);

        var error = Assert.Throws<LedgerFormatException>(() => TrustedKeys.Parse(json.ToJsonString()));
        Assert.Contains("is not the SM3 of its public key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_key_listed_under_the_wrong_algorithm_is_refused()
    {
        var json = JsonNode.Parse(TestKeys.Trusting(TestKeys.NewSm2()).ToJson())!;
        json["keys"]![0]!["algorithm"] = "ECDSA-P256-SHA256";

        Assert.Throws<LedgerFormatException>(() => TrustedKeys.Parse(json.ToJsonString()));
    }

    [Fact]
    public void the_nullable_dates_may_be_left_out()
    {
        var json = JsonNode.Parse(TestKeys.Trusting(TestKeys.NewEcdsa()).ToJson())!;
        json["keys"]![0]!.AsObject().Remove("validUntil");
        json["keys"]![0]!.AsObject().Remove("revokedAt");

        Assert.Single(TrustedKeys.Parse(json.ToJsonString()).Keys);
    }

    [Fact]
    public void a_key_listed_twice_is_refused()
    {
        var key = TrustedKey.For(TestKeys.NewEcdsa(), TestKeys.Epoch);

        Assert.Throws<ArgumentException>(() => TestKeys.Trusting(key, key));
    }
}
