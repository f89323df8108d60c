using System.Security.Cryptography;
using AssetRegistry.Ledger.Audit;
using AssetRegistry.Verification.Canonical;
using AssetRegistry.Verification.Crypto;
using V = AssetRegistry.Tests.Ledger.Certificates.CertificateVectorInputs;

namespace AssetRegistry.Tests.Ledger.Audit;

/// <summary>
/// The leaves as a Merkle tree, and each checkpoint against it as the tree reaches its size. The ledger is built in
/// memory (<see cref="BuiltLedger"/>), its checkpoints signed at tree sizes 2, 5 and 16; a test replaces one.
/// </summary>
public sealed class CheckpointCheckTests
{
    private readonly BuiltLedger _ledger = BuiltLedger.Healthy();

    [Fact]
    public void the_checkpoints_issuance_would_store_pass_and_are_counted()
    {
        var tree = new CheckpointCheck(_ledger.Keys);

        Assert.Null(AppendAll(tree, _ledger.Checkpoints) ?? tree.Finish([]));
        Assert.Equal(16, tree.Leaves);
        Assert.Equal(3, tree.Checkpoints);
    }

    [Fact]
    public void a_checkpoint_of_the_empty_tree_passes_before_any_leaf() =>
        Assert.Null(new CheckpointCheck(_ledger.Keys).AtStart(_ledger.Sign(0, V.IssuedAt(0))));

    [Fact]
    public void a_negative_tree_size_is_checkpoint_size_negative() =>
        Assert.Equal(new AuditFinding(AuditFailure.CheckpointSizeNegative, "checkpoint at tree size -1: a tree size is never negative"),
            new CheckpointCheck(_ledger.Keys).AtStart(_ledger.Sign(0, V.IssuedAt(0)) with { TreeSize = -1 }));

    [Fact]
    public void a_checkpoint_at_a_size_the_tree_passed_without_it_is_checkpoint_size_not_in_ledger()
    {
        var tree = new CheckpointCheck(_ledger.Keys);
        AppendAll(tree, [], upTo: 3);

        Assert.Equal(new AuditFinding(AuditFailure.CheckpointSizeNotInLedger, "checkpoint at tree size 2: the ledger has no tree of that size"),
            tree.Append(_ledger.Leaves[3].LeafHash, new Queue<AuditedCheckpoint>([_ledger.Checkpoints[0]])));
    }

    [Fact]
    public void stored_text_that_is_not_a_signed_checkpoint_is_checkpoint_malformed()
    {
        var finding = Replaced(0, c => c with { Checkpoint = "{\"treeSize\":2}" });

        Assert.Equal(AuditFailure.CheckpointMalformed, finding?.Failure);
        Assert.StartsWith("checkpoint at tree size 2: stored text is not a checkpoint: ", finding!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_row_at_another_size_than_it_signs_is_checkpoint_size_differs() =>
        Assert.Equal(new AuditFinding(AuditFailure.CheckpointSizeDiffers, "checkpoint at tree size 5: the signed checkpoint states tree size 2"),
            Replaced(1, c => c with { Checkpoint = _ledger.Checkpoints[0].Checkpoint }));

    [Fact]
    public void a_checkpoint_naming_another_registry_is_checkpoint_registry_differs() =>
        Assert.Equal(new AuditFinding(AuditFailure.CheckpointRegistryDiffers,
                $"checkpoint at tree size 5: names registry \"另一个登记中心\", the earlier checkpoints \"{V.RegistryName}\""),
            Replaced(1, _ => _ledger.Sign(5, V.IssuedAt(5), registry: "另一个登记中心")));

    [Fact]
    public void a_checkpoint_signed_by_a_key_not_trusted_is_checkpoint_not_genuine_with_the_verifiers_code()
    {
        using var stranger = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var finding = Replaced(1, _ => _ledger.Sign(5, V.IssuedAt(5), key: new EcdsaP256SigningKey(stranger)));

        Assert.Equal(AuditFailure.CheckpointNotGenuine, finding?.Failure);
        Assert.StartsWith("checkpoint at tree size 5: UnknownKey: ", finding!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_checkpoint_dated_before_the_one_it_follows_is_checkpoint_dated_back()
    {
        var backdated = V.IssuedAt(1);

        Assert.Equal(new AuditFinding(AuditFailure.CheckpointDatedBack,
                $"checkpoint at tree size 5: dated {CanonicalInstant.Format(backdated)}, before the checkpoint at tree size 2 ({CanonicalInstant.Format(V.IssuedAt(2))}): "
                + "a checkpoint is never dated before one it follows"),
            Replaced(1, _ => _ledger.Sign(5, backdated)));
    }

    [Fact]
    public void a_checkpoint_signing_another_root_is_checkpoint_root_differs()
    {
        var other = _ledger.Checkpoints[0].RootHash;
        var finding = Replaced(1, _ => _ledger.Sign(5, V.IssuedAt(5), root: other));

        Assert.Equal(new AuditFinding(AuditFailure.CheckpointRootDiffers,
                $"checkpoint at tree size 5: root differs: it signs {Convert.ToBase64String(other)}, the leaves give {Convert.ToBase64String(_ledger.Checkpoints[1].RootHash)}"),
            finding);
    }

    [Fact]
    public void a_stored_root_hash_other_than_the_signed_one_is_checkpoint_stored_root_differs() =>
        Assert.Equal(new AuditFinding(AuditFailure.CheckpointStoredRootDiffers, "checkpoint at tree size 5: stored root_hash differs from the root it signs"),
            Replaced(1, c => c with { RootHash = _ledger.Checkpoints[0].RootHash }));

    [Fact]
    public void a_stored_key_id_other_than_the_signers_is_checkpoint_stored_key_differs() =>
        Assert.Equal(new AuditFinding(AuditFailure.CheckpointStoredKeyDiffers,
                $"checkpoint at tree size 5: stored key_id {new string('0', 64)} is not the key that signed it ({_ledger.Key.KeyId})"),
            Replaced(1, c => c with { KeyId = new string('0', 64) }));

    [Fact]
    public void a_stored_issued_at_other_than_the_signed_one_is_checkpoint_stored_date_differs()
    {
        var stored = V.IssuedAt(5).AddTicks(10);

        Assert.Equal(new AuditFinding(AuditFailure.CheckpointStoredDateDiffers,
                $"checkpoint at tree size 5: stored issued_at {CanonicalInstant.Format(stored)} is not the instant it signs ({CanonicalInstant.Format(V.IssuedAt(5))})"),
            Replaced(1, c => c with { IssuedAt = stored }));
    }

    [Fact]
    public void a_stored_frontier_of_another_tree_is_checkpoint_frontier_differs() =>
        Assert.Equal(new AuditFinding(AuditFailure.CheckpointFrontierDiffers,
                "checkpoint at tree size 5: stored frontier is not the subtree roots of the first 5 leaves (issuance would resume from a wrong tree)"),
            Replaced(1, c => c with { Frontier = _ledger.Checkpoints[0].Frontier }));

    [Fact]
    public void a_checkpoint_of_more_leaves_than_the_ledger_has_is_checkpoint_beyond_ledger()
    {
        var tree = new CheckpointCheck(_ledger.Keys);
        AppendAll(tree, _ledger.Checkpoints);

        Assert.Equal(new AuditFinding(AuditFailure.CheckpointBeyondLedger, "checkpoint at tree size 17: the ledger has only 16 certificates"),
            tree.Finish([_ledger.Checkpoints[2] with { TreeSize = 17 }]));
    }

    [Theory]
    [InlineData(2, "the last is at tree size 5")]
    [InlineData(0, "the ledger has none")]
    public void leaves_after_the_last_checkpoint_are_leaves_unsigned(int checkpoints, string why)
    {
        var tree = new CheckpointCheck(_ledger.Keys);
        AppendAll(tree, _ledger.Checkpoints.Take(checkpoints));
        var signed = checkpoints == 0 ? 0 : 5;

        Assert.Equal(new AuditFinding(AuditFailure.LeavesUnsigned, $"leaves {signed} to 15 ({16 - signed} certificates) are signed by no checkpoint: {why}"),
            tree.Finish([]));
    }

    /// <summary>The first finding, with checkpoint <paramref name="index"/> of the ledger replaced.</summary>
    private AuditFinding? Replaced(int index, Func<AuditedCheckpoint, AuditedCheckpoint> replace)
    {
        var checkpoints = _ledger.Checkpoints.ToList();
        checkpoints[index] = replace(checkpoints[index]);
        return AppendAll(new CheckpointCheck(_ledger.Keys), checkpoints);
    }

    private AuditFinding? AppendAll(CheckpointCheck tree, IEnumerable<AuditedCheckpoint> checkpoints, int? upTo = null)
    {
        var due = new Queue<AuditedCheckpoint>(checkpoints);
        foreach (var leaf in _ledger.Leaves.Take(upTo ?? _ledger.Leaves.Count))
        {
            if (tree.Append(leaf.LeafHash, due) is { } finding)
            {
                return finding;
            }
        }

        return null;
    }
}
