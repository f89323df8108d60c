using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Merkle;
using AssetRegistry.Verification.Tests.Support;

namespace AssetRegistry.Verification.Tests.Verifier;

public sealed class ConsistencyCommandTests : IDisposable
{
    private readonly TemporaryFolder folder = new();
    private readonly TestLedger ledger = new(TestKeys.NewEcdsa(), 10);

    public void Dispose() => folder.Dispose();

    private string[] Files(long from, long to, long proofFrom, int olderDay = 1, int newerDay = 2)
    {
        var tree = new MerkleTree(ledger.Hasher, ledger.LeafHashes.Take((int)to).ToList());
        return
        [
            folder.Write("old.json", ledger.Checkpoint(from, TestKeys.Epoch.AddDays(olderDay)).ToJson()),
            folder.Write("new.json", ledger.Checkpoint(to, TestKeys.Epoch.AddDays(newerDay)).ToJson()),
            folder.Write("proof.json", ConsistencyProof.Between(proofFrom, tree).ToJson()),
        ];
    }

    [Fact]
    public void consistent_checkpoints_print_consistent_and_exit_0()
    {
        var run = CommandLineRun.Of(["consistency", .. Files(4, 10, 4), "--keys", folder.Write("keys.json", TestKeys.Trusting(ledger.Key).ToJson())]);

        Assert.Equal((0, "consistent"), (run.ExitCode, run.Stdout));
        Assert.Equal(string.Empty, run.Stderr);
    }

    [Fact]
    public void without_keys_the_trees_are_checked_and_a_note_says_the_signatures_were_not()
    {
        var run = CommandLineRun.Of(["consistency", .. Files(4, 10, 4)]);

        Assert.Equal((0, "consistent"), (run.ExitCode, run.Stdout));
        Assert.Contains("signatures were not checked", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void a_proof_for_other_sizes_prints_what_failed_and_exits_1()
    {
        var run = CommandLineRun.Of(["consistency", .. Files(4, 10, 3)]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("failed: CheckpointsMismatch: The proof is from size 3 to 10", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void checkpoints_in_the_wrong_order_fail()
    {
        var files = Files(4, 10, 4);

        var run = CommandLineRun.Of("consistency", files[1], files[0], files[2]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("failed: CheckpointsMismatch:", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void a_newer_checkpoint_dated_before_the_older_one_fails()
    {
        var run = CommandLineRun.Of(["consistency", .. Files(4, 10, 4, olderDay: 2, newerDay: 1), "--keys", folder.Write("keys.json", TestKeys.Trusting(ledger.Key).ToJson())]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("failed: CheckpointsOutOfOrder: The newer checkpoint (tree size 10) is dated 2026-01-02T00:00:00.000000Z, before the older one", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void a_checkpoint_by_an_untrusted_key_fails_when_keys_are_given()
    {
        var run = CommandLineRun.Of(["consistency", .. Files(4, 10, 4), "--keys", folder.Write("keys.json", TestKeys.Trusting(TestKeys.NewEcdsa()).ToJson())]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("failed: UnknownKey: The older checkpoint:", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void a_missing_argument_is_a_usage_error()
    {
        var run = CommandLineRun.Of("consistency", "old.json", "new.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("consistency OLD.json NEW.json PROOF.json", run.Stderr, StringComparison.Ordinal);
    }
}
