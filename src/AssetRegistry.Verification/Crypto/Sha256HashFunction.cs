using System.Security.Cryptography;

namespace AssetRegistry.Verification.Crypto;

/// <summary>SHA-256 (FIPS 180-4), the hash of the <c>ECDSA-P256-SHA256</c> profile and of RFC 9162's test vectors.</summary>
internal sealed class Sha256HashFunction : HashFunction
{
    public override string Name => "SHA-256";

    public override int Length => SHA256.HashSizeInBytes;

    public override void Hash(ReadOnlySpan<byte> data, Span<byte> destination) => SHA256.HashData(data, destination);
}
