using AssetRegistry.Assets;
using AssetRegistry.Infrastructure.Http;

namespace AssetRegistry.Rules.Tests.Assets;

/// <summary>The registered items as a value: their limits, and the difference a change records.</summary>
public sealed class RegisteredItemsTests
{
    private static readonly RegisteredItems Items = new("城市交通出行数据集", "交通运输", ["城市规划", "出行服务"], "自有业务系统采集", "结构化表格", "每日", "脱敏", "已存证");

    private static RegisteredItemChanges Nothing => new(null, null, null, null, null, null, null, null);

    [Fact]
    public void the_difference_names_each_changed_item_as_the_api_does_scenarios_first_joined_with_the_fullwidth_semicolon()
    {
        var after = Items.With(Nothing with { Name = "城市出行数据集", ApplicationScenarios = ["城市规划"], NotarisationStatus = "已公证" });

        Assert.Equal(
            [new FieldChange("applicationScenarios", "城市规划；出行服务", "城市规划"), new FieldChange("name", "城市交通出行数据集", "城市出行数据集"),
             new FieldChange("notarisationStatus", "已存证", "已公证")],
            Items.DifferenceTo(after));
    }

    [Fact]
    public void items_given_with_their_current_value_make_no_difference()
    {
        Assert.Empty(Items.DifferenceTo(Items.With(Items.AsChanges())));
    }

    [Fact]
    public void a_partial_request_checks_only_the_items_given_against_the_same_limits_as_a_full_one()
    {
        var partial = new FieldErrors();
        var full = new FieldErrors();
        var tooLong = Nothing with { Industry = new string('业', 201), ProcessingRules = new string('则', 4001) };

        tooLong.Validated(partial);
        Assert.Null(tooLong.Required(full));

        Assert.Equal([("industry", "too-long"), ("processingRules", "too-long")], partial.ToList().Select(e => (e.Field, e.Code.Code)).Order());
        Assert.Equal(
            ["applicationScenarios", "dataSource", "industry", "name", "notarisationStatus", "processingRules", "structureAndScale", "updateFrequency"],
            full.ToList().Select(e => e.Field).Order());
    }

    [Fact]
    public void valid_items_are_trimmed()
    {
        var items = new RegisteredItemChanges(" 名称 ", "行业", [" 城市规划 "], "来源", "结构", "每日", "规则", "已存证").Required(new FieldErrors());

        Assert.Equal(("名称", "城市规划"), (items!.Name, items.ApplicationScenarios.Single()));
    }
}
