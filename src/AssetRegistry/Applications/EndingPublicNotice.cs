using Marten;

namespace AssetRegistry.Applications;

/// <summary>Fired by the application's public-notice timer.</summary>
public sealed record EndPublicNotice(string ApplicationId);

public static class EndingPublicNotice
{
    public static string TimerId(string applicationId) => $"public-notice:{applicationId}";
}

public static class EndPublicNoticeHandler
{
    /// <summary>Notice ends by itself on time: the state decides, so a late or repeated firing is harmless.</summary>
    public static async Task Handle(EndPublicNotice command, IDocumentSession session, TimeProvider clock, ProcedureDeadlines deadlines, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForExclusiveWriting<Application>(command.ApplicationId, cancellation);
        if (stream.Aggregate?.EndNoticeIfDue(clock.GetUtcNow(), deadlines) is { } ended)
        {
            stream.AppendOne(ended);
        }
    }
}
