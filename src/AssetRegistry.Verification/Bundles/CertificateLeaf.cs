using System.Text.Json.Nodes;
using AssetRegistry.Verification.Canonical;
using AssetRegistry.Verification.Merkle;

namespace AssetRegistry.Verification.Bundles;

/// <summary>A certificate as a ledger leaf: its bytes are its RFC 8785 canonical form, nothing added.</summary>
public static class CertificateLeaf
{
    public static byte[] Bytes(JsonObject certificate) => JsonCanonicalizer.Canonicalize(certificate);

    /// <summary>HASH(0x00 ‖ JCS(certificate)), the value the ledger stores for it.</summary>
    public static byte[] Hash(MerkleHasher hasher, JsonObject certificate)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        return hasher.LeafHash(Bytes(certificate));
    }
}
