using AssetRegistry.Verification.Crypto;

namespace AssetRegistry.Verification.Merkle;

/// <summary>
/// The hashing of RFC 9162 §2.1.1 with any hash function: distinct prefixes for leaves and interior
/// nodes, so that no leaf can be passed off as a node (second-preimage resistance, §2.1.1 last paragraph).
/// </summary>
public sealed class MerkleHasher
{
    private const byte LeafPrefix = 0x00;
    private const byte NodePrefix = 0x01;

    private readonly byte[] emptyRoot;

    public MerkleHasher(HashFunction hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        Hash = hash;
        emptyRoot = hash.Hash([]);
    }

    public static MerkleHasher Sha256 { get; } = new(HashFunction.Sha256);

    public static MerkleHasher Sm3 { get; } = new(HashFunction.Sm3);

    public HashFunction Hash { get; }

    public int HashLength => Hash.Length;

    /// <summary>MTH({}) = HASH(), the root of a tree with no leaves. A fresh copy each time.</summary>
    public byte[] EmptyRoot() => (byte[])emptyRoot.Clone();

    /// <summary>MTH({d(0)}) = HASH(0x00 || d(0)).</summary>
    public byte[] LeafHash(ReadOnlySpan<byte> leaf)
    {
        var input = new byte[1 + leaf.Length];
        input[0] = LeafPrefix;
        leaf.CopyTo(input.AsSpan(1));
        return Hash.Hash(input);
    }

    /// <summary>HASH(0x01 || left || right), the parent of two subtree roots.</summary>
    public byte[] NodeHash(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        var node = new byte[HashLength];
        NodeHash(left, right, node);
        return node;
    }

    /// <summary>As <see cref="NodeHash(ReadOnlySpan{byte}, ReadOnlySpan{byte})"/>, without allocating.</summary>
    public void NodeHash(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right, Span<byte> destination)
    {
        Span<byte> input = stackalloc byte[1 + left.Length + right.Length];
        input[0] = NodePrefix;
        left.CopyTo(input[1..]);
        right.CopyTo(input[(1 + left.Length)..]);
        Hash.Hash(input, destination);
    }
}
