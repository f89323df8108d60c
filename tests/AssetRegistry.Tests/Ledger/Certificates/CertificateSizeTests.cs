using System.Text.Json.Nodes;
using AssetRegistry.Assets;
using AssetRegistry.Ledger;
using AssetRegistry.Verification.Canonical;

namespace AssetRegistry.Tests.Ledger.Certificates;

/// <summary>
/// A certificate stays below 64 KiB, an entry of the ledger's tiles: <see cref="CertificateSize.Of"/> bounds the bytes of
/// every certificate an asset can get, for every registration kind.
/// </summary>
public sealed class CertificateSizeTests
{
    /// <summary>Each a text a certificate may hold, its limit in characters, at 6 bytes a character (a control character, escaped).</summary>
    private static readonly (string Path, int Characters)[] ReservedTexts =
    [
        ("registry", 100), ("holder.name", 200), ("counterparty.name", 200), ("details.court", 200), ("details.caseNumber", 100),
    ];

    [Fact]
    public void the_overhead_covers_all_a_certificate_of_any_kind_holds_beside_the_items_it_counts()
    {
        foreach (var built in CertificateBuilderTests.BuildAll())
        {
            var certificate = JsonNode.Parse(built.Bytes)!.AsObject();
            var data = certificate["data"]!.AsObject();
            var counted = Text(certificate["asset"]!["name"]) + Text(data["industry"]) + Text(data["applicationScenarios"]) + Text(data["dataSource"])
                + Text(data["structureAndScale"]) + Text(data["updateFrequency"]) + Text(data["derivedFrom"]) + Text(certificate["details"]!["scope"]);
            var reserved = ReservedTexts.Sum(t => Text(Find(certificate, t.Path)));
            var fixedPart = built.Bytes.Length - counted - reserved;
            // The reserved texts at their longest, and identifiers (application, license, freeze, objection ids) up to 64 characters.
            var worst = fixedPart + ReservedTexts.Sum(t => 2 + 6 * t.Characters) + 4 * 64;

            Assert.True(worst < CertificateSize.Overhead, $"{certificate["kind"]}: {worst} bytes beside the counted items");
        }
    }

    [Fact]
    public void the_bound_is_never_below_the_certificate()
    {
        foreach (var built in CertificateBuilderTests.BuildAll())
        {
            var details = built.Asset.Details;
            Assert.True(built.Bytes.Length < CertificateSize.Of(details, details.DerivedFrom));
        }
    }

    [Fact]
    public void a_text_counts_as_canonical_json_writes_it()
    {
        Assert.Equal(2, CertificateSize.Text(""));
        Assert.Equal(5, CertificateSize.Text("数"));
        Assert.Equal(8, CertificateSize.Text("\u0001"));
        Assert.Equal(4, CertificateSize.Text("\n"));
        Assert.Equal(6, CertificateSize.Text("\ud83d\ude00"));
        Assert.Equal(11, CertificateSize.Texts(["a", "数"]));
        Assert.Equal(2, CertificateSize.Texts([]));
    }

    [Fact]
    public void items_at_the_limit_fit_and_one_byte_more_is_refused_with_the_largest_item_named()
    {
        var fitting = ItemsOfBound(CertificateSize.Limit - 1);
        CertificateSize.EnsureFits(fitting, []);

        var over = ItemsOfBound(CertificateSize.Limit);
        var refusal = Assert.Throws<Refusal>(() => CertificateSize.EnsureFits(over, []));

        Assert.Equal("certificate-too-large", refusal.Code);
        Assert.Equal(400, Refusals.CertificateTooLarge.Status);
        Assert.Equal("applicationScenarios", refusal.Field);
    }

    /// <summary>Registered items whose certificates are bounded by exactly <paramref name="bound"/> bytes: within today's limits on every item.</summary>
    public static RegisteredItems ItemsOfBound(int bound)
    {
        var items = new RegisteredItems("城市交通出行数据集", "交通运输", [.. Enumerable.Range(0, 45).Select(i => $"{i:D2}" + new string('场', 198))],
            new string('源', 100), "", "每日", "处理规则", "未公证");
        var short_ = bound - CertificateSize.Of(items, []);
        Assert.InRange(short_, 0, 4000);
        return items with { StructureAndScale = new string('s', short_) };
    }

    private static JsonNode? Find(JsonObject certificate, string path)
    {
        JsonNode? node = certificate;
        foreach (var part in path.Split('.'))
        {
            node = node?[part];
        }

        return node;
    }

    private static int Text(JsonNode? node) => node is null ? 0 : JsonCanonicalizer.Canonicalize(node.DeepClone()).Length;
}
