using AssetRegistry.Verification.Canonical;
using AssetRegistry.Verification.Merkle;
using AssetRegistry.Verification.Tests.Support;

namespace AssetRegistry.Verification.Tests.Merkle;

/// <summary>Our inclusion and consistency proofs, checked by Go's golang.org/x/mod/sumdb/tlog (CheckRecord, CheckTree): tests/interop/go.</summary>
public sealed class MerkleInteropTests
{
    private static readonly long[] Sizes = [1, 2, 3, 5, 8, 13];

    private static readonly List<byte[]> Leaves =
        [.. Enumerable.Range(0, 13).Select(i => MerkleHasher.Sha256.LeafHash(System.Text.Encoding.UTF8.GetBytes($"leaf {i}")))];

    private static MerkleTree Tree(long size) => new(MerkleHasher.Sha256, size, i => Leaves[(int)i]);

    private static string B64(byte[] bytes) => StrictBase64.Encode(bytes);

    [Fact]
    public void interop_every_inclusion_proof_the_library_makes_passes_tlog_CheckRecord()
    {
        foreach (var size in Sizes)
        {
            var tree = Tree(size);
            foreach (var index in new[] { 0, size / 2, size - 1 }.Distinct())
            {
                var result = GoInterop.Check(["check-inclusion", $"{size}", B64(tree.RootHash()), $"{index}", B64(Leaves[(int)index]), .. tree.InclusionProof(index).Select(B64)]);

                Assert.True(result.ExitCode == 0, $"size {size}, leaf {index}: {result}");
                Assert.Equal("ok included", result.StdoutText);
            }
        }
    }

    [Fact]
    public void interop_tlog_CheckRecord_rejects_a_proof_for_another_leaf()
    {
        var tree = Tree(13);

        var result = GoInterop.Check(["check-inclusion", "13", B64(tree.RootHash()), "4", B64(Leaves[5]), .. tree.InclusionProof(4).Select(B64)]);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("failed:", result.StdoutText, StringComparison.Ordinal);
    }

    [Fact]
    public void interop_every_consistency_proof_the_library_makes_passes_tlog_CheckTree()
    {
        foreach (var newer in Sizes)
        {
            var tree = Tree(newer);
            foreach (var older in Sizes.Where(s => s <= newer))
            {
                var result = GoInterop.Check(["check-consistency", $"{older}", B64(Tree(older).RootHash()), $"{newer}", B64(tree.RootHash()), .. tree.ConsistencyProof(older).Select(B64)]);

                Assert.True(result.ExitCode == 0, $"{older} → {newer}: {result}");
                Assert.Equal("ok consistent", result.StdoutText);
            }
        }
    }

    [Fact]
    public void interop_tlog_CheckTree_rejects_a_proof_against_another_older_root()
    {
        var tree = Tree(13);

        var result = GoInterop.Check(["check-consistency", "5", B64(Tree(6).RootHash()), "13", B64(tree.RootHash()), .. tree.ConsistencyProof(5).Select(B64)]);

        Assert.Equal(1, result.ExitCode);
    }
}
