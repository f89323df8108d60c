using AssetRegistry.Verification.Notes;
using AssetRegistry.Verification.Tests.Support;

namespace AssetRegistry.Verification.Tests.Notes;

/// <summary>
/// Our C2SP notes and tlog-proofs, checked by outside implementations: Go's golang.org/x/mod/sumdb/note (Ed25519, and
/// the ECDSA type read from the specification) and sumdb/tlog, and @noble/post-quantum for the ML-DSA-44 line.
/// </summary>
public sealed class NoteInteropTests : IDisposable
{
    private static readonly DateTimeOffset IssuedAt = new(2026, 3, 3, 9, 0, 0, TimeSpan.Zero);
    private readonly TemporaryFolder folder = new();
    private readonly NoteLedger ledger = new();

    public void Dispose() => folder.Dispose();

    private string Vkeys(params NoteSigner[] signers) => folder.Write("vkeys.txt", string.Concat(signers.Select(s => s.VerifierKey + "\n")));

    [Fact]
    public void interop_x_mod_note_verifies_the_ed25519_and_ecdsa_lines_of_a_note_that_carries_all_four()
    {
        var note = folder.Write("checkpoint.note", ledger.Note(IssuedAt).ToBytes());

        var result = GoInterop.Check("verify-note", Vkeys(ledger.Ed25519, ledger.Ecdsa), note);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal($"ok verified {ledger.Ed25519.VerifierKey.Name}+{ledger.Ed25519.VerifierKey.KeyId:x8} {ledger.Ecdsa.VerifierKey.Name}+{ledger.Ecdsa.VerifierKey.KeyId:x8}", result.StdoutText);
    }

    [Fact]
    public void interop_x_mod_note_refuses_a_note_whose_issuedAt_line_was_altered()
    {
        var altered = ledger.Note(IssuedAt).ToString().Replace("issuedAt 2026-03-03", "issuedAt 2026-03-02", StringComparison.Ordinal);

        var result = GoInterop.Check("verify-note", Vkeys(ledger.Ed25519), folder.Write("checkpoint.note", altered));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("invalid signature", result.StdoutText, StringComparison.Ordinal);
    }

    [Fact]
    public void interop_x_mod_note_reads_the_vkey_we_publish_for_ed25519()
    {
        var result = GoInterop.Check("verify-note", Vkeys(ledger.Ed25519), folder.Write("checkpoint.note", ledger.Note(IssuedAt, ledger.Ed25519).ToBytes()));

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public void interop_noble_post_quantum_verifies_the_ml_dsa_44_line()
    {
        var note = folder.Write("checkpoint.note", ledger.Note(IssuedAt).ToBytes());

        var result = NodeInterop.Run("verify-mldsa-checkpoint.mjs", note, NoteLedger.MlDsa44.VerifierKey.ToString());

        Assert.True(result.ExitCode == 0, $"{result.StdoutText} {result.Stderr}");
        Assert.Equal($"ok verified {NoteLedger.Origin}+{NoteLedger.MlDsa44.VerifierKey.KeyId:x8} at {IssuedAt.ToUnixTimeSeconds()}", result.StdoutText);
    }

    [Fact]
    public void interop_noble_post_quantum_refuses_an_ml_dsa_44_line_over_another_root()
    {
        var note = ledger.Note(IssuedAt, NoteLedger.MlDsa44).ToString();
        var root = Convert.ToBase64String(ledger.Checkpoint(IssuedAt).RootHash);
        var otherRoot = Convert.ToBase64String(ledger.Checkpoint(IssuedAt, 6).RootHash);

        var result = NodeInterop.Run("verify-mldsa-checkpoint.mjs", folder.Write("checkpoint.note", note.Replace(root, otherRoot, StringComparison.Ordinal)), NoteLedger.MlDsa44.VerifierKey.ToString());

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("failed: the ML-DSA-44 signature does not verify", result.StdoutText);
    }

    [Fact]
    public void interop_go_verifies_every_certificates_tlog_proof_with_x_mod_note_and_tlog()
    {
        var note = ledger.Note(IssuedAt);
        for (var i = 0; i < ledger.Ledger.Certificates.Count; i++)
        {
            var result = GoInterop.Check("verify-tlog-proof", Vkeys(ledger.Ed25519), folder.Write($"{i}.tlog-proof", ledger.Proof(i, note).ToBytes()));

            Assert.True(result.ExitCode == 0, $"leaf {i}: {result}");
            Assert.Equal("ok genuine", result.StdoutText);
        }
    }

    [Fact]
    public void interop_go_refuses_a_tlog_proof_whose_certificate_was_altered()
    {
        var file = ledger.Proof(1, ledger.Note(IssuedAt)).ToString();
        var proof = TlogProof.Parse(System.Text.Encoding.UTF8.GetBytes(file));
        var altered = TlogProof.OfCertificate(System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(proof.Extra!).Replace("第1期", "第2期", StringComparison.Ordinal)),
            1, proof.InclusionProof, SignedNote.Parse(proof.Checkpoint));

        var result = GoInterop.Check("verify-tlog-proof", Vkeys(ledger.Ed25519), folder.Write("altered.tlog-proof", altered.ToBytes()));

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("failed: inclusion", result.StdoutText, StringComparison.Ordinal);
    }
}
