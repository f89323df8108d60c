using AssetRegistry.Verification.Crypto;

namespace AssetRegistry.Verification.Checkpoints;

/// <summary>The registry's side: signs a tree head under the key's profile.</summary>
public sealed class CheckpointSigner
{
    private readonly SigningKey key;
    private readonly string registry;

    /// <param name="registry">The ledger's stable name, written into every checkpoint.</param>
    public CheckpointSigner(SigningKey key, string registry)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrEmpty(registry);
        this.key = key;
        this.registry = registry;
    }

    public SignedCheckpoint Sign(long treeSize, ReadOnlySpan<byte> rootHash, DateTimeOffset issuedAt)
    {
        if (rootHash.Length != key.Profile.Hash.Length)
        {
            throw new ArgumentException($"A {key.Profile.Algorithm} root hash is {key.Profile.Hash.Length} bytes of {key.Profile.Hash.Name}.", nameof(rootHash));
        }

        var body = new Checkpoint(registry, treeSize, rootHash, issuedAt, key.KeyId, key.Profile.Algorithm);
        return new SignedCheckpoint(body, key.Sign(body.SigningInput()));
    }
}
