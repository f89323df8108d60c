using System.Collections.Frozen;
using System.Data;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using AssetRegistry.Verification;
using AssetRegistry.Verification.Canonical;
using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Merkle;
using AssetRegistry.Assets;
using AssetRegistry.Infrastructure;
using Marten.Events;
using Npgsql;

namespace AssetRegistry.Ledger.Audit;

/// <summary>
/// Checks the whole certificate ledger against the database it was issued from, trusting nothing it can
/// recompute: each certificate's text is its own canonical form and hashes to its stored certificate and leaf
/// hashes; leaf indexes run from 0 without gaps; each certificate cites the previous certificate of its asset
/// (by leaf index) or none for the asset's first; the event it cites, re-read from <c>mt_events</c>, hashes to
/// what it states; every checkpoint's root is the root of the leaves up to its tree size, signed by a
/// published key valid when it was signed; and no registration is left out: every event that completes one, up to
/// the last event certified, has its certificate. Stops at the first mismatch in ledger order and names it.
/// </summary>
/// <remarks>
/// One pass in leaf order, keyset-paginated in large batches inside one read-only repeatable-read transaction
/// (one snapshot, whatever issuance does meanwhile): memory stays bounded by three batches, whatever the size of
/// the ledger. The checks of one certificate that need nothing else (canonical form, hashes, its event) run in
/// parallel, and what needs ledger order (gaps, event order, chains, the Merkle frontier, checkpoints) runs after
/// them in order, pipelined: one batch is read while the next is checked alone and the one before it in order. The asset's previous certificate comes with
/// each row from the ledger's (registration number, leaf index) index; its stored hash is trusted only because the
/// audit has already verified that earlier leaf. The canonical-form check and the event hash use the fast paths of
/// <see cref="CanonicalCertificate"/> and <see cref="FastCanonicalJson"/>, held by the tests to exactly what the
/// library's <see cref="JsonCanonicalizer"/> and <see cref="StoredEventHash"/> compute. Coverage is a count: the pass
/// checks that certificates cite distinct certifying events in increasing order, so as many certifying events up to
/// the last one cited as there are certificates means none was skipped. PostgreSQL counts them on a second connection
/// in the same snapshot while this process checks certificates.
/// </remarks>
public static class LedgerAudit
{
    public const int DefaultBatchSize = 4000;

    /// <summary>How <c>mt_events.type</c> names the events that each issue a certificate.</summary>
    private static readonly FrozenSet<string> CertifyingTypes = CertifyingTypeNames();

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

        var reader = new LedgerReader(connection, transaction, batchSize);
        var total = await reader.CountCertificatesAsync(cancellation);
        var audit = new Auditor(keys);
        await using var coverage = await Coverage.StartAsync(dataSource, connection, transaction, cancellation);

        AuditFinding? mismatch = null;
        foreach (var checkpoint in await reader.CheckpointsAsync(long.MinValue, 0, cancellation))
        {
            mismatch ??= audit.CheckpointAtStart(checkpoint);
        }

        // A pipeline, so that both cores stay busy: batch N+1 is read while batch N is prepared (its certificates
        // checked alone, in parallel), and batch N is prepared while batch N-1 is checked in ledger order. From
        // the lowest leaf index there is, so that a negative one is seen too.
        var after = long.MinValue;
        var fetch = mismatch is null ? reader.BatchAsync(after, cancellation) : null;
        Batch? prepared = null;
        while (fetch is not null)
        {
            var batch = await fetch;
            fetch = null;
            if (batch.Leaves.Count > 0)
            {
                after = batch.Leaves[^1].LeafIndex;
                fetch = reader.BatchAsync(after, cancellation);
            }

            var preparing = Task.Run(() => audit.Prepare(batch), cancellation);
            if (prepared is not null)
            {
                mismatch = audit.CheckInOrder(prepared);
                progress?.Report(new AuditProgress(audit.Certificates, total, clock.Elapsed));
            }

            await preparing;
            if (mismatch is not null)
            {
                break;
            }

            if (batch.Leaves.Count == 0)
            {
                mismatch = audit.Finish(batch.Checkpoints);
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

        if (mismatch is null)
        {
            mismatch = await coverage.MissingAsync(audit.Certificates, cancellation);
        }

        await transaction.RollbackAsync(cancellation);
        return new AuditResult(mismatch, audit.Certificates, audit.Assets, audit.Checkpoints, clock.Elapsed);
    }

    /// <summary>The ledger's state as the pass reaches each leaf in order.</summary>
    private sealed class Auditor(TrustedKeys keys)
    {
        private readonly MerkleHasher _hasher = MerkleHasher.Sha256;
        private readonly CheckpointVerifier _verifier = new(keys);
        private readonly MerkleFrontier _frontier = new(MerkleHasher.Sha256);
        private long _lastCheckpointSize;
        private DateTimeOffset? _lastIssuedAt;
        private long _lastSequence = long.MinValue;
        private string? _registry;

        public long Certificates => _frontier.Size;
        public long Assets { get; private set; }
        public long Checkpoints { get; private set; }

        public AuditFinding? CheckpointAtStart(CheckpointRow checkpoint) =>
            checkpoint.TreeSize < 0
                ? new(AuditFailure.CheckpointSizeNegative, $"checkpoint at tree size {checkpoint.TreeSize}: a tree size is never negative")
                : Check(checkpoint);

        /// <summary>What each certificate can be checked on alone, in parallel; it touches nothing <see cref="CheckInOrder"/> does.</summary>
        public void Prepare(Batch batch) =>
            Parallel.For(0, batch.Leaves.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => Prepare(batch.Leaves[i]));

        /// <summary>What needs the ledger so far, leaf by leaf, on a prepared batch.</summary>
        public AuditFinding? CheckInOrder(Batch batch)
        {
            var leaves = batch.Leaves;
            var checkpoints = new Queue<CheckpointRow>(batch.Checkpoints);
            foreach (var leaf in leaves)
            {
                var expected = _frontier.Size;
                if (leaf.LeafIndex != expected)
                {
                    return new(AuditFailure.LeafMissing, expected == 0
                        ? $"leaf 0 is missing: the ledger starts at leaf {leaf.LeafIndex} ({leaf.CertificateNumber})"
                        : $"leaf {expected} is missing: the ledger goes from leaf {expected - 1} to leaf {leaf.LeafIndex} ({leaf.CertificateNumber})");
                }

                if (leaf.Failure is not null)
                {
                    return leaf.Failure;
                }

                if (leaf.EventSequence <= _lastSequence)
                {
                    return new(AuditFailure.EventOutOfOrder, $"certificate {leaf.CertificateNumber} (leaf {leaf.LeafIndex}): cites event {leaf.EventSequence}, "
                        + $"not after event {_lastSequence} of the leaf before it: the ledger is not in the registry's event order");
                }

                if (CheckChain(leaf) is { } broken)
                {
                    return broken;
                }

                _lastSequence = leaf.EventSequence;

                // The stored leaf hash, now known to be the leaf hash of the certificate's canonical bytes.
                _frontier.Append(leaf.LeafHash);
                if (leaf.CitedPreviousHash is null)
                {
                    Assets++;
                }

                while (checkpoints.TryPeek(out var next) && next.TreeSize <= _frontier.Size)
                {
                    checkpoints.Dequeue();
                    if (Check(next) is { } wrong)
                    {
                        return wrong;
                    }
                }
            }

            return null;
        }

        /// <summary>After the last leaf: no checkpoint may sign more leaves than there are, and the last leaves must be signed.</summary>
        public AuditFinding? Finish(IReadOnlyList<CheckpointRow> beyond)
        {
            if (beyond.Count > 0)
            {
                return new(AuditFailure.CheckpointBeyondLedger, $"checkpoint at tree size {beyond[0].TreeSize}: the ledger has only {_frontier.Size} certificates");
            }

            if (_lastCheckpointSize < _frontier.Size)
            {
                var unsigned = _frontier.Size - _lastCheckpointSize;
                return new(AuditFailure.LeavesUnsigned, $"leaves {_lastCheckpointSize} to {_frontier.Size - 1} ({unsigned} certificates) are signed by no checkpoint: "
                    + (Checkpoints == 0 ? "the ledger has none" : $"the last is at tree size {_lastCheckpointSize}"));
            }

            return null;
        }

        private AuditFinding? Check(CheckpointRow row)
        {
            var at = $"checkpoint at tree size {row.TreeSize}";
            if (row.TreeSize != _frontier.Size)
            {
                // Its size fell inside a gap or past a leaf that failed: only reachable through a missing leaf.
                return new(AuditFailure.CheckpointSizeNotInLedger, $"{at}: the ledger has no tree of that size");
            }

            SignedCheckpoint checkpoint;
            try
            {
                checkpoint = SignedCheckpoint.Parse(row.Checkpoint);
            }
            catch (LedgerFormatException e)
            {
                return new(AuditFailure.CheckpointMalformed, $"{at}: stored text is not a checkpoint: {e.Message}");
            }

            var body = checkpoint.Body;
            if (body.TreeSize != row.TreeSize)
            {
                return new(AuditFailure.CheckpointSizeDiffers, $"{at}: the signed checkpoint states tree size {body.TreeSize}");
            }

            if (_registry is null)
            {
                _registry = body.Registry;
            }
            else if (!string.Equals(_registry, body.Registry, StringComparison.Ordinal))
            {
                return new(AuditFailure.CheckpointRegistryDiffers, $"{at}: names registry \"{body.Registry}\", the earlier checkpoints \"{_registry}\"");
            }

            var verdict = _verifier.Verify(checkpoint);
            if (!verdict.IsGenuine)
            {
                return new(AuditFailure.CheckpointNotGenuine, $"{at}: {verdict.Failure}: {verdict.Message}");
            }

            if (body.IssuedAt < _lastIssuedAt)
            {
                // Key validity is judged at the date a checkpoint claims: one dated back could carry a key revoked since (docs/ledger.md §4.4).
                return new(AuditFailure.CheckpointDatedBack, $"{at}: dated {CanonicalInstant.Format(body.IssuedAt)}, before the checkpoint at tree size {_lastCheckpointSize} "
                    + $"({CanonicalInstant.Format(_lastIssuedAt.Value)}): a checkpoint is never dated before one it follows");
            }

            var root = _frontier.RootHash();
            if (!body.RootHash.SequenceEqual(root))
            {
                return new(AuditFailure.CheckpointRootDiffers, $"{at}: root differs: it signs {Convert.ToBase64String(body.RootHash)}, the leaves give {Convert.ToBase64String(root)}");
            }

            if (!row.RootHash.AsSpan().SequenceEqual(root))
            {
                return new(AuditFailure.CheckpointStoredRootDiffers, $"{at}: stored root_hash differs from the root it signs");
            }

            if (!string.Equals(row.KeyId, body.KeyId, StringComparison.Ordinal))
            {
                return new(AuditFailure.CheckpointStoredKeyDiffers, $"{at}: stored key_id {row.KeyId} is not the key that signed it ({body.KeyId})");
            }

            if (CanonicalInstant.Truncate(row.IssuedAt) != body.IssuedAt)
            {
                return new(AuditFailure.CheckpointStoredDateDiffers, $"{at}: stored issued_at {CanonicalInstant.Format(row.IssuedAt)} is not the instant it signs ({CanonicalInstant.Format(body.IssuedAt)})");
            }

            var frontier = _frontier.SubtreeRoots;
            if (row.Frontier.Length != frontier.Count || row.Frontier.Where((r, i) => !r.AsSpan().SequenceEqual(frontier[i])).Any())
            {
                return new(AuditFailure.CheckpointFrontierDiffers, $"{at}: stored frontier is not the subtree roots of the first {row.TreeSize} leaves (issuance would resume from a wrong tree)");
            }

            _lastCheckpointSize = row.TreeSize;
            _lastIssuedAt = body.IssuedAt;
            Checkpoints++;
            return null;
        }

        private static AuditFinding? CheckChain(LeafRow leaf)
        {
            var expected = leaf.PreviousHash is null ? null : Convert.ToBase64String(leaf.PreviousHash);
            if (string.Equals(leaf.CitedPreviousHash, expected, StringComparison.Ordinal))
            {
                return null;
            }

            var at = $"certificate {leaf.CertificateNumber} (leaf {leaf.LeafIndex})";
            return expected is null
                ? new(AuditFailure.PreviousCertificateUnexpected, $"{at}: cites a previous certificate, but it is the first certificate of asset {leaf.RegistrationNumber}")
                : leaf.CitedPreviousHash is null
                    ? new(AuditFailure.PreviousCertificateMissing,
                        $"{at}: cites no previous certificate, but asset {leaf.RegistrationNumber} has {leaf.PreviousNumber} (leaf {leaf.PreviousLeafIndex}) before it")
                    : new(AuditFailure.PreviousCertificateDiffers,
                        $"{at}: previousCertificateHash is not the hash of asset {leaf.RegistrationNumber}'s previous certificate {leaf.PreviousNumber} (leaf {leaf.PreviousLeafIndex})");
        }

        /// <summary>The checks of one certificate that need nothing but its row: sets <see cref="LeafRow.Failure"/>.</summary>
        private void Prepare(LeafRow leaf)
        {
            try
            {
                leaf.Failure = CertificateFailure(leaf);
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or ArgumentException)
            {
                leaf.Failure = new(AuditFailure.CertificateUnreadable, $"certificate {leaf.CertificateNumber} (leaf {leaf.LeafIndex}): cannot be read: {e.Message}");
            }
        }

        private AuditFinding? CertificateFailure(LeafRow leaf)
        {
            var at = $"certificate {leaf.CertificateNumber} (leaf {leaf.LeafIndex})";
            var bytes = leaf.Certificate;
            CanonicalCertificate? certificate;
            try
            {
                certificate = CanonicalCertificate.Read(bytes);
            }
            catch (JsonException e)
            {
                return new(AuditFailure.CertificateNotJson, $"{at}: stored text is not JSON: {e.Message}");
            }

            if (certificate is null)
            {
                return new(AuditFailure.CertificateNotCanonical, $"{at}: stored text is not its canonical form");
            }

            if (!SHA256.HashData(bytes).AsSpan().SequenceEqual(leaf.CertificateHash))
            {
                return new(AuditFailure.CertificateHashDiffers, $"{at}: stored certificate_hash is not the SHA-256 of its text");
            }

            if (!_hasher.LeafHash(bytes).AsSpan().SequenceEqual(leaf.LeafHash))
            {
                return new(AuditFailure.LeafHashDiffers, $"{at}: stored leaf_hash is not the leaf hash of its text");
            }

            if (!certificate.IsObject)
            {
                return new(AuditFailure.CertificateNotAnObject, $"{at}: is not a JSON object");
            }

            if (!string.Equals(certificate.CertificateNumber, leaf.CertificateNumber, StringComparison.Ordinal))
            {
                return new(AuditFailure.CertificateNumberDiffers, $"{at}: states certificate number {certificate.CertificateNumber ?? "(none)"}");
            }

            if (certificate.RegistrationNumber is not { } registrationNumber)
            {
                return new(AuditFailure.RegistrationNumberMissing, $"{at}: states no asset.registrationNumber");
            }

            if (!string.Equals(registrationNumber, leaf.RegistrationNumber, StringComparison.Ordinal))
            {
                return new(AuditFailure.RegistrationNumberDiffers, $"{at}: is about asset {registrationNumber}, its row files it under {leaf.RegistrationNumber}");
            }

            if (certificate.PreviousKind is not (JsonTokenType.Null or JsonTokenType.String))
            {
                return new(AuditFailure.PreviousHashMalformed, $"{at}: previousCertificateHash must be present, a string or null");
            }

            leaf.CitedPreviousHash = certificate.PreviousCertificateHash;
            return EventFailure(leaf, certificate, at);
        }

        private static AuditFinding? EventFailure(LeafRow leaf, CanonicalCertificate certificate, string at)
        {
            if (!certificate.HasEventObject || certificate.EventStream is not { } stream || certificate.EventVersion is not { } version
                || certificate.EventSequence is not { } sequence || certificate.EventHash is not { } hash)
            {
                return new(AuditFailure.EventCitationIncomplete, $"{at}: event must state stream, version, sequence and hash");
            }

            if (sequence != leaf.EventSequence)
            {
                return new(AuditFailure.EventSequenceDiffers, $"{at}: cites event {sequence}, its row event {leaf.EventSequence}");
            }

            if (!string.Equals(stream, leaf.RegistrationNumber, StringComparison.Ordinal))
            {
                return new(AuditFailure.EventOfAnotherAsset, $"{at}: cites an event of stream {stream}, not of its asset {leaf.RegistrationNumber}");
            }

            var of = $"event {sequence} cited by {leaf.CertificateNumber} (leaf {leaf.LeafIndex})";
            if (leaf.EventType is null || leaf.EventStream is null || leaf.EventData is null)
            {
                return new(AuditFailure.EventNotFound, $"{of}: no such event in mt_events");
            }

            if (!string.Equals(leaf.EventStream, stream, StringComparison.Ordinal) || leaf.EventVersion != version)
            {
                return new(AuditFailure.EventPositionDiffers, $"{of}: is version {leaf.EventVersion} of stream {leaf.EventStream}, the certificate says version {version} of {stream}");
            }

            if (!CertifyingTypes.Contains(leaf.EventType))
            {
                return new(AuditFailure.EventCompletesNoRegistration, $"{of}: is a {leaf.EventType} event, which completes no registration");
            }

            byte[] recomputed;
            try
            {
                recomputed = StoredEventHash.Compute(leaf.EventStream, leaf.EventType, leaf.EventVersion, leaf.EventData);
            }
            catch (FormatException e)
            {
                return new(AuditFailure.EventNotCanonical, $"{of}: stored data has no canonical form: {e.Message}");
            }

            return StrictBase64.TryDecode(hash, out var cited) && cited.AsSpan().SequenceEqual(recomputed) ? null : new(AuditFailure.EventHashDiffers, $"{of}: hash differs");
        }
    }

    private sealed record Batch(List<LeafRow> Leaves, List<CheckpointRow> Checkpoints);

    private static FrozenSet<string> CertifyingTypeNames()
    {
        // Named as the service's store names them; no database is touched.
        var events = (EventGraph)RegistryStore.Options("Host=localhost", TimeProvider.System).Events;
        return RegistrationKinds.EventTypes.Select(type => events.EventMappingFor(type).EventTypeName).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Whether every certifying event up to the last one the ledger cites has its certificate. Events after it may
    /// still be on their way to issuance; they are not the audit's to judge.
    /// </summary>
    private sealed class Coverage : IAsyncDisposable
    {
        private const string Certifying = "from registry.mt_events e where e.seq_id <= $1 and e.type = any($2)";

        private readonly NpgsqlConnection _connection;
        private readonly NpgsqlTransaction _transaction;
        private readonly long _lastCited;
        private readonly Task<long> _counted;

        private Coverage(NpgsqlConnection connection, NpgsqlTransaction transaction, long lastCited, CancellationToken cancellation)
        {
            _connection = connection;
            _transaction = transaction;
            _lastCited = lastCited;
            _counted = CountAsync(cancellation);
        }

        /// <summary>Starts counting, in <paramref name="transaction"/>'s snapshot, on a connection of its own.</summary>
        public static async Task<Coverage> StartAsync(NpgsqlDataSource dataSource, NpgsqlConnection connection, NpgsqlTransaction transaction,
            CancellationToken cancellation)
        {
            string snapshot;
            long lastCited;
            await using (var command = new NpgsqlCommand(
                $"select pg_export_snapshot(), coalesce((select event_sequence from {LedgerTables.Certificates} order by leaf_index desc limit 1), 0)",
                connection, transaction))
            await using (var reader = await command.ExecuteReaderAsync(cancellation))
            {
                await reader.ReadAsync(cancellation);
                snapshot = reader.GetString(0);
                lastCited = reader.GetInt64(1);
            }

            var counting = await dataSource.OpenConnectionAsync(cancellation);
            var inSnapshot = await counting.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellation);
            // The snapshot id comes from PostgreSQL itself; SET takes no parameters.
            await using (var setUp = new NpgsqlCommand(
                $"set transaction snapshot '{snapshot}'; set transaction read only; set local max_parallel_workers_per_gather = 0", counting, inSnapshot))
            {
                await setUp.ExecuteNonQueryAsync(cancellation);
            }

            return new Coverage(counting, inSnapshot, lastCited, cancellation);
        }

        /// <summary>Null when the ledger's <paramref name="certificates"/> are every certifying event up to the last cited; else the first left out.</summary>
        public async Task<AuditFinding?> MissingAsync(long certificates, CancellationToken cancellation)
        {
            var certifying = await _counted;
            if (certifying == certificates)
            {
                return null;
            }

            await using var command = new NpgsqlCommand(
                $"select e.seq_id, e.stream_id, e.type {Certifying} "
                + $"and not exists (select 1 from {LedgerTables.Certificates} c where c.event_sequence = e.seq_id) order by e.seq_id limit 1", _connection, _transaction);
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = _lastCited });
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. CertifyingTypes] });
            await using var reader = await command.ExecuteReaderAsync(cancellation);
            return await reader.ReadAsync(cancellation)
                ? new(AuditFailure.RegistrationLeftOut, $"event {reader.GetInt64(0)} ({reader.GetString(2)} on {reader.GetString(1)}) has no certificate, "
                  + "though the ledger certifies events after it: a registration was left out of the ledger")
                : new(AuditFailure.CertifyingEventsMiscounted,
                    $"the database holds {certifying:N0} certifying events up to event {_lastCited}, the ledger {certificates:N0} certificates");
        }

        private async Task<long> CountAsync(CancellationToken cancellation)
        {
            await using var command = new NpgsqlCommand($"select count(*) {Certifying}", _connection, _transaction);
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = _lastCited });
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. CertifyingTypes] });
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellation), CultureInfo.InvariantCulture);
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                // Stopped early (a mismatch, a failure): the count in flight ends before its connection goes.
                await _counted;
            }
            catch (Exception e) when (e is NpgsqlException or OperationCanceledException)
            {
                // Nothing more is needed from it.
            }

            await _transaction.DisposeAsync();
            await _connection.DisposeAsync();
        }
    }

    private sealed class LeafRow
    {
        public long LeafIndex { get; init; }
        public required string CertificateNumber { get; init; }
        public required string RegistrationNumber { get; init; }
        public long EventSequence { get; init; }

        /// <summary>The stored text, UTF-8.</summary>
        public required byte[] Certificate { get; init; }
        public required byte[] LeafHash { get; init; }
        public required byte[] CertificateHash { get; init; }

        public string? EventStream { get; init; }
        public string? EventType { get; init; }
        public long EventVersion { get; init; }
        /// <summary><c>mt_events.data</c> as stored (its jsonb text), UTF-8.</summary>
        public byte[]? EventData { get; init; }

        /// <summary>The asset's certificate before this one by leaf index, if any.</summary>
        public long? PreviousLeafIndex { get; init; }
        public string? PreviousNumber { get; init; }
        public byte[]? PreviousHash { get; init; }

        public AuditFinding? Failure { get; set; }
        public string? CitedPreviousHash { get; set; }
    }

    private sealed record CheckpointRow(long TreeSize, string Checkpoint, byte[] RootHash, string KeyId, DateTimeOffset IssuedAt, byte[][] Frontier);

    /// <summary>Reads the ledger in leaf order, a batch at a time, with the checkpoints whose tree size falls in each batch.</summary>
    private sealed class LedgerReader(NpgsqlConnection connection, NpgsqlTransaction transaction, int batchSize)
    {
        private static readonly string LeavesSql =
            "select c.leaf_index, c.certificate_number, c.registration_number, c.event_sequence, convert_to(c.certificate, 'UTF8'), "
            + "c.leaf_hash, c.certificate_hash, e.stream_id, e.type, e.version, convert_to(e.data::text, 'UTF8'), p.leaf_index, p.certificate_number, p.certificate_hash "
            + $"from {LedgerTables.Certificates} c "
            + "left join registry.mt_events e on e.seq_id = c.event_sequence "
            + "left join lateral (select q.leaf_index, q.certificate_number, q.certificate_hash "
            + $"from {LedgerTables.Certificates} q where q.registration_number = c.registration_number and q.leaf_index < c.leaf_index "
            + "order by q.leaf_index desc limit 1) p on true "
            + "where c.leaf_index > $1 order by c.leaf_index limit $2";

        private static readonly string CheckpointsSql =
            $"select tree_size, checkpoint, root_hash, key_id, issued_at, frontier from {LedgerTables.Checkpoints} "
            + "where tree_size > $1 and tree_size <= $2 order by tree_size";

        public async Task<long> CountCertificatesAsync(CancellationToken cancellation)
        {
            // The primary key's last entry: the count when there are no gaps, which is what the audit then checks.
            await using var command = new NpgsqlCommand($"select coalesce(max(leaf_index) + 1, 0) from {LedgerTables.Certificates}", connection, transaction);
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellation), CultureInfo.InvariantCulture);
        }

        /// <summary>The leaves after <paramref name="after"/>, and the checkpoints of tree sizes those leaves complete (all that remain, at the end).</summary>
        public async Task<Batch> BatchAsync(long after, CancellationToken cancellation)
        {
            var leaves = new List<LeafRow>(batchSize);
            await using (var command = new NpgsqlCommand(LeavesSql, connection, transaction))
            {
                command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = after });
                command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = batchSize });
                await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellation);
                while (await reader.ReadAsync(cancellation))
                {
                    leaves.Add(new LeafRow
                    {
                        LeafIndex = reader.GetInt64(0),
                        CertificateNumber = reader.GetString(1),
                        RegistrationNumber = reader.GetString(2),
                        EventSequence = reader.GetInt64(3),
                        Certificate = reader.GetFieldValue<byte[]>(4),
                        LeafHash = reader.GetFieldValue<byte[]>(5),
                        CertificateHash = reader.GetFieldValue<byte[]>(6),
                        EventStream = reader.IsDBNull(7) ? null : reader.GetString(7),
                        EventType = reader.IsDBNull(8) ? null : reader.GetString(8),
                        EventVersion = reader.IsDBNull(9) ? 0 : reader.GetInt64(9),
                        EventData = reader.IsDBNull(10) ? null : reader.GetFieldValue<byte[]>(10),
                        PreviousLeafIndex = reader.IsDBNull(11) ? null : reader.GetInt64(11),
                        PreviousNumber = reader.IsDBNull(12) ? null : reader.GetString(12),
                        PreviousHash = reader.IsDBNull(13) ? null : reader.GetFieldValue<byte[]>(13),
                    });
                }
            }

            var upTo = leaves.Count == 0 ? long.MaxValue : leaves[^1].LeafIndex + 1;
            // Tree sizes up to 0 were read before the first leaf.
            return new Batch(leaves, await CheckpointsAsync(after < 0 ? 0 : after + 1, upTo, cancellation));
        }

        /// <summary>Checkpoints with <paramref name="above"/> &lt; tree size ≤ <paramref name="upTo"/>, by tree size.</summary>
        public async Task<List<CheckpointRow>> CheckpointsAsync(long above, long upTo, CancellationToken cancellation)
        {
            var checkpoints = new List<CheckpointRow>();
            await using var command = new NpgsqlCommand(CheckpointsSql, connection, transaction);
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = above });
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = upTo });
            await using var reader = await command.ExecuteReaderAsync(cancellation);
            while (await reader.ReadAsync(cancellation))
            {
                checkpoints.Add(new CheckpointRow(
                    reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<byte[]>(2), reader.GetString(3),
                    reader.GetFieldValue<DateTimeOffset>(4), reader.GetFieldValue<byte[][]>(5)));
            }

            return checkpoints;
        }
    }
}
