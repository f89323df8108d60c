using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AssetRegistry.Tests.Infrastructure.Http;

/// <summary>
/// The refusal catalogue (src/AssetRegistry/Refusals.cs) is the one list of codes: each entry complete in both
/// languages, docs/refusals.md equal to it, and no code made anywhere else.
/// </summary>
public sealed partial class RefusalCatalogueTests
{
    private const string ListStarts = "<!-- catalogue: generated from src/AssetRegistry/Refusals.cs; do not edit by hand -->";
    private const string ListEnds = "<!-- /catalogue -->";

    /// <summary>Where a problem's code is set: from an entry (RegistryProblem), or an entry's code for ASP.NET Core's status pages.</summary>
    private static readonly string[] CodeSetters = ["AssetRegistry/Infrastructure/Http/ProblemResponses.cs", "AssetRegistry/Infrastructure/RegistryHost.cs"];

    [Fact]
    public void every_entry_has_a_title_and_a_sentence_in_chinese_and_in_english_naming_the_same_specifics()
    {
        Assert.NotEmpty(Refusals.All);
        Assert.All(Refusals.All, entry =>
        {
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", entry.Code);
            Assert.InRange(entry.Status, 400, 599);
            foreach (var sentence in new[] { entry.Title, entry.Detail })
            {
                Assert.True(Chinese().IsMatch(sentence.Chinese), $"{entry.Code}: '{sentence.Chinese}' is not Chinese");
                Assert.False(string.IsNullOrWhiteSpace(sentence.English), $"{entry.Code} has no English");
                Assert.Matches("[A-Za-z]{2,}", sentence.English);
            }

            Assert.Equal(entry.Detail.Placeholders(Language.Chinese).Order(), entry.Detail.Placeholders(Language.English).Order());
            Assert.Empty(entry.Title.Placeholders(Language.Chinese));
            Assert.Empty(entry.Title.Placeholders(Language.English));
        });
    }

    [Fact]
    public void each_code_is_named_once()
    {
        var codes = Refusals.All.Select(e => e.Code).ToArray();

        Assert.Equal(codes.Distinct(StringComparer.Ordinal).Count(), codes.Length);
        Assert.All(codes, code => Assert.Same(Refusals.All.Single(e => e.Code == code), Refusals.Find(code)));
        Assert.Null(Refusals.Find("no-such-code"));
    }

    [Fact]
    public void the_field_codes_the_issue_names_are_in_the_catalogue_as_field_faults()
    {
        foreach (var code in new[] { "required", "too-long", "check-character", "out-of-range", "unknown-member" })
        {
            Assert.Equal(400, Refusals.Find(code)?.Status);
        }
    }

    [Fact]
    public void a_sentence_is_filled_with_the_specifics_of_the_case_in_either_language()
    {
        (string, object?)[] specifics = [("number", "AR-R-2026-000001-X")];

        Assert.Equal("AR-R-2026-000001-X 已注销，不再受理任何登记。", Refusals.AssetCancelled.Detail.Render(Language.Chinese, specifics));
        Assert.Equal("AR-R-2026-000001-X was cancelled (注销); it accepts no further registration.", Refusals.AssetCancelled.Detail.Render(Language.English, specifics));
        Assert.Equal("无法受理该申请：该申请已核准。", Refusals.ApplicationAlreadyDecided.Detail.Render(Language.Chinese,
            [("act", new Sentence("受理该申请", "accept")), ("state", new Sentence("已核准", "approved"))]));
    }

    [Fact]
    public void docs_refusals_md_lists_the_catalogue()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "refusals.md");
        var text = File.ReadAllText(path);
        var start = text.IndexOf(ListStarts, StringComparison.Ordinal);
        var end = text.IndexOf(ListEnds, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/refusals.md must hold the list between '{ListStarts}' and '{ListEnds}'.");
        var expected = text[..(start + ListStarts.Length)] + "\n" + List() + text[end..];

        if (Environment.GetEnvironmentVariable("ASSETREGISTRY_WRITE_REFUSALS") == "1")
        {
            File.WriteAllText(path, expected);
            text = expected;
        }

        Assert.True(expected == text,
            "docs/refusals.md does not list the catalogue as it is: run ASSETREGISTRY_WRITE_REFUSALS=1 dotnet test tests/AssetRegistry.Tests --filter RefusalCatalogue, and commit the file.");
    }

    [Fact]
    public void a_problem_with_a_code_the_catalogue_lacks_another_status_or_a_specific_missing_fails_the_test_that_reads_it()
    {
        var unknownCode = JsonNode.Parse("""{"status":409,"code":"made-up-refusal","detail":"…"}""")!.AsObject();
        var unknownFieldCode = JsonNode.Parse("""{"status":400,"code":"invalid-fields","errors":{"name":[{"code":"made-up","detail":"…"}]}}""")!.AsObject();
        var sentenceless = JsonNode.Parse("""{"status":400,"code":"invalid-fields","errors":{"name":[{"code":"required"}]}}""")!.AsObject();
        var unfilled = JsonNode.Parse("""{"status":404,"code":"asset-not-found","detail":"No asset is registered under {number}."}""")!.AsObject();
        var wrongStatus = JsonNode.Parse("""{"status":409,"code":"asset-not-found","detail":"…"}""")!.AsObject();
        var catalogued = JsonNode.Parse("""{"status":400,"code":"invalid-fields","errors":{"name":[{"code":"required","detail":"“name”为必填项。"}]}}""")!.AsObject();

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => HttpExtensions.AssertCatalogued(unknownCode));
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => HttpExtensions.AssertCatalogued(unknownFieldCode));
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => HttpExtensions.AssertCatalogued(sentenceless));
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => HttpExtensions.AssertCatalogued(wrongStatus));
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => HttpExtensions.AssertCatalogued(unfilled));
        HttpExtensions.AssertCatalogued(catalogued);
    }

    /// <summary>
    /// Codes come from the catalogue only: no entry is made outside it, and a problem's <c>code</c> is set only where
    /// problems are made from entries (or from an entry's code, for the status pages ASP.NET Core writes).
    /// </summary>
    [Fact]
    public void no_code_is_made_outside_the_catalogue()
    {
        var source = Path.Combine(RepositoryRoot(), "src");
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file).Replace('\\', '/');
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if ((MadeEntry().IsMatch(line) && relative != "AssetRegistry/Refusals.cs")
                    || (CodeSet().IsMatch(line) && !CodeSetters.Contains(relative)))
                {
                    offenders.Add($"{relative}:{i + 1}: {line.Trim()}");
                }
            }
        }

        Assert.True(offenders.Count == 0, "Codes made outside src/AssetRegistry/Refusals.cs:\n" + string.Join('\n', offenders));
    }

    /// <summary>The generated part of docs/refusals.md: one row per entry, in the catalogue's order.</summary>
    private static string List()
    {
        var list = new StringBuilder();
        list.Append("\n| code | status | 标题 / title | 中文 | English |\n|---|---|---|---|---|\n");
        foreach (var entry in Refusals.All)
        {
            list.Append(System.Globalization.CultureInfo.InvariantCulture, $"| `{entry.Code}` | {entry.Status} | {Cell(entry.Title.Chinese)} / {Cell(entry.Title.English)} | {Cell(entry.Detail.Chinese)} | {Cell(entry.Detail.English)} |\n");
        }

        return list.Append('\n').ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AssetRegistry.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No AssetRegistry.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    [GeneratedRegex(@"\[""code""\]\s*=")]
    private static partial Regex CodeSet();

    [GeneratedRegex(@"new RefusalCode\(|RefusalCode\s+\w+\s*=\s*new\(")]
    private static partial Regex MadeEntry();
}
