using AssetRegistry.Documents;
using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Security;

namespace AssetRegistry.Transferring;

/// <summary>
/// Who may move an asset's holding right [source: Shenzhen: only a registered asset]: its holder, on any
/// ground; anyone else only with a court judgment, arbitral award or merger/split document naming the new
/// holder. Licenses survive a transfer.
/// </summary>
public static class TransferRules
{
    private static readonly TransferGround[] GroundsWithoutTheHolder =
        [TransferGround.CourtJudgment, TransferGround.ArbitralAward, TransferGround.MergerOrSplit];

    /// <summary>The application (转移登记): the asset may be transferred by this applicant to this new holder, on a basis the applicant uploaded.</summary>
    /// <remarks><paramref name="party"/> is the applicant's party record; <paramref name="newHolder"/> the new holder's (实名).</remarks>
    public static TransferApplied Apply(Asset asset, ApplyForTransfer command, Applicant? party, Applicant newHolder, CitableDocuments citable, DateTimeOffset now)
    {
        var transfer = new TransferRequest(newHolder, command.Ground, command.BasisFingerprint);
        EnsureTransferable(asset, command.SubmittedBy, transfer, now);
        citable.Ensure([Basis(command.BasisFingerprint)]);
        var applicant = asset.ApplicantFor(command.SubmittedBy, party);
        return new TransferApplied(command.ApplicationId, asset.Id, asset.Kind, asset.Name, applicant, transfer, command.SubmittedBy, now);
    }

    public static CitedDocument Basis(string fingerprint) => new("basisFingerprint", fingerprint);

    public static void EnsureTransferable(Asset asset, Actor applicant, TransferRequest transfer, DateTimeOffset now)
    {
        asset.EnsureDisposable(now);
        if (!applicant.Speaks(asset.Holder.PartyCode) && !GroundsWithoutTheHolder.Contains(transfer.Ground))
        {
            throw new Refusal(Refusals.NotTheHolder, ("number", asset.Id));
        }

        if (transfer.NewHolder.PartyCode == asset.Holder.PartyCode)
        {
            throw new Refusal(Refusals.NewHolderAlreadyHolds, "newHolder", ("newHolder", transfer.NewHolder.Name), ("number", asset.Id));
        }
    }

    /// <summary>At approval (核准): the holding right moves, on the asset as it stands now.</summary>
    public static TransferRegistered Register(Asset asset, Application application, TransferRequest transfer, Actor clerk, DateTimeOffset now)
    {
        asset.EnsureDisposable(now);
        // The holder who applied must still hold: of two transfers approved one after the other, the second fails here.
        if (!GroundsWithoutTheHolder.Contains(transfer.Ground))
        {
            Licensing.LicenseRules.EnsureHeldByApplicant(asset, application);
        }

        if (transfer.NewHolder.PartyCode == asset.Holder.PartyCode)
        {
            throw new Refusal(Refusals.NewHolderAlreadyHolds, ("newHolder", transfer.NewHolder.Name), ("number", asset.Id));
        }

        return new TransferRegistered(asset.Id, application.Id, asset.Holder, transfer.NewHolder, transfer.Ground, transfer.BasisFingerprint, clerk, now);
    }
}
