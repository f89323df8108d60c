using AssetRegistry.Corrections;

namespace AssetRegistry.Assets;

// 更正登记: any registered item may change, the holder included; one correction per upheld objection.
public sealed partial record Asset
{
    public Asset Apply(CorrectionRegistered corrected) => this with
    {
        Details = corrected.DetailsAfter,
        Holder = corrected.HolderAfter,
        CorrectedOnObjections = [.. CorrectedOnObjections, corrected.ObjectionId],
    };
}
