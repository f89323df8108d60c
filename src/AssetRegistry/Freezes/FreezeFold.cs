using AssetRegistry.Freezes;

namespace AssetRegistry.Assets;

// 查封 and its release.
public sealed partial record Asset
{
    public Asset Apply(AssetFrozen frozen) => this with
    {
        Freezes = [.. Freezes, new Freeze(frozen.FreezeId, frozen.Court, frozen.CaseNumber, frozen.FrozenAt, frozen.EndsOn)],
    };

    public Asset Apply(AssetUnfrozen unfrozen) => this with
    {
        Freezes = [.. Freezes.Select(f => f.FreezeId == unfrozen.FreezeId ? f with { LiftedAt = unfrozen.UnfrozenAt } : f)],
    };
}
