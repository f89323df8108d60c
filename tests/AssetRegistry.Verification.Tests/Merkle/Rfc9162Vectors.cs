using System.Text.Json;
using AssetRegistry.Verification.Tests.Support;

namespace AssetRegistry.Verification.Tests.Merkle;

/// <summary>The transparency-dev/merkle vectors in tests/vectors/rfc9162, by path relative to that folder.</summary>
internal static class Rfc9162Vectors
{
    public static TheoryData<string> Files(string kind) => new(Paths(kind));

    public static TheoryData<string> HappyPaths(string kind) =>
        new(Paths(kind).Where(p => p.EndsWith("/happy-path.json", StringComparison.Ordinal)));

    private static IEnumerable<string> Paths(string kind) =>
        Directory.GetFiles(RepositoryRoot.Vectors("rfc9162", kind), "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryRoot.Vectors("rfc9162"), f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static JsonElement Read(string relativePath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Vectors("rfc9162", relativePath)));
        return document.RootElement.Clone();
    }

    public static byte[] Bytes(JsonElement vector, string name) => Convert.FromBase64String(vector.GetProperty(name).GetString()!);

    /// <summary>A <c>null</c> proof is an empty one.</summary>
    public static IReadOnlyList<byte[]> Proof(JsonElement vector) =>
        vector.GetProperty("proof").ValueKind == JsonValueKind.Null
            ? []
            : vector.GetProperty("proof").EnumerateArray().Select(p => Convert.FromBase64String(p.GetString()!)).ToList();

    /// <summary>
    /// The leaves the vectors' trees are built from (RFC 6962's reference test data, as transparency-dev/merkle
    /// keeps it); the 8-leaf root is the vectors' root XcnaeacG….
    /// </summary>
    public static IReadOnlyList<byte[]> Leaves { get; } =
        new[] { "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f" }
            .Select(Convert.FromHexString)
            .ToList();
}
