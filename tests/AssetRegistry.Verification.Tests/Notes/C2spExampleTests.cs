using System.Text;
using System.Text.RegularExpressions;
using AssetRegistry.Verification.Notes;
using AssetRegistry.Verification.Tests.Support;
using AssetRegistry.Verification.Tests.Verifier;

namespace AssetRegistry.Verification.Tests.Notes;

/// <summary>
/// The worked example of docs/ledger.md §14 is true: the library makes exactly its blocks from the inputs the text
/// gives (Ed25519 signatures are deterministic), and they verify as the text says, with our verifier and with Go's.
/// </summary>
public sealed partial class C2spExampleTests : IDisposable
{
    private const string Origin = "ledger.asset-registry.example.cn";
    private static readonly DateTimeOffset IssuedAt = DateTimeOffset.Parse("2026-03-03T09:00:00.123456Z", System.Globalization.CultureInfo.InvariantCulture);

    private readonly TemporaryFolder folder = new();
    private readonly Dictionary<string, string> examples = ReadExamples();

    public void Dispose() => folder.Dispose();

    [GeneratedRegex(@"<!-- c2sp example: (?<name>[\w.-]+) -->\s*```\w*\n(?<body>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();

    private static Dictionary<string, string> ReadExamples() =>
        ExampleBlock().Matches(File.ReadAllText(RepositoryRoot.File("docs", "ledger.md")).ReplaceLineEndings("\n"))
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["body"].Value + "\n");

    /// <summary>The Ed25519 key of the example: the 32 bytes 32, 33, …, 63 as its private key (a real key is random).</summary>
    private static Ed25519NoteSigner Key => Ed25519NoteSigner.FromSeed(Origin, Enumerable.Range(32, 32).Select(i => (byte)i).ToArray());

    /// <summary>The ledger of docs/ledger.md §11: three leaves, the second the example certificate.</summary>
    private static (SignedNote Note, TlogProof Proof) Made(string certificateJcs)
    {
        var root = Convert.FromBase64String("ZpiRKfK2Nw9uGnjKITE3vIAbWJMBTyjHWBQdgT8mvtI=");
        var note = NoteSigner.SignCheckpoint(TlogCheckpoint.Dated(Origin, 3, root, IssuedAt), IssuedAt, [Key]);
        byte[][] path = [Convert.FromHexString("88ba7e0d41b82c774d46a119d28b33d91df1c9f85d383bca4ae94a704813a8ad"), Convert.FromHexString("8bf6e4000169150017ecba3da759d29617fb2a4dc041e5a4a2d4e093198fe438")];
        return (note, TlogProof.OfCertificate(Encoding.UTF8.GetBytes(certificateJcs), 1, path, note));
    }

    private static string CertificateJcs() =>
        Regex.Match(File.ReadAllText(RepositoryRoot.File("docs", "ledger.md")).ReplaceLineEndings("\n"), @"<!-- example: certificate.jcs -->\s*```\n(?<body>.*?)\n```", RegexOptions.Singleline).Groups["body"].Value;

    [Fact]
    public void the_library_makes_exactly_the_example_vkey_note_and_tlog_proof()
    {
        var (note, proof) = Made(CertificateJcs());
        var made = new Dictionary<string, string>
        {
            ["vkey"] = Key.VerifierKey + "\n",
            ["checkpoint-text"] = note.Text,
            ["checkpoint"] = note.ToString(),
            ["certificate.tlog-proof"] = proof.ToString(),
        };
        if (Environment.GetEnvironmentVariable("ASSETREGISTRY_PRINT_C2SP_EXAMPLE") is { } path)
        {
            File.WriteAllText(path, string.Join("\n----\n", made.Select(m => $"{m.Key}\n{m.Value}")));
        }

        foreach (var (name, text) in made)
        {
            Assert.True(examples.TryGetValue(name, out var shown), $"docs/ledger.md §14 has no block <!-- c2sp example: {name} -->");
            Assert.Equal(text, shown);
        }
    }

    [Fact]
    public void the_example_tlog_proof_is_genuine_with_the_example_keys_file_and_fails_as_shown_when_altered()
    {
        var proof = folder.Write("certificate.tlog-proof", examples["certificate.tlog-proof"]);
        var keys = folder.Write("keys.json", examples["keys.json"]);
        var altered = TlogProof.Parse(Encoding.UTF8.GetBytes(examples["certificate.tlog-proof"]));
        var tampered = folder.Write("altered.tlog-proof", TlogProof.OfCertificate(
            Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(altered.Extra!).Replace("356000.50", "356000.51", StringComparison.Ordinal)),
            altered.Index, altered.InclusionProof, SignedNote.Parse(altered.Checkpoint)).ToString());

        Assert.Equal((0, "genuine"), (CommandLineRun.Of("verify", proof, "--keys", keys).ExitCode, CommandLineRun.Of("verify", proof, "--keys", keys).Stdout));
        var run = CommandLineRun.Of("verify", tampered, "--keys", keys);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Stdout, File.ReadAllText(RepositoryRoot.File("docs", "ledger.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void interop_go_verifies_the_example_note_and_tlog_proof_with_the_example_vkey()
    {
        var vkey = folder.Write("vkey", examples["vkey"]);

        var note = GoInterop.Check("verify-note", vkey, folder.Write("checkpoint", examples["checkpoint"]));
        var proof = GoInterop.Check("verify-tlog-proof", vkey, folder.Write("certificate.tlog-proof", examples["certificate.tlog-proof"]));

        Assert.True(note.ExitCode == 0, note.ToString());
        Assert.True(proof.ExitCode == 0, proof.ToString());
    }
}
