using System.Security.Cryptography;
using System.Text.Json.Nodes;
using AssetRegistry.Verification.Canonical;

namespace AssetRegistry.Ledger;

/// <summary>
/// The hash a certificate cites for the event it records: SHA-256 of the RFC 8785 canonical form of
/// <c>{"data": …, "stream": …, "type": …, "version": …}</c>, with <c>data</c> as PostgreSQL stores it. The
/// stored form, never an object read back through code, which an upcaster or a new serializer could change.
/// </summary>
public static class StoredEventHash
{
    public static byte[] Compute(string streamId, string type, long version, string dataJson)
    {
        var envelope = new JsonObject
        {
            ["data"] = JsonNode.Parse(dataJson),
            ["stream"] = streamId,
            ["type"] = type,
            ["version"] = version,
        };
        return SHA256.HashData(JsonCanonicalizer.Canonicalize(envelope));
    }
}
