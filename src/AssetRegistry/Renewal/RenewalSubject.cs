using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Security;

namespace AssetRegistry.Renewal;

/// <summary>What an application for renewal (续展) asks for: nothing beyond the asset — its validity extended.</summary>
public sealed record RenewalSubject : RegistrationOnAsset
{
    public override ApplicationKind Kind => ApplicationKind.Renewal;

    public override object Register(Asset asset, Application application, Actor clerk, DateTimeOffset now, ProcedureSettings settings) =>
        RenewalRules.Register(asset, application, clerk, now, settings);
}
