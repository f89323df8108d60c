using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Security;

namespace AssetRegistry.Changing;

/// <summary>What an application for a change registration (变更登记) asks for: the items to change.</summary>
public sealed record ChangeSubject(ChangeRequest Change) : RegistrationOnAsset
{
    public override ApplicationKind Kind => ApplicationKind.Change;

    public override ApplicationView Show(ApplicationView view) => view with { Change = Change };

    public override object Register(Asset asset, Application application, Actor clerk, DateTimeOffset now, ProcedureSettings settings) =>
        ChangeRules.Register(asset, application, Change, clerk, now);
}
