using Marten;

namespace AssetRegistry.Applications;

/// <summary>Fired by the timer of a request for correction.</summary>
public sealed record LapseApplication(string ApplicationId);

public static class LapsingCorrection
{
    public static string TimerId(string applicationId) => $"correction:{applicationId}";
}

public static class LapseApplicationHandler
{
    /// <summary>Unanswered by its deadline, the application lapses; answered, nothing happens.</summary>
    public static async Task Handle(LapseApplication command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForExclusiveWriting<Application>(command.ApplicationId, cancellation);
        if (stream.Aggregate?.LapseIfDue(clock.GetUtcNow()) is { } lapsed)
        {
            stream.AppendOne(lapsed);
        }
    }
}
