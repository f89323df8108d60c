using AssetRegistry.Corrections;
using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Freezes;
using AssetRegistry.Objections;
using AssetRegistry.Parties;
using Marten;

namespace AssetRegistry.Infrastructure.Http.Idempotency;

/// <summary>
/// Where the body of an act's answer can be read again: the stream it showed and the version it showed it at (and,
/// within an asset's stream, which freeze or correction). A replay shows the same state as the first answer, seen at
/// the instant the act was recorded, and nothing recorded since.
/// </summary>
public sealed record RecordedBody(string Kind, string StreamId, long Version, string? Item = null)
{
    public static RecordedBody Of(ApplicationView application) => new("application", application.ApplicationId, application.Version);
    public static RecordedBody Of(PartyView party) => new("party", party.PartyCode, party.Version);
    public static RecordedBody Of(ObjectionView objection) => new("objection", objection.ObjectionId, objection.Version);
    public static RecordedBody Of(OnboardingView onboarding) => new("onboarding", onboarding.OnboardingId, onboarding.Version);
    public static RecordedBody Of(FreezeDecision decision) =>
        new("freeze", decision.Freeze.RegistrationNumber, decision.AssetVersion, decision.Freeze.FreezeId);
    /// <summary>An upheld objection is corrected once, so the objection names the correction in the asset's stream.</summary>
    public static RecordedBody Of(CorrectionRegistered correction) => new("correction", correction.RegistrationNumber, 0, correction.ObjectionId);

    public async Task<object?> ReadAsync(IQuerySession session, DateTimeOffset recordedAt, CancellationToken cancellation)
    {
        switch (Kind)
        {
            case "application":
                var application = await session.Events.AggregateStreamAsync<Application>(StreamId, Version, token: cancellation);
                return application is null ? null : ApplicationView.Of(application, recordedAt);
            case "party":
                var party = await session.Events.AggregateStreamAsync<Party>(StreamId, Version, token: cancellation);
                return party is null ? null : PartyView.Of(party);
            case "onboarding":
                var onboarding = await session.Events.AggregateStreamAsync<Onboarding>(StreamId, Version, token: cancellation);
                return onboarding is null ? null : OnboardingView.Of(onboarding);
            case "objection":
                var objection = await session.Events.AggregateStreamAsync<Objection>(StreamId, Version, token: cancellation);
                return objection is null ? null : ObjectionView.Of(objection);
            case "freeze":
                var upToVersion = await session.Events.FetchStreamAsync(StreamId, Version, token: cancellation);
                return FreezeView.AllOf(StreamId, upToVersion.Select(e => e.Data), recordedAt).SingleOrDefault(f => f.FreezeId == Item);
            case "correction":
                var stream = await session.Events.FetchStreamAsync(StreamId, token: cancellation);
                return stream.Select(e => e.Data).OfType<CorrectionRegistered>().LastOrDefault(c => c.ObjectionId == Item);
            default:
                return null;
        }
    }
}
