using AssetRegistry.Infrastructure.Http;

namespace AssetRegistry.Assets;

/// <summary>
/// The registered items (登记事项) that describe the data: what an initial registration states, a change registration
/// (变更登记) changes and a correction (更正登记) corrects. A record that states them derives from this one — rather than
/// holding it — so that System.Text.Json writes them flat into its JSON, member for member as stored events have them.
/// </summary>
public record RegisteredItems(
    string Name,
    string Industry,
    IReadOnlyList<string> ApplicationScenarios,
    string DataSource,
    string StructureAndScale,
    string UpdateFrequency,
    string ProcessingRules,
    string NotarisationStatus)
{
    /// <summary>Scenarios as the register shows them in one line, the way a change records them before and after.</summary>
    public const string ScenarioSeparator = "；";

    /// <summary>The items that differ in <paramref name="after"/>, each with its text before and after, as the register records them.</summary>
    public IReadOnlyList<FieldChange> DifferenceTo(RegisteredItems after)
    {
        var changes = new List<FieldChange>();
        // Scenarios first: the order changes have always been recorded in, which certificates list as changedFields.
        if (!ApplicationScenarios.SequenceEqual(after.ApplicationScenarios))
        {
            changes.Add(new FieldChange(RegisteredItemChanges.ScenariosField, string.Join(ScenarioSeparator, ApplicationScenarios),
                string.Join(ScenarioSeparator, after.ApplicationScenarios)));
        }

        foreach (var (item, changed) in AsChanges().TextItems().Zip(after.AsChanges().TextItems()))
        {
            if (item.Value != changed.Value)
            {
                changes.Add(new FieldChange(item.Field, item.Value, changed.Value));
            }
        }

        return changes;
    }

    /// <summary>These items with <paramref name="changes"/> applied (a null item stays). A derived record keeps the rest it states.</summary>
    public RegisteredItems With(RegisteredItemChanges changes) => this with
    {
        Name = changes.Name ?? Name,
        Industry = changes.Industry ?? Industry,
        ApplicationScenarios = changes.ApplicationScenarios ?? ApplicationScenarios,
        DataSource = changes.DataSource ?? DataSource,
        StructureAndScale = changes.StructureAndScale ?? StructureAndScale,
        UpdateFrequency = changes.UpdateFrequency ?? UpdateFrequency,
        ProcessingRules = changes.ProcessingRules ?? ProcessingRules,
        NotarisationStatus = changes.NotarisationStatus ?? NotarisationStatus,
    };

    /// <summary>Every item set to its value here.</summary>
    public RegisteredItemChanges AsChanges() =>
        new(Name, Industry, ApplicationScenarios, DataSource, StructureAndScale, UpdateFrequency, ProcessingRules, NotarisationStatus);
}

/// <summary>
/// Registered items, each optional: what a change or a correction asks for (null: unchanged), or a request still to be
/// validated. Holds the items' limits — the one place they are written — and names each item as the API does.
/// </summary>
public record RegisteredItemChanges(
    string? Name,
    string? Industry,
    IReadOnlyList<string>? ApplicationScenarios,
    string? DataSource,
    string? StructureAndScale,
    string? UpdateFrequency,
    string? ProcessingRules,
    string? NotarisationStatus)
{
    public const int ShortTextLength = 200;
    public const int LongTextLength = 4000;
    public const int MaxScenarios = 50;
    public const string ScenariosField = "applicationScenarios";

    /// <summary>The items given, checked against the limits and trimmed; an item given must not be blank.</summary>
    public RegisteredItemChanges Validated(FieldErrors errors)
    {
        Check(errors, required: false);
        return Trimmed();
    }

    /// <summary>Every item, checked against the limits and trimmed; null when <paramref name="errors"/> holds any fault.</summary>
    public RegisteredItems? Required(FieldErrors errors)
    {
        Check(errors, required: true);
        if (errors.Any)
        {
            return null;
        }

        var items = Trimmed();
        return new RegisteredItems(items.Name!, items.Industry!, items.ApplicationScenarios!, items.DataSource!, items.StructureAndScale!,
            items.UpdateFrequency!, items.ProcessingRules!, items.NotarisationStatus!);
    }

    /// <summary>These items over <paramref name="current"/>: each item not given here takes its current value.</summary>
    public RegisteredItemChanges Over(RegisteredItems current) => this with
    {
        Name = Name ?? current.Name,
        Industry = Industry ?? current.Industry,
        ApplicationScenarios = ApplicationScenarios ?? current.ApplicationScenarios,
        DataSource = DataSource ?? current.DataSource,
        StructureAndScale = StructureAndScale ?? current.StructureAndScale,
        UpdateFrequency = UpdateFrequency ?? current.UpdateFrequency,
        ProcessingRules = ProcessingRules ?? current.ProcessingRules,
        NotarisationStatus = NotarisationStatus ?? current.NotarisationStatus,
    };

    /// <summary>The names of the items given, in the order the API lists them.</summary>
    public IEnumerable<string> NamesOfItemsSet()
    {
        var texts = TextItems().ToDictionary(t => t.Field, t => t.Value);
        foreach (var field in (string[])["name", "industry", ScenariosField, "dataSource", "structureAndScale", "updateFrequency", "processingRules", "notarisationStatus"])
        {
            if (field == ScenariosField ? ApplicationScenarios is not null : texts[field] is not null)
            {
                yield return field;
            }
        }
    }

    /// <summary>The items that are one text, as the API names them, with their limits.</summary>
    internal IEnumerable<(string Field, string? Value, int MaxLength)> TextItems() =>
    [
        ("name", Name, ShortTextLength), ("industry", Industry, ShortTextLength), ("dataSource", DataSource, LongTextLength),
        ("structureAndScale", StructureAndScale, LongTextLength), ("updateFrequency", UpdateFrequency, ShortTextLength),
        ("processingRules", ProcessingRules, LongTextLength), ("notarisationStatus", NotarisationStatus, LongTextLength),
    ];

    private void Check(FieldErrors errors, bool required)
    {
        foreach (var (field, value, maxLength) in TextItems())
        {
            if (required || value is not null)
            {
                errors.RequireText(value, field, maxLength);
            }
        }

        if (ApplicationScenarios is null)
        {
            if (required)
            {
                errors.Add(ScenariosField, Refusals.Required);
            }

            return;
        }

        if (ApplicationScenarios.Count is 0 or > MaxScenarios)
        {
            errors.Add(ScenariosField, Refusals.CountOutOfRange, ("min", 1), ("max", MaxScenarios));
        }

        for (var i = 0; i < ApplicationScenarios.Count; i++)
        {
            errors.RequireText(ApplicationScenarios[i], $"{ScenariosField}[{i}]", ShortTextLength);
        }
    }

    private RegisteredItemChanges Trimmed() => this with
    {
        Name = Name?.Trim(),
        Industry = Industry?.Trim(),
        ApplicationScenarios = ApplicationScenarios?.Select(s => s?.Trim() ?? "").ToArray(),
        DataSource = DataSource?.Trim(),
        StructureAndScale = StructureAndScale?.Trim(),
        UpdateFrequency = UpdateFrequency?.Trim(),
        ProcessingRules = ProcessingRules?.Trim(),
        NotarisationStatus = NotarisationStatus?.Trim(),
    };
}
