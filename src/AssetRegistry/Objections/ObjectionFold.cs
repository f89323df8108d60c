using AssetRegistry.Objections;

namespace AssetRegistry.Assets;

// 异议登记 on the asset: a registered objection shows on it until it ends.
public sealed partial record Asset
{
    public Asset Apply(ObjectionRegisteredOnAsset registered) => this with
    {
        OpenObjections = [.. OpenObjections, new OpenObjection(registered.ObjectionId, registered.Objector.Name, registered.Grounds, registered.RegisteredAt, registered.LapsesAt)],
    };

    public Asset Apply(ObjectionResolvedOnAsset resolved) => this with
    {
        OpenObjections = [.. OpenObjections.Where(o => o.ObjectionId != resolved.ObjectionId)],
    };
}
