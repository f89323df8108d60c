using System.Security.Cryptography;
using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Crypto;
using AssetRegistry.Verification.Tests.Support;

namespace AssetRegistry.Verification.Tests.Crypto;

/// <summary>A trusted key checks signatures with a key decoded once; it must answer as the profile does every time.</summary>
public class PreparedPublicKeyTests
{
    [Theory]
    [MemberData(nameof(TestKeys.Algorithms), MemberType = typeof(TestKeys))]
    public void a_trusted_key_answers_as_its_profile_for_good_and_bad_signatures(string algorithm)
    {
        var key = TestKeys.New(algorithm);
        var trusted = TrustedKey.For(key, TestKeys.Epoch);
        var spki = key.ExportSubjectPublicKeyInfo();
        var good = key.Sign("checkpoint"u8);
        var truncated = good[..^1];
        var flipped = (byte[])good.Clone();
        flipped[^1] ^= 1;
        byte[][] signatures = [good, truncated, flipped, TestKeys.New(algorithm).Sign("checkpoint"u8), [], [0x30, 0x00], new byte[64]];
        byte[][] messages = ["checkpoint"u8.ToArray(), "checkpoinT"u8.ToArray(), []];

        foreach (var message in messages)
        {
            foreach (var signature in signatures)
            {
                // Twice: the second call must not be changed by whatever the first one kept.
                var expected = key.Profile.VerifySignature(spki, message, signature);
                Assert.Equal(expected, trusted.VerifySignature(message, signature));
                Assert.Equal(expected, trusted.VerifySignature(message, signature));
            }
        }

        Assert.True(trusted.VerifySignature("checkpoint"u8, good));
    }

    [Fact]
    public void an_ieee_p1363_signature_is_not_accepted_by_a_trusted_ecdsa_key()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var trusted = TrustedKey.For(new EcdsaP256SigningKey(ecdsa), TestKeys.Epoch);
        var p1363 = ecdsa.SignData("checkpoint"u8.ToArray(), HashAlgorithmName.SHA256);

        Assert.False(trusted.VerifySignature("checkpoint"u8, p1363));
    }

    [Theory]
    [MemberData(nameof(TestKeys.Algorithms), MemberType = typeof(TestKeys))]
    public void a_key_is_prepared_only_if_acceptable_and_with_the_same_problem(string algorithm)
    {
        var key = TestKeys.New(algorithm);
        var offCurve = key.ExportSubjectPublicKeyInfo();
        offCurve[^1] ^= 1;
        byte[][] candidates = [key.ExportSubjectPublicKeyInfo(), offCurve, [.. key.ExportSubjectPublicKeyInfo(), 0], [], TestKeys.New(algorithm == "SM2-SM3" ? "ECDSA-P256-SHA256" : "SM2-SM3").ExportSubjectPublicKeyInfo()];

        foreach (var spki in candidates)
        {
            var acceptable = key.Profile.IsAcceptablePublicKey(spki, out var problem);

            Assert.Equal(acceptable, key.Profile.TryPrepare(spki, out var verifier, out var preparedProblem));
            Assert.Equal(problem, preparedProblem);
            Assert.Equal(acceptable, verifier is not null);
        }
    }

    [Theory]
    [MemberData(nameof(TestKeys.Algorithms), MemberType = typeof(TestKeys))]
    public void a_trusted_key_verifies_correctly_from_many_threads_at_once(string algorithm)
    {
        var key = TestKeys.New(algorithm);
        var trusted = TrustedKey.For(key, TestKeys.Epoch);
        var messages = Enumerable.Range(0, 16).Select(i => BitConverter.GetBytes(i)).ToArray();
        var signatures = messages.Select(m => key.Sign(m)).ToArray();
        var wrong = 0;

        Parallel.For(0, algorithm == "SM2-SM3" ? 400 : 4000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var m = i % messages.Length;

            // Every other call pairs a message with another message's signature, which must fail.
            var s = i % 2 == 0 ? m : (m + 1) % messages.Length;
            if (trusted.VerifySignature(messages[m], signatures[s]) != (s == m))
            {
                Interlocked.Increment(ref wrong);
            }
        });

        Assert.Equal(0, wrong);
    }
}
