using AssetRegistry.Infrastructure.Database;
using AssetRegistry.Applications;
using AssetRegistry.Security;
using AssetRegistry.Timers;
using JasperFx.Events;
using Marten;
using Marten.Events;

namespace AssetRegistry.Objections;

/// <summary>Loading an objection for a decision, and what its ending does to the asset or the application.</summary>
public static class ObjectionStreams
{
    public static string LapseTimerId(string objectionId) => $"objection-lapse:{objectionId}";

    /// <summary>The objection another decision rests on (a correction), held until commit (<see cref="HeldStreams"/>); null when none has the id.</summary>
    public static async Task<Objection?> LoadObjectionHeldAsync(this IDocumentSession session, string objectionId, CancellationToken cancellation)
    {
        await session.HoldAsync([objectionId], cancellation);
        return await session.LoadAsync<Objection>(objectionId, cancellation);
    }

    public static async Task<IEventStream<Objection>> FetchObjectionAsync(this IDocumentSession session, string objectionId, long? expectedVersion, CancellationToken cancellation)
    {
        var stream = expectedVersion is { } expected
            ? await session.Events.FetchForWriting<Objection>(objectionId, expected, cancellation)
            : await session.Events.FetchForWriting<Objection>(objectionId, cancellation);
        return stream.Aggregate is null
            ? throw new Refusal(Refusals.ObjectionNotFound, ("objection", objectionId))
            : stream;
    }

    /// <summary>
    /// Records how the objection ended, and in the same transaction: the asset stops showing it; a public
    /// notice it suspended resumes when it ended in the applicant's favour.
    /// </summary>
    public static async Task<Objection> RecordEndingAsync(this IDocumentSession session, IEventStream<Objection> stream, object ending, Actor by,
        DateTimeOffset now, ProcedureDeadlines deadlines, CancellationToken cancellation)
    {
        var objection = stream.Aggregate!;
        stream.AppendOne(ending);
        session.Delete<RegistryTimer>(LapseTimerId(objection.Id));

        if (objection.ResolutionOnAsset(ending, by, now) is { } resolved)
        {
            // Appended without a version check: an objection's end never conflicts with a registration.
            session.Events.Append(resolved.RegistrationNumber, resolved);
        }

        if (objection.ApplicationId is { } applicationId && Objection.FavoursApplicant(ending))
        {
            var application = await session.Events.FetchForExclusiveWriting<Application>(applicationId, cancellation);
            if (application.Aggregate?.ResumeNotice(objection.Id, now, deadlines) is { } resumed)
            {
                application.AppendOne(resumed);
                if (resumed.EndsAt is { } endsAt)
                {
                    session.Store(RegistryTimer.For(EndingPublicNotice.TimerId(applicationId), new EndPublicNotice(applicationId), endsAt));
                }
            }
        }

        return Evolve(objection, ending) with { Version = stream.CurrentVersion ?? objection.Version };
    }

    /// <summary>
    /// Refuses every objection still filed (not yet registered) by <paramref name="partyCode"/>, with
    /// <paramref name="reasons"/>: what a party whose onboarding was rejected filed while unverified. A notice each suspended
    /// resumes with the working days it had left.
    /// </summary>
    public static async Task RefuseFiledByAsync(this IDocumentSession session, string partyCode, IReadOnlyList<string> reasons, Actor clerk,
        DateTimeOffset now, ProcedureDeadlines deadlines, CancellationToken cancellation)
    {
        var filed = await session.Query<Objection>()
            .Where(o => o.Objector.PartyCode == partyCode && o.State == ObjectionState.Filed)
            .Select(o => o.Id)
            .ToListAsync(cancellation);
        foreach (var objectionId in filed)
        {
            var stream = await session.FetchObjectionAsync(objectionId, null, cancellation);
            await session.RecordEndingAsync(stream, stream.Aggregate!.Refuse(reasons, clerk, now), clerk, now, deadlines, cancellation);
        }
    }

    public static Objection Evolve(Objection objection, object @event) => @event switch
    {
        ObjectionRegistered e => objection.Apply(e),
        ObjectionRefused e => objection.Apply(e),
        LawsuitProofFiled e => objection.Apply(e),
        ObjectionWithdrawn e => objection.Apply(e),
        ObjectionDismissed e => objection.Apply(e),
        ObjectionUpheld e => objection.Apply(e),
        ObjectionLapsed e => objection.Apply(e),
        _ => throw new ArgumentException($"{@event.GetType().Name} is not an event of an objection.", nameof(@event)),
    };
}
