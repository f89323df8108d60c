using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Tests.Support;

namespace AssetRegistry.Verification.Tests.Checkpoints;

public class KeyValidityTests
{
    private static readonly DateTimeOffset RevokedAt = TestKeys.Epoch.AddDays(100);

    private readonly TestLedger ledger = new(TestKeys.NewEcdsa(), 4);

    private static VerificationResult Verify(SignedCheckpoint checkpoint, TrustedKey trusted) =>
        new CheckpointVerifier(TestKeys.Trusting(trusted)).Verify(checkpoint);

    [Fact]
    public void a_checkpoint_signed_by_an_unknown_key_fails_with_that_reason()
    {
        var stranger = TestKeys.NewEcdsa();

        var result = new CheckpointVerifier(TestKeys.Trusting(stranger)).Verify(ledger.Checkpoint(TestKeys.Epoch.AddDays(1)));

        Assert.Equal(VerificationFailure.UnknownKey, result.Failure);
        Assert.Contains(ledger.Key.KeyId, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_checkpoint_issued_after_its_key_was_revoked_fails_with_that_reason()
    {
        var trusted = TrustedKey.For(ledger.Key, TestKeys.Epoch, revokedAt: RevokedAt);

        var result = Verify(ledger.Checkpoint(RevokedAt.AddSeconds(1)), trusted);

        Assert.Equal(VerificationFailure.KeyRevoked, result.Failure);
        Assert.Contains("revoked at 2026-04-11T00:00:00.000000Z", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_checkpoint_issued_at_the_instant_of_revocation_fails()
    {
        var trusted = TrustedKey.For(ledger.Key, TestKeys.Epoch, revokedAt: RevokedAt);

        Assert.Equal(VerificationFailure.KeyRevoked, Verify(ledger.Checkpoint(RevokedAt), trusted).Failure);
    }

    [Fact]
    public void a_checkpoint_issued_before_its_key_was_revoked_still_verifies()
    {
        var trusted = TrustedKey.For(ledger.Key, TestKeys.Epoch, revokedAt: RevokedAt);

        Assert.True(Verify(ledger.Checkpoint(RevokedAt.AddTicks(-10)), trusted).IsGenuine);
    }

    [Fact]
    public void a_checkpoint_issued_before_its_key_became_valid_fails()
    {
        var trusted = TrustedKey.For(ledger.Key, TestKeys.Epoch);

        Assert.Equal(VerificationFailure.KeyNotYetValid, Verify(ledger.Checkpoint(TestKeys.Epoch.AddTicks(-10)), trusted).Failure);
    }

    [Fact]
    public void a_checkpoint_issued_at_or_after_its_key_expired_fails()
    {
        var trusted = TrustedKey.For(ledger.Key, TestKeys.Epoch, validUntil: TestKeys.Epoch.AddDays(365));

        Assert.Equal(VerificationFailure.KeyExpired, Verify(ledger.Checkpoint(TestKeys.Epoch.AddDays(365)), trusted).Failure);
        Assert.True(Verify(ledger.Checkpoint(TestKeys.Epoch.AddDays(364)), trusted).IsGenuine);
    }

    [Fact]
    public void a_forged_signature_is_reported_as_such_even_when_the_key_is_revoked()
    {
        var trusted = TrustedKey.For(ledger.Key, TestKeys.Epoch, revokedAt: RevokedAt);
        var genuine = ledger.Checkpoint(RevokedAt.AddDays(1));
        var forged = new SignedCheckpoint(genuine.Body, new TestLedger(TestKeys.NewEcdsa(), 4).Checkpoint(RevokedAt.AddDays(1)).Signature);

        Assert.Equal(VerificationFailure.BadSignature, Verify(forged, trusted).Failure);
    }

    [Fact]
    public void a_key_of_the_wrong_algorithm_for_the_checkpoint_fails_with_that_reason()
    {
        var sm2Ledger = new TestLedger(TestKeys.NewSm2(), 2);
        var checkpoint = sm2Ledger.Checkpoint(TestKeys.Epoch.AddDays(1));
        var json = checkpoint.ToJsonObject();
        json["algorithm"] = "ECDSA-P256-SHA256";

        var result = new CheckpointVerifier(TestKeys.Trusting(sm2Ledger.Key)).Verify(SignedCheckpoint.Parse(json.ToJsonString()));

        Assert.Equal(VerificationFailure.KeyAlgorithmMismatch, result.Failure);
    }
}
