using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Changing;
using AssetRegistry.Objections;

namespace AssetRegistry.Corrections;

/// <summary>
/// A correction registration (更正登记) rests on an objection against this asset that was upheld, once per
/// objection; it changes what the change rules allow (<see cref="ChangeRules"/>), and the holder too.
/// </summary>
public static class CorrectionRules
{
    /// <summary>Pure: the asset, the objection (null when none has the id), the command and the new holder it names (resolved) in.</summary>
    public static CorrectionRegistered Register(Asset asset, Objection? objection, RegisterCorrection command, Applicant? newHolder, DateTimeOffset now)
    {
        if (objection is null)
        {
            throw new Refusal(Refusals.ObjectionNotFound, "objectionId", ("objection", command.ObjectionId));
        }

        if (objection.RegistrationNumber != asset.Id)
        {
            throw new Refusal(Refusals.ObjectionNotAboutThisAsset, "objectionId", ("objection", objection.Id), ("number", asset.Id));
        }

        if (objection.State != ObjectionState.Upheld)
        {
            throw new Refusal(Refusals.ObjectionNotUpheld, "objectionId", ("objection", objection.Id), ("state", Objection.Describe(objection.State)));
        }

        if (asset.CorrectedOnObjections.Contains(objection.Id))
        {
            throw new Refusal(Refusals.CorrectionAlreadyMade, "objectionId", ("objection", objection.Id));
        }

        var (changes, details, holderName, _) = ChangeRules.Changes(asset, command.Changes, now);
        var holder = asset.Holder with { Name = holderName };
        var allChanges = changes.ToList();
        if (newHolder is not null && newHolder.PartyCode != asset.Holder.PartyCode)
        {
            allChanges.Add(new FieldChange("holder", $"{asset.Holder.Name} ({asset.Holder.PartyCode})", $"{newHolder.Name} ({newHolder.PartyCode})"));
            holder = newHolder;
        }

        if (allChanges.Count == 0)
        {
            throw new Refusal(Refusals.ChangeChangesNothing);
        }

        return new CorrectionRegistered(asset.Id, objection.Id, allChanges, details, holder, objection.Decision ?? "", command.RegisteredBy, now);
    }
}
