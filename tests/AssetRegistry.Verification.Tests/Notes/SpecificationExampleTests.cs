using System.Text;
using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Notes;

namespace AssetRegistry.Verification.Tests.Notes;

/// <summary>The examples of the C2SP specifications themselves (signed-note, tlog-checkpoint, tlog-proof), read by the library.</summary>
public sealed class SpecificationExampleTests
{
    // c2sp.org/signed-note, "Verifier keys", Example.
    private const string ExampleVkey = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k";
    private const string ExampleNote = "This is an example message.\n\n\u2014 example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n";

    [Fact]
    public void the_signed_note_example_verifies_with_the_example_vkey()
    {
        var key = NoteVerifierKey.Parse(ExampleVkey);
        var note = SignedNote.Parse(Encoding.UTF8.GetBytes(ExampleNote));

        Assert.Equal(NoteSignatureType.Ed25519, key.Type);
        Assert.Equal(0x530d903au, key.KeyId);
        Assert.Equal(ExampleVkey, key.ToString());
        Assert.Equal("This is an example message.\n", note.Text);
        Assert.True(key.Verifies(note.Text, note.Signatures.Single()));
        Assert.Equal(ExampleNote, note.ToString());
    }

    [Fact]
    public void the_signed_note_example_with_its_text_altered_does_not_verify()
    {
        var key = NoteVerifierKey.Parse(ExampleVkey);
        var note = SignedNote.Parse(ExampleNote.Replace("example message", "example massage", StringComparison.Ordinal));

        Assert.False(key.Verifies(note.Text, note.Signatures.Single()));
    }

    [Fact]
    public void a_vkey_whose_key_id_is_not_its_keys_is_refused()
    {
        Assert.Throws<LedgerFormatException>(() => NoteVerifierKey.Parse(ExampleVkey.Replace("530d903a", "530d903b", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("no blank line\n\u2014 example.com/foo AAAAAAE=\n")]
    [InlineData("text\n\n\u2014 example.com/foo AAAAAAE=")]
    [InlineData("text\n\n- example.com/foo AAAAAAE=\n")]
    [InlineData("text\n\n\u2014 example.com+foo AAAAAAE=\n")]
    [InlineData("text\n\n\u2014 example.com/foo AAAAAA==\n")]
    [InlineData("text\n\n\u2014 example.com/foo AAAAAAE\n")]
    [InlineData("te\txt\n\n\u2014 example.com/foo AAAAAAE=\n")]
    public void a_note_not_in_the_signed_note_format_is_refused(string note)
    {
        Assert.Throws<LedgerFormatException>(() => SignedNote.Parse(note));
    }

    [Fact]
    public void a_note_that_is_not_utf8_is_refused()
    {
        byte[] bytes = [.. "text \u00e9"u8[..6], 0xFF, .. "\n\n\u2014 example.com/foo AAAAAAE=\n"u8];

        Assert.Throws<LedgerFormatException>(() => SignedNote.Parse(bytes));
    }

    // c2sp.org/tlog-checkpoint, the example at its head.
    [Fact]
    public void the_tlog_checkpoint_example_reads_as_origin_size_and_root()
    {
        const string note = "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n\n"
            + "\u2014 example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n";

        var signed = SignedNote.Parse(note);
        var checkpoint = TlogCheckpoint.Parse(signed.Text);

        Assert.Equal("example.com/behind-the-sofa", checkpoint.Origin);
        Assert.Equal(20852163, checkpoint.TreeSize);
        Assert.Equal("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=", Convert.ToBase64String(checkpoint.RootHash));
        Assert.Empty(checkpoint.Extensions);
        Assert.Equal(signed.Text, checkpoint.ToText());
        Assert.Equal(0x033de0aeu, signed.Signatures.Single().KeyId);
    }

    [Theory]
    [InlineData("example.com/log\n012\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n")]
    [InlineData("example.com/log\n-1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n")]
    [InlineData("example.com/log\n12\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2\n")]
    [InlineData("example.com/log\n12\n")]
    [InlineData("example.com/log\n12\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n\n")]
    public void a_checkpoint_text_not_in_the_tlog_checkpoint_format_is_refused(string text)
    {
        Assert.Throws<LedgerFormatException>(() => TlogCheckpoint.Parse(text));
    }

    // c2sp.org/tlog-proof, the example at its head: its signatures are elided there ("[...]"), so only the framing is read.
    private const string ProofExample =
        "c2sp.org/tlog-proof@v1\n" +
        "extra YWdlLXYxLjIuMS1kYXJ3aW4tYXJtNjQudGFyLmd6kYXJ3aW4tYXJ\n" +
        "index 73894\n" +
        "gSKyXoYZUgZ6jduWYrkDOARinOMGJveXjgMkBTcdPlQ=\n" +
        "B95lDa8R83lS8n0eG+o0buTxRKQTYFi//1U8anccXmA=\n" +
        "EKNzoDWG8LGC0Yp9o+sv3qllpMP9uHQ9B20KNL+Q1zs=\n" +
        "RoopEkOdqkYqMB4MJXrbt/hMjOxsVn0IrWjpz1ZMMes=\n" +
        "AHCioX9nLjsrse6YhjRRmk1WUEirVOLLRoOQ6vfO5vk=\n" +
        "\n" +
        "example.com/fancylog\n" +
        "109482\n" +
        "sFodV/vSp5O8n9a8QpW6PRY97tfOSW5bsc2Xl/EQi08=\n" +
        "\n" +
        "\u2014 example.com/fancylog hI2DJw[...]1roloI=\n" +
        "\u2014 witness1.example mJirIklj[...]qY9v2B/5bg==\n" +
        "\u2014 witness2.example TnKKVHLX[...]xwYwrSjgow==\n" +
        "\u2014 witness3.example S4X82uH5[...]3oEcROGLFQ==\n";

    [Fact]
    public void the_tlog_proof_example_frames_as_extra_index_proof_and_checkpoint_and_is_written_back_byte_for_byte()
    {
        var proof = TlogProof.Parse(Encoding.UTF8.GetBytes(ProofExample));

        Assert.Equal(Convert.FromBase64String("YWdlLXYxLjIuMS1kYXJ3aW4tYXJtNjQudGFyLmd6kYXJ3aW4tYXJ"), proof.Extra);
        Assert.Equal(73894, proof.Index);
        Assert.Equal(5, proof.InclusionProof.Count);
        Assert.Equal("gSKyXoYZUgZ6jduWYrkDOARinOMGJveXjgMkBTcdPlQ=", Convert.ToBase64String(proof.InclusionProof[0]));
        Assert.Equal("AHCioX9nLjsrse6YhjRRmk1WUEirVOLLRoOQ6vfO5vk=", Convert.ToBase64String(proof.InclusionProof[4]));
        Assert.StartsWith("example.com/fancylog\n109482\nsFodV/vSp5O8n9a8QpW6PRY97tfOSW5bsc2Xl/EQi08=\n\n\u2014 example.com/fancylog ", proof.Checkpoint, StringComparison.Ordinal);
        Assert.Equal(ProofExample, proof.ToString());
    }

    [Fact]
    public void the_tlog_proof_example_without_extra_data_frames_too()
    {
        var withoutExtra = ProofExample.Replace("extra YWdlLXYxLjIuMS1kYXJ3aW4tYXJtNjQudGFyLmd6kYXJ3aW4tYXJ\n", "", StringComparison.Ordinal);

        var proof = TlogProof.Parse(Encoding.UTF8.GetBytes(withoutExtra));

        Assert.Null(proof.Extra);
        Assert.Equal(73894, proof.Index);
        Assert.Equal(withoutExtra, proof.ToString());
    }

    [Fact]
    public void the_tlog_proof_example_is_malformed_to_a_verifier_since_its_signatures_are_elided()
    {
        var verdict = new TlogProofVerifier(new TrustedKeys([])).Verify(Encoding.UTF8.GetBytes(ProofExample));

        Assert.Equal(VerificationFailure.MalformedDocument, verdict.Failure);
    }

    [Theory]
    [InlineData("c2sp.org/tlog-proof@v2\nindex 1\n\nx\n\n\u2014 a AAAAAAE=\n")]
    [InlineData("c2sp.org/tlog-proof@v1\nindex 01\n\nx\n\n\u2014 a AAAAAAE=\n")]
    [InlineData("c2sp.org/tlog-proof@v1\nextra !!\nindex 1\n\nx\n\n\u2014 a AAAAAAE=\n")]
    [InlineData("c2sp.org/tlog-proof@v1\nindex 1\nAAAA\n\nx\n\n\u2014 a AAAAAAE=\n")]
    [InlineData("c2sp.org/tlog-proof@v1\nindex 1\n")]
    public void a_file_not_in_the_tlog_proof_format_is_refused(string file)
    {
        Assert.Throws<LedgerFormatException>(() => TlogProof.Parse(Encoding.UTF8.GetBytes(file)));
    }
}
