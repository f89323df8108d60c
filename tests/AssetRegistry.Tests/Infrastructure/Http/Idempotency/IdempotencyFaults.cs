using AssetRegistry.Infrastructure.Http.Idempotency;
using Marten;
using Marten.Services;

namespace AssetRegistry.Tests.Infrastructure.Http.Idempotency;

/// <summary>
/// Faults placed around the commit of an act done under an <c>Idempotency-Key</c> (the commit that writes its
/// outcome), for tests that show what a retry gets after each.
/// </summary>
public sealed class IdempotencyFaults : DocumentSessionListenerBase
{
    private int _failuresBeforeCommit;
    private readonly TaskCompletionSource _committed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _never = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The next keyed act fails before its transaction commits, as when the database goes away.</summary>
    public void FailBeforeCommitOnce() => Interlocked.Exchange(ref _failuresBeforeCommit, 1);

    /// <summary>When set, a keyed act's request stops for good just after its commit, as when its process dies there.</summary>
    public bool HangAfterCommit { get; set; }

    /// <summary>Completes when a keyed act committed under <see cref="HangAfterCommit"/>.</summary>
    public Task Committed => _committed.Task;

    /// <summary>Lets the stopped request unwind (its host is gone by then).</summary>
    public void Release() => _never.TrySetException(new OperationCanceledException("The process died."));

    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        if (session.PendingChanges.InsertsFor<IdempotentOutcome>().Any() && Interlocked.Exchange(ref _failuresBeforeCommit, 0) == 1)
        {
            throw new InvalidOperationException("The database connection was lost before commit.");
        }

        return Task.CompletedTask;
    }

    public override async Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        if (HangAfterCommit && commit.Inserted.OfType<IdempotentOutcome>().Any())
        {
            _committed.TrySetResult();
            await _never.Task;
        }
    }
}
