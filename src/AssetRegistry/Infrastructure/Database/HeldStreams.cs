using Marten;

namespace AssetRegistry.Infrastructure.Database;

/// <summary>
/// Facts a decision rests on that live on other streams (the resources a product derives from, the objection a
/// correction rests on) are held until the deciding transaction commits: their rows in <c>mt_streams</c> are read
/// <c>for share</c>, so an append that would change one (it updates that row) waits for this commit, and the decision
/// cannot be reversed between reading and commit. Shared, not exclusive: decisions resting on the same fact do not
/// wait for each other, and nothing that every write takes is locked.
/// </summary>
public static class HeldStreams
{
    public static async Task HoldAsync(this IDocumentSession session, IReadOnlyCollection<string> streamIds, CancellationToken cancellation)
    {
        if (streamIds.Count == 0)
        {
            return;
        }

        await session.BeginTransactionAsync(cancellation);
        await session.AdvancedSql.QueryAsync<string>(
            $"select id from {session.DocumentStore.Options.Events.DatabaseSchemaName}.mt_streams where id = any(?) for share",
            cancellation, [streamIds.ToArray()]);
    }
}
