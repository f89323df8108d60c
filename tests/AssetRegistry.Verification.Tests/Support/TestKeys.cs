using System.Security.Cryptography;
using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Crypto;

namespace AssetRegistry.Verification.Tests.Support;

internal static class TestKeys
{
    /// <summary>The start of every key's validity in these tests.</summary>
    public static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static SigningKey NewEcdsa() => new EcdsaP256SigningKey(ECDsa.Create(ECCurve.NamedCurves.nistP256));

    public static SigningKey NewSm2() => Sm2SigningKey.Generate();

    /// <summary>Both profiles, by name, for theories that must hold under each.</summary>
    public static TheoryData<string> Algorithms() => new(CryptoProfile.All.Select(p => p.Algorithm));

    public static SigningKey New(string algorithm) => algorithm switch
    {
        "ECDSA-P256-SHA256" => NewEcdsa(),
        "SM2-SM3" => NewSm2(),
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "No such profile."),
    };

    public static TrustedKeys Trusting(params TrustedKey[] keys) => new(keys);

    public static TrustedKeys Trusting(SigningKey key) => new([TrustedKey.For(key, Epoch)]);
}
