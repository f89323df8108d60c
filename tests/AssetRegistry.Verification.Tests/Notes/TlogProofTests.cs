using System.Text;
using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Notes;
using AssetRegistry.Verification.Tests.Support;

namespace AssetRegistry.Verification.Tests.Notes;

/// <summary>A certificate's tlog-proof: one file that verifies on its own, its certificate bound by the leaf hash (docs/ledger.md §14).</summary>
public sealed class TlogProofTests
{
    private static readonly DateTimeOffset IssuedAt = new(2026, 3, 3, 9, 0, 0, TimeSpan.Zero);
    private readonly NoteLedger ledger = new();

    private VerificationResult Verify(string file) => new TlogProofVerifier(NoteLedger.Trusting(ledger.Ed25519)).Verify(Encoding.UTF8.GetBytes(file));

    [Fact]
    public void every_certificates_tlog_proof_is_genuine_and_reads_back_byte_for_byte()
    {
        var note = ledger.Note(IssuedAt);
        for (var i = 0; i < ledger.Ledger.Certificates.Count; i++)
        {
            var file = ledger.Proof(i, note).ToString();

            Assert.True(Verify(file).IsGenuine, $"leaf {i}: {Verify(file)}");
            Assert.Equal(file, TlogProof.Parse(Encoding.UTF8.GetBytes(file)).ToString());
        }
    }

    [Fact]
    public void an_altered_certificate_is_InclusionProofInvalid()
    {
        var proof = ledger.Proof(3, ledger.Note(IssuedAt));
        var certificate = Encoding.UTF8.GetString(proof.Extra!).Replace("1234567.89", "1234567.80", StringComparison.Ordinal);
        var altered = TlogProof.OfCertificate(Encoding.UTF8.GetBytes(certificate), 3, proof.InclusionProof, SignedNote.Parse(proof.Checkpoint));

        Assert.Equal(VerificationFailure.InclusionProofInvalid, Verify(altered.ToString()).Failure);
    }

    [Fact]
    public void extra_data_that_is_not_a_certificate_in_canonical_form_is_MalformedDocument()
    {
        var proof = ledger.Proof(3, ledger.Note(IssuedAt));
        var indented = TlogProof.OfCertificate(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(proof.Extra!).Replace(",", ", ", StringComparison.Ordinal)), 3, proof.InclusionProof, SignedNote.Parse(proof.Checkpoint));
        var none = new TlogProof([], hasExtra: false, 3, proof.InclusionProof, proof.Checkpoint);

        Assert.Equal(VerificationFailure.MalformedDocument, Verify(indented.ToString()).Failure);
        Assert.Equal(VerificationFailure.MalformedDocument, Verify(none.ToString()).Failure);
    }

    [Fact]
    public void a_proof_against_a_checkpoint_no_trusted_key_signed_is_UnknownKey()
    {
        var file = ledger.Proof(2, ledger.Note(IssuedAt, ledger.Ecdsa)).ToString();

        Assert.Equal(VerificationFailure.UnknownKey, Verify(file).Failure);
    }

    [Fact]
    public void a_proof_of_another_index_is_InclusionProofInvalid()
    {
        var proof = ledger.Proof(2, ledger.Note(IssuedAt));
        var moved = new TlogProof(proof.Extra, hasExtra: true, 4, proof.InclusionProof, proof.Checkpoint);

        Assert.Equal(VerificationFailure.InclusionProofInvalid, Verify(moved.ToString()).Failure);
    }
}
