namespace AssetRegistry.Verification.Crypto;

/// <summary>The private half the registry signs checkpoints with; verifiers only ever see the public half.</summary>
public abstract class SigningKey
{
    public abstract CryptoProfile Profile { get; }

    /// <summary>The DER SubjectPublicKeyInfo that goes into the keys file, base64-encoded.</summary>
    public abstract byte[] ExportSubjectPublicKeyInfo();

    /// <summary>The id written into each checkpoint's <c>keyId</c>; see <see cref="CryptoProfile.KeyIdOf"/>.</summary>
    public string KeyId => Profile.KeyIdOf(ExportSubjectPublicKeyInfo());

    /// <summary>Signs <paramref name="message"/> under the profile, returning the DER signature.</summary>
    public abstract byte[] Sign(ReadOnlySpan<byte> message);
}
