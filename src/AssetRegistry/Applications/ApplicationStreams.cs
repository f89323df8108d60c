using JasperFx.Events;
using Marten;
using Marten.Events;

namespace AssetRegistry.Applications;

/// <summary>Loading an application for a decision, and recording the decision's events.</summary>
public static class ApplicationStreams
{
    /// <summary>
    /// The application's stream, locked for this decision: its row in <c>mt_streams</c> is held (<c>for update</c>)
    /// until the transaction ends, so a second decision on the same application waits, then reads the first one's
    /// result and gets the rules' answer (already decided) without writing. Deciding optimistically instead would
    /// let both write and fail the loser's transaction at commit, after it had drawn numbers from the global event
    /// sequence: a hole that the certificate issuer must wait out (docs/architecture.md, "Decisions on one
    /// application wait for each other"). The lock is one application's row, never a global one. With If-Match the
    /// client's version must be the one read under the lock.
    /// </summary>
    public static async Task<IEventStream<Application>> LockApplicationAsync(this IDocumentSession session, string applicationId, long? expectedVersion, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForExclusiveWriting<Application>(applicationId, cancellation);
        if (stream.Aggregate is null)
        {
            throw new Refusal(Refusals.ApplicationNotFound, ("application", applicationId));
        }

        var version = stream.StartingVersion ?? 0;
        return expectedVersion is { } expected && expected != version
            ? throw new EventStreamUnexpectedMaxEventIdException(applicationId, typeof(Application), expected, version)
            : stream;
    }

    /// <summary>Starts a new application's stream with the event that applied for it; the view of it as it now stands.</summary>
    public static ApplicationView StartApplication(this IDocumentSession session, object applied, Application opened, DateTimeOffset now)
    {
        session.Events.StartStream<Application>(opened.Id, applied);
        return ApplicationView.Of(opened with { Version = 1 }, now);
    }

    /// <summary>Appends the events and returns the application as they leave it.</summary>
    public static Application Record(this IEventStream<Application> stream, params object[] events)
    {
        stream.AppendMany(events);
        var application = events.Aggregate(stream.Aggregate!, (state, @event) => state.After(@event));
        return application with { Version = stream.CurrentVersion ?? application.Version };
    }
}
