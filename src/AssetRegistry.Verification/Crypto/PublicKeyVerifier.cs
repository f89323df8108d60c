namespace AssetRegistry.Verification.Crypto;

/// <summary>
/// A public key that its profile has accepted and decoded once, for the many signatures it will check.
/// A trusted key checks every bundle a verifier is given, and decoding and importing the key again for each
/// one cost about three times the signature check itself. Safe to use from any number of threads.
/// </summary>
internal abstract class PublicKeyVerifier
{
    /// <summary>What <see cref="CryptoProfile.VerifySignature"/> answers for this key; false for any malformed input.</summary>
    public abstract bool VerifySignature(ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature);
}
