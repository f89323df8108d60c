using JasperFx.Events;
using Marten;
using Marten.Events;

namespace AssetRegistry.Applications;

/// <summary>Loading an application for a decision, and recording the decision's events.</summary>
public static class ApplicationStreams
{
    /// <summary>
    /// The application's stream, locked optimistically: at the version the client named in If-Match (checked
    /// now and at commit), else at the version read now (checked at commit).
    /// </summary>
    public static async Task<IEventStream<Application>> FetchAsync(this IDocumentSession session, string applicationId, long? expectedVersion, CancellationToken cancellation)
    {
        var stream = expectedVersion is { } expected
            ? await session.Events.FetchForWriting<Application>(applicationId, expected, cancellation)
            : await session.Events.FetchForWriting<Application>(applicationId, cancellation);
        return stream.Aggregate is null
            ? throw Refusal.NotFound("application-not-found", $"No application has the id '{applicationId}'.")
            : stream;
    }

    /// <summary>Appends the events and returns the application as they leave it.</summary>
    public static Application Record(this IEventStream<Application> stream, params object[] events)
    {
        stream.AppendMany(events);
        var application = events.Aggregate(stream.Aggregate!, (state, @event) => state.After(@event));
        return application with { Version = stream.CurrentVersion ?? application.Version };
    }
}
