using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Notes;
using AssetRegistry.Verification.Tests.Support;

namespace AssetRegistry.Verification.Tests.Notes;

/// <summary>C2SP checkpoint notes as the registry signs them, and how a verifier judges their lines (docs/ledger.md §14).</summary>
public sealed class CheckpointNoteTests
{
    private static readonly DateTimeOffset IssuedAt = new(2026, 3, 3, 9, 0, 0, 123456 / 1000, TimeSpan.Zero);
    private readonly NoteLedger ledger = new();

    private static VerificationResult Judge(SignedNote note, TrustedKeys keys) => new CheckpointNoteVerifier(keys).Verify(SignedNote.Parse(note.ToString())).Verdict;

    [Fact]
    public void a_checkpoint_note_is_origin_size_root_and_the_issuedAt_line_signed_by_every_signer_in_order()
    {
        var note = ledger.Note(IssuedAt);

        var lines = note.Text.Split('\n');
        Assert.Equal([NoteLedger.Origin, "7", Convert.ToBase64String(ledger.Checkpoint(IssuedAt).RootHash), "issuedAt 2026-03-03T09:00:00.123000Z", ""], lines);
        Assert.Equal([NoteSignatureType.Ed25519, NoteSignatureType.Ecdsa, NoteSignatureType.MlDsa44, NoteSignatureType.Unassigned],
            note.Signatures.Select(s => ledger.AllSigners.Single(k => k.VerifierKey.KeyId == s.KeyId).VerifierKey.Type));
        Assert.All(note.Signatures, s => Assert.Equal(NoteLedger.Origin, s.KeyName));
    }

    [Fact]
    public void each_signer_alone_makes_the_note_genuine_to_a_verifier_that_trusts_only_it()
    {
        var note = ledger.Note(IssuedAt);

        foreach (var signer in ledger.AllSigners)
        {
            Assert.True(Judge(note, NoteLedger.Trusting(signer)).IsGenuine, signer.VerifierKey.Algorithm);
        }
    }

    [Fact]
    public void every_vkey_reads_back_as_itself()
    {
        foreach (var signer in ledger.AllSigners)
        {
            var vkey = signer.VerifierKey.ToString();

            var parsed = NoteVerifierKey.Parse(vkey);

            Assert.Equal(vkey, parsed.ToString());
            Assert.Equal(signer.VerifierKey.KeyId, parsed.KeyId);
        }
    }

    [Fact]
    public void the_ecdsa_key_id_is_the_sha256_of_its_subject_public_key_info_alone()
    {
        var spki = ledger.Ledger.Key.ExportSubjectPublicKeyInfo();

        Assert.Equal(System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(System.Security.Cryptography.SHA256.HashData(spki)), ledger.Ecdsa.VerifierKey.KeyId);
    }

    [Fact]
    public void the_sm2_vkey_is_0xff_then_the_documented_identifier_then_the_subject_public_key_info()
    {
        var material = Convert.FromBase64String(ledger.Sm2.VerifierKey.ToString().Split('+', 3)[2]);

        Assert.Equal(0xff, material[0]);
        Assert.Equal("asset-registry/sm2-sm3/v1"u8.ToArray(), material[1..26]);
        Assert.Equal(ledger.Sm2.VerifierKey.PublicKey.ToArray(), material[26..]);
    }

    [Fact]
    public void a_note_signed_by_no_trusted_key_is_UnknownKey()
    {
        var note = ledger.Note(IssuedAt, ledger.Ecdsa);

        Assert.Equal(VerificationFailure.UnknownKey, Judge(note, NoteLedger.Trusting(ledger.Ed25519)).Failure);
    }

    [Fact]
    public void an_altered_tree_size_is_BadSignature_for_every_type()
    {
        var note = ledger.Note(IssuedAt, ledger.AllSigners);
        var altered = SignedNote.Parse(note.ToString().Replace($"{NoteLedger.Origin}\n7\n", $"{NoteLedger.Origin}\n6\n", StringComparison.Ordinal));

        foreach (var signer in ledger.AllSigners)
        {
            Assert.Equal(VerificationFailure.BadSignature, Judge(altered, NoteLedger.Trusting(signer)).Failure);
        }
    }

    [Fact]
    public void an_altered_issuedAt_line_is_BadSignature_for_the_types_that_sign_it_and_not_for_ml_dsa_44()
    {
        var note = ledger.Note(IssuedAt);
        var altered = SignedNote.Parse(note.ToString().Replace("issuedAt 2026-03-03", "issuedAt 2026-03-04", StringComparison.Ordinal));

        Assert.Equal(VerificationFailure.BadSignature, Judge(altered, NoteLedger.Trusting(ledger.Ed25519)).Failure);
        Assert.Equal(VerificationFailure.BadSignature, Judge(altered, NoteLedger.Trusting(ledger.Ecdsa)).Failure);
        Assert.Equal(VerificationFailure.BadSignature, Judge(altered, NoteLedger.Trusting(ledger.Sm2)).Failure);
        Assert.True(Judge(altered, NoteLedger.Trusting(NoteLedger.MlDsa44)).IsGenuine);
    }

    [Fact]
    public void a_trusted_key_whose_line_fails_fails_the_whole_note_even_if_another_verifies()
    {
        var good = ledger.Note(IssuedAt, ledger.Ed25519);
        var other = ledger.Note(IssuedAt.AddSeconds(1), ledger.Ecdsa);
        var spliced = new SignedNote(good.Text, [good.Signatures[0], other.Signatures[0]]);

        Assert.Equal(VerificationFailure.BadSignature, Judge(spliced, NoteLedger.Trusting(ledger.Ed25519, ledger.Ecdsa)).Failure);
    }

    [Fact]
    public void a_key_revoked_before_issuedAt_is_KeyRevoked_and_one_revoked_after_it_still_counts()
    {
        var note = ledger.Note(IssuedAt, ledger.Ed25519);

        Assert.Equal(VerificationFailure.KeyRevoked, Judge(note, NoteLedger.Trusting(new TrustedNoteKey(ledger.Ed25519.VerifierKey, TestKeys.Epoch, revokedAt: IssuedAt))).Failure);
        Assert.True(Judge(note, NoteLedger.Trusting(new TrustedNoteKey(ledger.Ed25519.VerifierKey, TestKeys.Epoch, revokedAt: IssuedAt.AddTicks(10)))).IsGenuine);
        Assert.Equal(VerificationFailure.KeyNotYetValid, Judge(note, NoteLedger.Trusting(new TrustedNoteKey(ledger.Ed25519.VerifierKey, IssuedAt.AddDays(1)))).Failure);
        Assert.Equal(VerificationFailure.KeyExpired, Judge(note, NoteLedger.Trusting(new TrustedNoteKey(ledger.Ed25519.VerifierKey, TestKeys.Epoch, validUntil: IssuedAt))).Failure);
    }

    [Fact]
    public void an_ml_dsa_44_key_is_judged_at_its_own_timestamp_not_at_the_issuedAt_line()
    {
        var signedAt = IssuedAt.AddHours(2);
        var note = NoteSigner.SignCheckpoint(ledger.Checkpoint(IssuedAt), signedAt, [NoteLedger.MlDsa44]);
        var revokedBetween = new TrustedNoteKey(NoteLedger.MlDsa44.VerifierKey, TestKeys.Epoch, revokedAt: IssuedAt.AddHours(1));

        var verdict = Judge(note, NoteLedger.Trusting(revokedBetween));

        Assert.Equal(VerificationFailure.KeyRevoked, verdict.Failure);
        Assert.Contains("signed by ML-DSA-44 at 2026-03-03T11:00:00.000000Z", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void one_good_line_of_a_trusted_key_suffices_when_another_trusted_key_was_revoked()
    {
        var note = ledger.Note(IssuedAt, ledger.Ed25519, NoteLedger.MlDsa44);
        var keys = NoteLedger.Trusting(
            new TrustedNoteKey(ledger.Ed25519.VerifierKey, TestKeys.Epoch, revokedAt: TestKeys.Epoch.AddDays(1)),
            new TrustedNoteKey(NoteLedger.MlDsa44.VerifierKey, TestKeys.Epoch));

        Assert.True(Judge(note, keys).IsGenuine);
    }

    [Fact]
    public void a_trusted_key_named_other_than_the_origin_does_not_make_the_checkpoint_the_logs()
    {
        var witness = Ed25519NoteSigner.Generate("witness.example");
        var note = NoteSigner.SignCheckpoint(ledger.Checkpoint(IssuedAt), IssuedAt, [witness]);

        Assert.Equal(VerificationFailure.UnknownKey, Judge(note, NoteLedger.Trusting(witness)).Failure);
    }

    [Fact]
    public void a_note_without_an_issuedAt_line_cannot_have_its_keys_validity_judged()
    {
        var undated = new TlogCheckpoint(NoteLedger.Origin, 7, ledger.Checkpoint(IssuedAt).RootHash);
        var note = NoteSigner.SignCheckpoint(undated, IssuedAt, [ledger.Ed25519]);

        Assert.Equal(VerificationFailure.MalformedDocument, Judge(note, NoteLedger.Trusting(ledger.Ed25519)).Failure);
    }

    [Fact]
    public void keys_read_from_pem_sign_as_the_generated_ones_did()
    {
        var ed = Ed25519NoteSigner.FromPem(NoteLedger.Origin, ledger.Ed25519.ExportPem());
        var ml = MlDsa44NoteSigner.FromPem(NoteLedger.Origin, NoteLedger.MlDsa44.ExportPem());

        Assert.Equal(ledger.Ed25519.VerifierKey.ToString(), ed.VerifierKey.ToString());
        Assert.Equal(NoteLedger.MlDsa44.VerifierKey.ToString(), ml.VerifierKey.ToString());
        Assert.True(Judge(ledger.Note(IssuedAt, ed, ml), NoteLedger.Trusting(ledger.Ed25519, NoteLedger.MlDsa44)).IsGenuine);
    }

    [Fact]
    public void the_keys_file_carries_note_keys_and_reads_them_back()
    {
        var keys = new TrustedKeys([TrustedKey.For(ledger.Ledger.Key, TestKeys.Epoch)],
            [new TrustedNoteKey(ledger.Ed25519.VerifierKey, TestKeys.Epoch, revokedAt: IssuedAt), new TrustedNoteKey(NoteLedger.MlDsa44.VerifierKey, TestKeys.Epoch)]);

        var read = TrustedKeys.Parse(keys.ToJson());

        Assert.Equal(keys.ToJson(), read.ToJson());
        Assert.Equal(IssuedAt, read.NoteKeys[0].RevokedAt);
        Assert.Throws<LedgerFormatException>(() => TrustedKeys.Parse("""{"keys": [], "noteKeys": [{"vkey": "a+00000000+AQ==", "validFrom": "2026-01-01T00:00:00.000000Z"}]}"""));
        Assert.Empty(TrustedKeys.Parse("""{"keys": []}""").NoteKeys);
    }
}
