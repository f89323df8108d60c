using System.Text.RegularExpressions;
using AssetRegistry.Ledger.Audit;

namespace AssetRegistry.Tests.Ledger.Audit;

/// <summary>The audit's codes are a published list (docs/ledger.md §13), and the checks agree with the builder on a healthy ledger.</summary>
public sealed partial class AuditFindingTests
{
    [Fact]
    public void a_finding_is_printed_as_its_kebab_case_code_and_its_sentence()
    {
        var finding = new AuditFinding(AuditFailure.EventHashDiffers, "event 1234 cited by AR-C-000000000042 (leaf 41): hash differs");

        Assert.Equal("event-hash-differs", finding.Code);
        Assert.Equal("event-hash-differs: event 1234 cited by AR-C-000000000042 (leaf 41): hash differs", finding.ToString());
        Assert.Equal("checkpoint-stored-root-differs", AuditFinding.CodeOf(AuditFailure.CheckpointStoredRootDiffers));
    }

    [Fact]
    public void the_ledger_documentation_lists_every_code_in_order_and_no_other()
    {
        var codes = Enum.GetValues<AuditFailure>().Select(AuditFinding.CodeOf).ToList();
        var docs = File.ReadAllText(DocsFile());
        var section = docs[docs.IndexOf("## 13. The registry's audit", StringComparison.Ordinal)..];
        var listed = TableCode().Matches(section).Select(m => m.Groups[1].Value).ToList();

        Assert.All(codes, code => Assert.Matches("^[a-z]+(-[a-z]+)+$", code));
        Assert.Equal(codes, listed);
    }

    [Fact]
    public void a_ledger_the_builder_built_passes_every_check_in_memory()
    {
        var ledger = BuiltLedger.Healthy();
        var pass = new LedgerAudit.InOrder(ledger.Keys);
        foreach (var leaf in ledger.Leaves)
        {
            LedgerAudit.CheckAlone(leaf);
        }

        Assert.Null(pass.Tree.AtStart(ledger.Sign(0, BuiltLedger.KeyValidFrom)));
        Assert.Null(pass.Check(new LedgerBatch(ledger.Leaves, ledger.Checkpoints)) ?? pass.Tree.Finish([]));
        Assert.Equal(16, pass.Tree.Leaves);
        Assert.Equal(2, pass.Chains.Assets);
        Assert.Equal(4, pass.Tree.Checkpoints);
    }

    [GeneratedRegex(@"^\|[^|]*\| `([a-z-]+)` \|", RegexOptions.Multiline)]
    private static partial Regex TableCode();

    private static string DocsFile()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AssetRegistry.sln")))
            {
                return Path.Combine(folder.FullName, "docs", "ledger.md");
            }
        }

        throw new DirectoryNotFoundException("The repository root (AssetRegistry.sln) is not above the test's folder.");
    }
}
