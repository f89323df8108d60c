using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Security;

namespace AssetRegistry.Cancelling;

/// <summary>What an application for a cancellation registration (注销登记) asks for: of the asset, or of one license on it.</summary>
public sealed record CancellationSubject(CancellationRequest Cancellation) : RegistrationOnAsset
{
    public override ApplicationKind Kind => ApplicationKind.Cancellation;

    public override ApplicationView Show(ApplicationView view) => view with { Cancellation = Cancellation };

    public override object Register(Asset asset, Application application, Actor clerk, DateTimeOffset now, ProcedureSettings settings) =>
        CancellationRules.Register(asset, application, Cancellation, clerk, now);
}
