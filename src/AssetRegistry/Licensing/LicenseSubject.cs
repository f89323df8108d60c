using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Security;

namespace AssetRegistry.Licensing;

/// <summary>What an application for a license registration (许可登记) asks for: the licensee, who must consent, and the terms.</summary>
public sealed record LicenseSubject(Applicant Licensee, LicenseTerms Terms) : RegistrationOnAsset
{
    public override ApplicationKind Kind => ApplicationKind.License;

    public override IReadOnlyList<Applicant> ConsentsAwaited => [Licensee];

    public override ApplicationView Show(ApplicationView view) => view with { License = Terms };

    public override object Register(Asset asset, Application application, Actor clerk, DateTimeOffset now, ProcedureSettings settings) =>
        LicenseRules.Register(asset, application, this, clerk, now);
}
