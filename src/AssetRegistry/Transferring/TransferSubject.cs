using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Security;

namespace AssetRegistry.Transferring;

/// <summary>What an application for a transfer registration (转移登记) asks for; the new holder must consent, and public notice follows review.</summary>
public sealed record TransferSubject(TransferRequest Transfer) : RegistrationOnAsset
{
    public override ApplicationKind Kind => ApplicationKind.Transfer;

    public override IReadOnlyList<Applicant> ConsentsAwaited => [Transfer.NewHolder];

    public override bool HasPublicNotice => true;

    public override NoticeEntry Publish(NoticeEntry entry) => entry with { NewHolderName = Transfer.NewHolder.Name };

    public override ApplicationView Show(ApplicationView view) => view with { Transfer = Transfer };

    public override object Register(Asset asset, Application application, Actor clerk, DateTimeOffset now, ProcedureSettings settings) =>
        TransferRules.Register(asset, application, Transfer, clerk, now);
}
