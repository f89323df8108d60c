using Org.BouncyCastle.Crypto.Digests;

namespace AssetRegistry.Verification.Crypto;

/// <summary>SM3 (GB/T 32905-2016), the hash of the <c>SM2-SM3</c> national-crypto profile.</summary>
internal sealed class Sm3HashFunction : HashFunction
{
    public override string Name => "SM3";

    public override int Length => 32;

    public override void Hash(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        // SM3Digest keeps state, so one per call: hashing is then safe from any number of threads.
        var digest = new SM3Digest();
        digest.BlockUpdate(data);
        digest.DoFinal(destination);
    }
}
