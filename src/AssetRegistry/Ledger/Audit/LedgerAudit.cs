using System.Data;
using System.Diagnostics;
using System.Text.Json;
using AssetRegistry.Verification.Checkpoints;
using Npgsql;

namespace AssetRegistry.Ledger.Audit;

/// <summary>
/// Checks the whole certificate ledger against the database it was issued from, trusting nothing it can recompute,
/// and stops at the first mismatch in ledger order, which it names by code and sentence (<see cref="AuditFinding"/>).
/// Each concern is a check of its own: <see cref="StoredCertificateCheck"/> (a certificate's text and hashes),
/// <see cref="CitedEventCheck"/> (the event it cites), <see cref="LeafOrderCheck"/> (no gaps, event order),
/// <see cref="AssetChainCheck"/> (each asset's chain), <see cref="CheckpointCheck"/> (the Merkle tree and the
/// checkpoints that sign it) and <see cref="RegistrationCoverage"/> (no registration left out). This class runs them.
/// </summary>
/// <remarks>
/// One pass in leaf order (<see cref="LeafOrderReader"/>), in large batches inside one read-only repeatable-read
/// transaction (one snapshot, whatever issuance does meanwhile): memory stays bounded by three batches, whatever the
/// size of the ledger. The checks of one certificate alone run in parallel, and what needs ledger order runs after
/// them, in order, pipelined: one batch is read while the next is checked alone and the one before it in order.
/// </remarks>
public static class LedgerAudit
{
    public const int DefaultBatchSize = 4000;

    public static async Task<AuditResult> RunAsync(string connectionString, TrustedKeys keys, IProgress<AuditProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        // Large rows, a million of them: a larger read buffer means far fewer reads from the socket.
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.ReadBufferSize = Math.Max(builder.ReadBufferSize, 256 * 1024);
        await using var dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        return await RunAsync(dataSource, keys, progress, cancellation);
    }

    public static async Task<AuditResult> RunAsync(NpgsqlDataSource dataSource, TrustedKeys keys, IProgress<AuditProgress>? progress = null,
        CancellationToken cancellation = default) =>
        await RunAsync(dataSource, keys, progress, DefaultBatchSize, cancellation);

    public static async Task<AuditResult> RunAsync(NpgsqlDataSource dataSource, TrustedKeys keys, IProgress<AuditProgress>? progress, int batchSize,
        CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);

        var clock = Stopwatch.StartNew();
        await using var connection = await dataSource.OpenConnectionAsync(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellation);
        // One snapshot, read only; no parallel workers: the audit reads in leaf order a batch at a time, and on a
        // small machine workers only take the cores the checks need.
        await using (var setUp = new NpgsqlCommand("set transaction read only; set local max_parallel_workers_per_gather = 0", connection, transaction))
        {
            await setUp.ExecuteNonQueryAsync(cancellation);
        }

        var reader = new LeafOrderReader(connection, transaction, batchSize);
        var total = await reader.CountCertificatesAsync(cancellation);
        var pass = new InOrder(keys);
        await using var coverage = await RegistrationCoverage.StartAsync(dataSource, connection, transaction, cancellation);

        AuditFinding? mismatch = null;
        foreach (var checkpoint in await reader.CheckpointsAsync(long.MinValue, 0, cancellation))
        {
            mismatch ??= pass.Tree.AtStart(checkpoint);
        }

        // A pipeline, so that both cores stay busy: batch N+1 is read while batch N is checked alone (in parallel),
        // and batch N is checked alone while batch N-1 is checked in ledger order. From the lowest leaf index there
        // is, so that a negative one is seen too.
        var after = long.MinValue;
        var fetch = mismatch is null ? reader.BatchAsync(after, cancellation) : null;
        LedgerBatch? prepared = null;
        while (fetch is not null)
        {
            var batch = await fetch;
            fetch = null;
            if (batch.Leaves.Count > 0)
            {
                after = batch.Leaves[^1].LeafIndex;
                fetch = reader.BatchAsync(after, cancellation);
            }

            var preparing = Task.Run(() => CheckAlone(batch), cancellation);
            if (prepared is not null)
            {
                mismatch = pass.Check(prepared);
                progress?.Report(new AuditProgress(pass.Tree.Leaves, total, clock.Elapsed));
            }

            await preparing;
            if (mismatch is not null)
            {
                break;
            }

            if (batch.Leaves.Count == 0)
            {
                mismatch = pass.Tree.Finish(batch.Checkpoints);
                break;
            }

            prepared = batch;
        }

        if (fetch is not null)
        {
            // Stopped at a mismatch: let the read in flight end before the connection goes.
            try
            {
                await fetch;
            }
            catch (NpgsqlException)
            {
                // Nothing more is needed from it.
            }
        }

        mismatch ??= await coverage.MissingAsync(pass.Tree.Leaves, cancellation);
        await transaction.RollbackAsync(cancellation);
        return new AuditResult(mismatch, pass.Tree.Leaves, pass.Chains.Assets, pass.Tree.Checkpoints, clock.Elapsed);
    }

    /// <summary>The checks that need nothing but a certificate's row, for a batch in parallel; they touch nothing <see cref="InOrder"/> does.</summary>
    private static void CheckAlone(LedgerBatch batch) =>
        Parallel.For(0, batch.Leaves.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => CheckAlone(batch.Leaves[i]));

    /// <summary>Sets <see cref="AuditedLeaf.Finding"/> and <see cref="AuditedLeaf.CitedPreviousHash"/>.</summary>
    internal static void CheckAlone(AuditedLeaf leaf)
    {
        try
        {
            if (StoredCertificateCheck.Check(leaf, out var certificate) is { } finding)
            {
                leaf.Finding = finding;
                return;
            }

            leaf.CitedPreviousHash = certificate!.PreviousCertificateHash;
            leaf.Finding = CitedEventCheck.Check(leaf, certificate);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or ArgumentException)
        {
            leaf.Finding = StoredCertificateCheck.Unreadable(leaf, e);
        }
    }

    /// <summary>The checks that need the ledger so far, leaf by leaf, on batches already checked alone.</summary>
    internal sealed class InOrder(TrustedKeys keys)
    {
        private readonly LeafOrderCheck _order = new();

        public AssetChainCheck Chains { get; } = new();
        public CheckpointCheck Tree { get; } = new(keys);

        public AuditFinding? Check(LedgerBatch batch)
        {
            var due = new Queue<AuditedCheckpoint>(batch.Checkpoints);
            foreach (var leaf in batch.Leaves)
            {
                if ((_order.Gap(leaf) ?? leaf.Finding ?? _order.OutOfEventOrder(leaf) ?? AssetChainCheck.Check(leaf)) is { } finding)
                {
                    return finding;
                }

                _order.Passed(leaf);
                Chains.Passed(leaf);
                // The stored leaf hash, now known to be the leaf hash of the certificate's canonical bytes.
                if (Tree.Append(leaf.LeafHash, due) is { } wrong)
                {
                    return wrong;
                }
            }

            return null;
        }
    }
}
