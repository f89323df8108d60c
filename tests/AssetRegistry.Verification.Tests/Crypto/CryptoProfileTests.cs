using System.Security.Cryptography;
using AssetRegistry.Verification.Crypto;
using AssetRegistry.Verification.Tests.Support;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;

namespace AssetRegistry.Verification.Tests.Crypto;

public class CryptoProfileTests
{
    [Theory]
    [InlineData("ECDSA-P256-SHA256")]
    [InlineData("SM2-SM3")]
    public void a_profile_is_found_by_its_exact_name(string algorithm)
    {
        Assert.True(CryptoProfile.TryFromAlgorithm(algorithm, out var profile));
        Assert.Equal(algorithm, profile.Algorithm);
    }

    [Theory]
    [InlineData("ecdsa-p256-sha256")]
    [InlineData("ES256")]
    [InlineData("")]
    [InlineData(null)]
    public void any_other_name_is_unknown(string? algorithm)
    {
        Assert.False(CryptoProfile.TryFromAlgorithm(algorithm, out _));
    }

    [Fact]
    public void the_ecdsa_key_id_is_the_lowercase_hex_sha256_of_the_subject_public_key_info()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var key = new EcdsaP256SigningKey(ecdsa);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(ecdsa.ExportSubjectPublicKeyInfo())), key.KeyId);
    }

    [Fact]
    public void the_sm2_key_id_is_the_lowercase_hex_sm3_of_a_subject_public_key_info_naming_the_sm2_curve()
    {
        var key = Sm2SigningKey.Generate();
        var spki = key.ExportSubjectPublicKeyInfo();
        var info = SubjectPublicKeyInfo.GetInstance(Asn1Object.FromByteArray(spki));

        Assert.Equal("1.2.840.10045.2.1", info.Algorithm.Algorithm.Id);
        Assert.Equal("1.2.156.10197.1.301", ((DerObjectIdentifier)info.Algorithm.Parameters).Id);
        Assert.Equal(65, info.PublicKey.GetOctets().Length);
        Assert.Equal(Convert.ToHexStringLower(HashFunction.Sm3.Hash(spki)), key.KeyId);
    }

    [Theory]
    [MemberData(nameof(TestKeys.Algorithms), MemberType = typeof(TestKeys))]
    public void a_signature_verifies_with_its_public_key_and_not_over_other_bytes(string algorithm)
    {
        var key = TestKeys.New(algorithm);
        var signature = key.Sign("checkpoint"u8);

        Assert.True(key.Profile.VerifySignature(key.ExportSubjectPublicKeyInfo(), "checkpoint"u8, signature));
        Assert.False(key.Profile.VerifySignature(key.ExportSubjectPublicKeyInfo(), "checkpoinT"u8, signature));
        Assert.False(key.Profile.VerifySignature(TestKeys.New(algorithm).ExportSubjectPublicKeyInfo(), "checkpoint"u8, signature));
    }

    [Theory]
    [MemberData(nameof(TestKeys.Algorithms), MemberType = typeof(TestKeys))]
    public void signatures_are_der_sequences_of_two_integers(string algorithm)
    {
        var signature = TestKeys.New(algorithm).Sign("checkpoint"u8);
        var sequence = Asn1Sequence.GetInstance(Asn1Object.FromByteArray(signature));

        Assert.Equal(2, sequence.Count);
        Assert.All(sequence, element => Assert.IsType<DerInteger>(element));
        Assert.Equal(signature, sequence.GetDerEncoded());
    }

    [Fact]
    public void an_ieee_p1363_signature_is_not_accepted_for_ecdsa()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var p1363 = ecdsa.SignData("checkpoint"u8.ToArray(), HashAlgorithmName.SHA256);

        Assert.False(CryptoProfile.EcdsaP256Sha256.VerifySignature(ecdsa.ExportSubjectPublicKeyInfo(), "checkpoint"u8, p1363));
    }

    [Fact]
    public void a_key_of_one_profile_is_not_acceptable_to_the_other()
    {
        Assert.False(CryptoProfile.EcdsaP256Sha256.IsAcceptablePublicKey(Sm2SigningKey.Generate().ExportSubjectPublicKeyInfo(), out var ecdsaProblem));
        Assert.False(CryptoProfile.Sm2Sm3.IsAcceptablePublicKey(TestKeys.NewEcdsa().ExportSubjectPublicKeyInfo(), out var sm2Problem));
        Assert.Contains("P-256", ecdsaProblem, StringComparison.Ordinal);
        Assert.Contains("sm2p256v1", sm2Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestKeys.Algorithms), MemberType = typeof(TestKeys))]
    public void a_public_key_whose_point_is_off_the_curve_is_refused(string algorithm)
    {
        var key = TestKeys.New(algorithm);
        var spki = key.ExportSubjectPublicKeyInfo();
        spki[^1] ^= 1;

        Assert.False(key.Profile.IsAcceptablePublicKey(spki, out var problem));
        Assert.Contains("not on", problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestKeys.Algorithms), MemberType = typeof(TestKeys))]
    public void a_public_key_with_trailing_bytes_is_refused(string algorithm)
    {
        var key = TestKeys.New(algorithm);

        Assert.False(key.Profile.IsAcceptablePublicKey([.. key.ExportSubjectPublicKeyInfo(), 0], out _));
    }

    [Fact]
    public void a_p384_key_is_refused_for_ecdsa_p256()
    {
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);

        Assert.Throws<ArgumentException>(() => new EcdsaP256SigningKey(p384));
    }

    [Fact]
    public void an_sm2_key_survives_a_pkcs8_round_trip()
    {
        var key = Sm2SigningKey.Generate();
        var again = Sm2SigningKey.FromPkcs8(key.ExportPkcs8());

        Assert.Equal(key.KeyId, again.KeyId);
        Assert.True(CryptoProfile.Sm2Sm3.VerifySignature(key.ExportSubjectPublicKeyInfo(), "x"u8, again.Sign("x"u8)));
    }
}
