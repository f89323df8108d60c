using System.Security.Cryptography;
using AssetRegistry.Verification.Commitments;
using AssetRegistry.Verification.Crypto;

namespace AssetRegistry.Verification.Tests.Commitments;

public class SaltedCommitmentTests
{
    private const string IdNumber = "11010519491231002X";

    [Fact]
    public void a_commitment_opens_with_its_value_and_salt()
    {
        var commitment = SaltedCommitment.Create(IdNumber, HashFunction.Sha256);

        Assert.True(SaltedCommitment.Opens(IdNumber, commitment.Salt, commitment.Digest, HashFunction.Sha256));
    }

    [Fact]
    public void a_wrong_salt_fails()
    {
        var commitment = SaltedCommitment.Create(IdNumber, HashFunction.Sha256);
        var wrongSalt = commitment.Salt.ToArray();
        wrongSalt[0] ^= 1;

        Assert.False(SaltedCommitment.Opens(IdNumber, wrongSalt, commitment.Digest, HashFunction.Sha256));
    }

    [Fact]
    public void a_wrong_value_fails()
    {
        var commitment = SaltedCommitment.Create(IdNumber, HashFunction.Sha256);

        Assert.False(SaltedCommitment.Opens("110105194912310021", commitment.Salt, commitment.Digest, HashFunction.Sha256));
    }

    [Fact]
    public void a_salt_of_the_wrong_length_fails()
    {
        var commitment = SaltedCommitment.Create(IdNumber, HashFunction.Sha256);

        Assert.False(SaltedCommitment.Opens(IdNumber, commitment.Salt[..16], commitment.Digest, HashFunction.Sha256));
    }

    [Fact]
    public void the_commitment_is_the_hash_of_salt_then_utf8_value()
    {
        var salt = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

        var digest = SaltedCommitment.Compute(salt, "张三", HashFunction.Sha256);

        Assert.Equal(SHA256.HashData([.. salt, .. "张三"u8.ToArray()]), digest);
    }

    [Fact]
    public void an_sm3_commitment_is_made_with_sm3_and_opens_only_with_sm3()
    {
        var commitment = SaltedCommitment.Create(IdNumber, HashFunction.Sm3);

        Assert.Equal(HashFunction.Sm3.Hash([.. commitment.Salt.ToArray(), .. "11010519491231002X"u8.ToArray()]), commitment.Digest.ToArray());
        Assert.True(SaltedCommitment.Opens(IdNumber, commitment.Salt, commitment.Digest, HashFunction.Sm3));
        Assert.False(SaltedCommitment.Opens(IdNumber, commitment.Salt, commitment.Digest, HashFunction.Sha256));
    }

    [Fact]
    public void every_commitment_gets_a_fresh_salt()
    {
        var first = SaltedCommitment.Create(IdNumber, HashFunction.Sha256);
        var second = SaltedCommitment.Create(IdNumber, HashFunction.Sha256);

        Assert.Equal(SaltedCommitment.SaltLength, first.Salt.Length);
        Assert.NotEqual(first.SaltBase64, second.SaltBase64);
        Assert.NotEqual(first.DigestBase64, second.DigestBase64);
    }
}
