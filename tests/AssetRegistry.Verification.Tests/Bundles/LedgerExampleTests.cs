using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AssetRegistry.Verification.Bundles;
using AssetRegistry.Verification.Canonical;
using AssetRegistry.Verification.Merkle;
using AssetRegistry.Verification.Tests.Support;
using AssetRegistry.Verification.Tests.Verifier;

namespace AssetRegistry.Verification.Tests.Bundles;

/// <summary>The worked example of docs/ledger.md §11 is true: its marked blocks verify as the text says.</summary>
public sealed partial class LedgerExampleTests : IDisposable
{
    private readonly TemporaryFolder folder = new();
    private readonly Dictionary<string, string> examples = ReadExamples();

    public void Dispose() => folder.Dispose();

    [GeneratedRegex(@"<!-- example: (?<name>[\w.]+) -->\s*```\w*\n(?<body>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();

    private static Dictionary<string, string> ReadExamples() =>
        ExampleBlock().Matches(File.ReadAllText(RepositoryRoot.File("docs", "ledger.md")).ReplaceLineEndings("\n"))
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["body"].Value);

    private string Example(string name) => folder.Write(name, examples[name]);

    [Fact]
    public void the_example_certificate_has_the_canonical_form_and_leaf_hash_shown()
    {
        var jcs = JsonCanonicalizer.Canonicalize(examples["certificate.json"]);

        Assert.Equal(examples["certificate.jcs"], Encoding.UTF8.GetString(jcs));
        Assert.Equal(330, jcs.Length);
        Assert.Equal("6deb350b216ddd5bccefbaa795fe41877b2d8da99a76bd4a6e82433a95fca14b", Convert.ToHexStringLower(MerkleHasher.Sha256.LeafHash(jcs)));
        Assert.Equal(examples["certificate.json"], CertificateBundle.Parse(examples["bundle.json"]).Certificate.ToJsonString(new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public void the_example_bundle_is_genuine()
    {
        var run = CommandLineRun.Of("verify", Example("bundle.json"), "--keys", Example("keys.json"));

        Assert.Equal((0, "genuine"), (run.ExitCode, run.Stdout));
    }

    [Fact]
    public void the_example_bundle_altered_as_shown_fails_as_shown()
    {
        var altered = folder.Write("altered.json", examples["bundle.json"].Replace("356000.50", "356000.51", StringComparison.Ordinal));

        var run = CommandLineRun.Of("verify", altered, "--keys", Example("keys.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Stdout, File.ReadAllText(RepositoryRoot.File("docs", "ledger.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void the_example_checkpoints_are_consistent()
    {
        var newer = folder.Write("new.json", JsonNode.Parse(examples["bundle.json"])!["checkpoint"]!.ToJsonString());

        var run = CommandLineRun.Of("consistency", Example("old.json"), newer, Example("proof.json"), "--keys", Example("keys.json"));

        Assert.Equal((0, "consistent"), (run.ExitCode, run.Stdout));
    }

    [Fact]
    public void the_example_commitment_opens()
    {
        var commitment = JsonNode.Parse(examples["certificate.json"])!["holder"]!["idCommitment"]!.GetValue<string>();

        var run = CommandLineRun.Of("open-commitment", "11010519491231002X", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", commitment);

        Assert.Equal((0, "opens"), (run.ExitCode, run.Stdout));
    }

    [Fact]
    public void the_example_tile_of_section_14_is_the_three_leaf_hashes_and_gives_the_signed_root()
    {
        var bytes = Convert.FromHexString(string.Concat(examples["tile.hex"].Split('\n').Select(line => line[10..].Replace(" ", "", StringComparison.Ordinal))));
        var tile = new HashTile(MerkleHasher.Sha256, new Tile(0, 0, 3), bytes);
        var bundle = CertificateBundle.Parse(examples["bundle.json"]);

        Assert.Equal(96, bytes.Length);
        Assert.Equal("6deb350b216ddd5bccefbaa795fe41877b2d8da99a76bd4a6e82433a95fca14b", Convert.ToHexStringLower(tile.Hash(1)));
        Assert.Equal(bundle.Checkpoint.Body.RootHash.ToArray(), new TiledTree(MerkleHasher.Sha256, 3, (level, index) => level == 0 && index == 0 ? tile : null).RootHash());
        Assert.Equal(330, Encoding.UTF8.GetByteCount(examples["certificate.jcs"]));
    }
}
