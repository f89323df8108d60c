using AssetRegistry.Verification.Bundles;
using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Merkle;
using AssetRegistry.Verification.Tests.Support;

namespace AssetRegistry.Verification.Tests.Checkpoints;

public class ConsistencyVerifierTests
{
    private static readonly DateTimeOffset Day1 = TestKeys.Epoch.AddDays(1);
    private static readonly DateTimeOffset Day2 = TestKeys.Epoch.AddDays(2);

    private readonly TestLedger ledger = new(TestKeys.NewEcdsa(), 11);

    private ConsistencyProof Proof(long from, long to) =>
        ConsistencyProof.Between(from, new MerkleTree(ledger.Hasher, ledger.LeafHashes.Take((int)to).ToList()));

    [Fact]
    public void a_later_checkpoint_of_the_same_ledger_is_consistent_with_an_earlier_one()
    {
        var result = new ConsistencyVerifier(TestKeys.Trusting(ledger.Key)).Verify(ledger.Checkpoint(6, Day1), ledger.Checkpoint(11, Day2), Proof(6, 11));

        Assert.True(result.IsGenuine, result.Message);
    }

    [Fact]
    public void a_ledger_whose_history_was_rewritten_is_not_consistent()
    {
        var older = ledger.Checkpoint(6, Day1);
        ledger.Certificates[3]["valuation"] = "1.00";
        var rewritten = new MerkleTree(ledger.Hasher, ledger.Certificates.Select(c => CertificateLeaf.Hash(ledger.Hasher, c)).ToList());
        var newer = new CheckpointSigner(ledger.Key, TestLedger.Registry).Sign(11, rewritten.RootHash(), Day2);

        var result = new ConsistencyVerifier(TestKeys.Trusting(ledger.Key)).Verify(older, newer, ConsistencyProof.Between(6, rewritten));

        Assert.Equal(VerificationFailure.ConsistencyProofInvalid, result.Failure);
    }

    [Fact]
    public void a_proof_between_other_sizes_than_the_checkpoints_is_refused()
    {
        var result = new ConsistencyVerifier(null).Verify(ledger.Checkpoint(6, Day1), ledger.Checkpoint(11, Day2), Proof(5, 11));

        Assert.Equal(VerificationFailure.CheckpointsMismatch, result.Failure);
    }

    [Fact]
    public void checkpoint_signatures_are_checked_when_keys_are_given()
    {
        var result = new ConsistencyVerifier(TestKeys.Trusting(TestKeys.NewEcdsa())).Verify(ledger.Checkpoint(6, Day1), ledger.Checkpoint(11, Day2), Proof(6, 11));

        Assert.Equal(VerificationFailure.UnknownKey, result.Failure);
        Assert.StartsWith("The older checkpoint", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_newer_checkpoint_dated_before_the_older_one_is_refused_even_without_keys()
    {
        var result = new ConsistencyVerifier(null).Verify(ledger.Checkpoint(6, Day2), ledger.Checkpoint(11, Day1), Proof(6, 11));

        Assert.Equal(VerificationFailure.CheckpointsOutOfOrder, result.Failure);
        Assert.Contains("before the older one", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_newer_checkpoint_may_bear_the_same_date_as_the_older_one()
    {
        var result = new ConsistencyVerifier(TestKeys.Trusting(ledger.Key)).Verify(ledger.Checkpoint(6, Day1), ledger.Checkpoint(11, Day1), Proof(6, 11));

        Assert.True(result.IsGenuine, result.Message);
    }

    [Fact]
    public void a_revoked_key_that_signs_a_later_tree_dated_before_its_revocation_is_caught_by_the_older_checkpoint()
    {
        // The registry moved to a new key after the old one's revocation; a thief of the old key signs a later tree and dates it back.
        var revokedAt = Day1.AddHours(12);
        var stolen = ledger.Key;
        var successor = TestKeys.NewEcdsa();
        var keys = TestKeys.Trusting(TrustedKey.For(stolen, TestKeys.Epoch, revokedAt: revokedAt), TrustedKey.For(successor, TestKeys.Epoch));
        var older = new CheckpointSigner(successor, TestLedger.Registry).Sign(6, ledger.Checkpoint(6, Day2).Body.RootHash, Day2);
        var newer = ledger.Checkpoint(11, Day1);
        Assert.True(new CheckpointVerifier(keys).Verify(newer).IsGenuine, "alone, the back-dated checkpoint passes: only its date says when it was signed");

        var result = new ConsistencyVerifier(keys).Verify(older, newer, Proof(6, 11));

        Assert.Equal(VerificationFailure.CheckpointsOutOfOrder, result.Failure);
    }

    [Fact]
    public void a_consistency_proof_file_survives_its_json_unchanged()
    {
        var proof = Proof(6, 11);

        var read = ConsistencyProof.Parse(proof.ToJson());

        Assert.Equal((6L, 11L), (read.From, read.To));
        Assert.Equal(proof.Proof, read.Proof);
    }
}
