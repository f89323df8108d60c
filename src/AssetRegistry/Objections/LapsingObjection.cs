using AssetRegistry.Applications;
using AssetRegistry.Security;
using Marten;

namespace AssetRegistry.Objections;

/// <summary>Fired by the objection's lapse timer.</summary>
public sealed record LapseObjection(string ObjectionId);

public static class LapseObjectionHandler
{
    /// <summary>Lapses once, when due and unproved; a late, repeated or superseded firing does nothing.</summary>
    public static async Task Handle(LapseObjection command, IDocumentSession session, TimeProvider clock, ProcedureDeadlines deadlines, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<Objection>(command.ObjectionId, cancellation);
        var now = clock.GetUtcNow();
        if (stream.Aggregate?.LapseIfDue(now) is { } lapsed)
        {
            await session.RecordEndingAsync(stream, lapsed, Actor.RegistryClock, now, deadlines, cancellation);
        }
    }
}
