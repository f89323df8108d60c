using AssetRegistry.Applications;

namespace AssetRegistry.InitialRegistration;

/// <summary>What an application for an initial registration (首次登记) asks for: the asset, as it states it.</summary>
public sealed record InitialSubject(InitialRegistrationDetails Details) : ApplicationSubject
{
    public override ApplicationKind Kind => ApplicationKind.Initial;

    public override bool HasPublicNotice => true;

    /// <summary>The corrected application replaces the one returned for correction (补正), whole.</summary>
    public override ApplicationSubject CorrectedBy(ApplicationResubmitted resubmitted) =>
        resubmitted.Details is { } corrected ? new InitialSubject(corrected) : this;

    /// <summary>Never fingerprints, the review report, processing rules or the declaration.</summary>
    public override NoticeEntry Publish(NoticeEntry entry) => entry with
    {
        Initial = new InitialPublicFields(Details.Industry, Details.ApplicationScenarios, Details.DataSource, Details.StructureAndScale,
            Details.UpdateFrequency, Details.DerivedFrom),
    };

    public override ApplicationView Show(ApplicationView view) => view with { Details = Details };
}
