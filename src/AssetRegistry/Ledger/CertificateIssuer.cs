using AssetRegistry.Validity;
using AssetRegistry.InitialRegistration;
using System.Security.Cryptography;
using System.Text;
using AssetRegistry.Assets;
using AssetRegistry.Infrastructure.Nodes;
using AssetRegistry.Infrastructure.Time;
using AssetRegistry.Verification.Canonical;
using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Commitments;
using AssetRegistry.Verification.Merkle;
using AssetRegistry.Verification.Notes;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Services;
using Marten.Subscriptions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace AssetRegistry.Ledger;

/// <summary>
/// Issues certificates after commit, in the registry's global event order, a batch at a time: each
/// completed registration on an asset's stream becomes a certificate, a leaf of the Merkle log, chained to
/// the asset's previous certificate; each batch ends with one signed checkpoint. Certificates, salts,
/// checkpoint and the subscription's progress commit in one transaction, so a crash mid-batch leaves no
/// gap and no duplicate: the batch is simply issued again. Registrations never wait for any of this.
/// </summary>
public sealed class CertificateIssuer : SubscriptionBase
{
    public const string SubscriptionTitle = "certificates";
    private const int CachedAssets = 20_000;

    private readonly LedgerKeys _keys;
    private readonly LedgerNoteKeys _noteKeys;
    private readonly LedgerSettings _settings;
    private readonly Infrastructure.Identity.RegistryIdentity _identity;
    private readonly TimeProvider _clock;
    private readonly ILogger<CertificateIssuer> _logger;
    private readonly DaemonLease _lease;
    private readonly MerkleHasher _hasher = MerkleHasher.Sha256;

    // Committed state only: a batch works on copies and publishes them after its transaction commits.
    private MerkleFrontier? _frontier;
    private DateTimeOffset? _lastIssuedAt;
    private readonly Dictionary<string, AssetChain> _chains = new(StringComparer.Ordinal);
    private long? _committedInTerm;

    // No IDocumentStore here: the store is built with its subscriptions, so it reads through the batch's session.
    public CertificateIssuer(LedgerKeys keys, LedgerNoteKeys noteKeys, IOptions<LedgerSettings> settings,
        Infrastructure.Identity.RegistryIdentity identity, TimeProvider clock, DaemonLease lease, ILogger<CertificateIssuer> logger)
    {
        _keys = keys;
        _noteKeys = noteKeys;
        _lease = lease;
        _logger = logger;
        _settings = settings.Value;
        _identity = identity;
        _clock = clock;
        Name = SubscriptionTitle;
        foreach (var type in CertifiedEvents)
        {
            IncludeType(type);
        }

        Options.BatchSize = _settings.BatchSize;
    }

    /// <summary>What issuance reads: the registrations (<see cref="RegistrationKinds.EventTypes"/>), and the events that move the asset's state later certificates describe.</summary>
    public static readonly Type[] CertifiedEvents = [.. RegistrationKinds.EventTypes, typeof(RegistrationExpired), typeof(LicenseTermEnded)];

    /// <summary>
    /// A wall clock far behind the registry's (503 <c>clock-behind</c> for writes) stops issuance too: a checkpoint
    /// signed then would claim a time the ledger has passed, when a key since revoked may still have been valid.
    /// </summary>
    private async Task WaitForTheClockAsync(CancellationToken cancellation)
    {
        // The registry clock has logged why.
        while (_clock is RegistryClock { RefusesWrites: true })
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancellation);
        }
    }

    private sealed record AssetChain(Asset State, string? LastCertificateHash, long Version);

    /// <summary>A fresh salt for each commitment (docs/ledger.md §9).</summary>
    private static byte[] NewSalt(string field) => RandomNumberGenerator.GetBytes(SaltedCommitment.SaltLength);

    public override async Task<IChangeListener> ProcessEventsAsync(EventRange page, ISubscriptionController controller,
        IDocumentOperations operations, CancellationToken cancellationToken)
    {
        await WaitForTheClockAsync(cancellationToken);
        FenceWithTheLease(operations);
        var frontier = await LoadFrontierAsync(operations, cancellationToken);
        var staged = new Dictionary<string, AssetChain>(StringComparer.Ordinal);
        var events = page.Events.Where(e => e.Data is not null && CertifiedEvents.Contains(e.Data.GetType())).OrderBy(e => e.Sequence).ToList();
        if (events.Count == 0)
        {
            return new AfterCommit(() => { });
        }

        var stored = await LoadStoredEventsAsync(operations, events.Select(e => e.Sequence).ToArray(), cancellationToken);
        var issuedAt = IssuedAt();
        var issued = 0;
        var rows = new CertificateRows();
        var salts = new SaltRows();
        foreach (var @event in events)
        {
            var number = @event.StreamKey!;
            var chain = staged.GetValueOrDefault(number) ?? await ChainBeforeAsync(operations, number, @event, cancellationToken);
            if (!CertificateBuilder.Certifies(@event.Data))
            {
                // It moves the asset's state, which later certificates describe; it has no certificate of its own.
                staged[number] = new AssetChain(chain!.State.After(@event.Data), chain.LastCertificateHash, @event.Version);
                continue;
            }

            var (type, data) = stored[@event.Sequence];
            var citation = new CertificateCitation(frontier.Size, StoredEventHash.Compute(number, type, @event.Version, data), chain?.LastCertificateHash, issuedAt);
            var certificate = CertificateBuilder.Build(chain?.State, @event, citation, _identity, NewSalt);
            frontier.Append(certificate.LeafHash);
            rows.Add(citation.LeafIndex, certificate.Number, number, @event.Sequence, Encoding.UTF8.GetString(certificate.Bytes), certificate.LeafHash, certificate.CertificateHash);
            foreach (var opening in certificate.Openings)
            {
                salts.Add(certificate.Number, opening.Field, opening.Salt, opening.Value);
            }

            staged[number] = new AssetChain(certificate.Asset, Convert.ToBase64String(certificate.CertificateHash), @event.Version);
            issued++;
        }

        if (issued > 0)
        {
            // One statement per table for the whole batch: per-row statements cost more than the certificates.
            operations.QueueSqlCommand(
                $"insert into {LedgerTables.Certificates} (leaf_index, certificate_number, registration_number, event_sequence, certificate, leaf_hash, certificate_hash, issued_at) " +
                "select l, n, r, s, c, h, ch, ? from unnest(?::bigint[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::bytea[], ?::bytea[]) as t(l, n, r, s, c, h, ch)",
                issuedAt, rows.LeafIndexes.ToArray(), rows.Numbers.ToArray(), rows.Assets.ToArray(), rows.Sequences.ToArray(), rows.Texts.ToArray(),
                rows.LeafHashes.ToArray(), rows.CertificateHashes.ToArray());
            await Tiles.StoredTiles.QueueBatchAsync(operations, rows.LeafIndexes[0], rows.LeafHashes, cancellationToken);
            if (salts.Numbers.Count > 0)
            {
                operations.QueueSqlCommand(
                    $"insert into {LedgerTables.Salts} (certificate_number, field, salt, value) select * from unnest(?::text[], ?::text[], ?::bytea[], ?::text[])",
                    salts.Numbers.ToArray(), salts.Fields.ToArray(), salts.Salts.ToArray(), salts.Values.ToArray());
            }

            var root = frontier.RootHash();
            var key = _keys.SigningKeyAt(issuedAt);
            var checkpoint = new CheckpointSigner(key, _identity.Name).Sign(frontier.Size, root, issuedAt);
            // The same tree head as a C2SP note (docs/ledger.md §14), in the same row, so the two forms never disagree.
            var note = NoteSigner.SignCheckpoint(TlogCheckpoint.Dated(_identity.Origin, frontier.Size, root, issuedAt), issuedAt, _noteKeys.SignersAt(issuedAt));
            operations.QueueSqlCommand(
                $"insert into {LedgerTables.Checkpoints} (tree_size, checkpoint, root_hash, key_id, issued_at, frontier, note) values (?, ?, ?, ?, ?, ?, ?)",
                frontier.Size, checkpoint.ToJson(), root, key.KeyId, issuedAt, frontier.SubtreeRoots.ToArray(), note.ToString());
        }

        return new AfterCommit(() =>
        {
            _frontier = frontier;
            _lastIssuedAt = issued > 0 ? issuedAt : _lastIssuedAt;
            if (_chains.Count + staged.Count > CachedAssets)
            {
                _chains.Clear();
            }

            foreach (var (number, chain) in staged)
            {
                _chains[number] = chain;
            }
        });
    }

    /// <summary>
    /// The batch commits only while this node still holds the daemon's lease in the term it read it in
    /// (<see cref="Leases.HoldSql"/>): a node that was paused or cut off past its lease and wakes up mid-batch fails at
    /// commit and writes nothing — no certificate, no checkpoint, no progress. Under a new term another node may have
    /// issued meanwhile, so what this one remembers of the ledger is read again.
    /// </summary>
    private void FenceWithTheLease(IDocumentOperations operations)
    {
        var term = _lease.Term ?? throw new InvalidOperationException("This node does not hold the daemon's lease: it issues nothing.");
        if (term != _committedInTerm)
        {
            _frontier = null;
            _chains.Clear();
            _committedInTerm = term;
        }

        operations.QueueSqlCommand(Leases.HoldSql, Leases.Daemon, _lease.Holder, term);
    }

    /// <summary>This batch's instant: now, or just after the last checkpoint when the clock reads earlier (<see cref="CheckpointDate"/>).</summary>
    private DateTimeOffset IssuedAt()
    {
        var now = _clock.GetUtcNow();
        var issuedAt = CheckpointDate.After(now, _lastIssuedAt);
        if (issuedAt != CanonicalInstant.Truncate(now))
        {
            _logger.LogWarning(
                "The clock reads {Now}, not after the last checkpoint's {LastIssuedAt}: the checkpoint is dated {IssuedAt} so that the ledger's dates never go back",
                CanonicalInstant.Format(now), CanonicalInstant.Format(_lastIssuedAt!.Value), CanonicalInstant.Format(issuedAt));
        }

        return issuedAt;
    }

    /// <summary>A copy of the committed frontier, loaded from the last checkpoint after a (re)start, with the latest date a checkpoint bears.</summary>
    private async Task<MerkleFrontier> LoadFrontierAsync(IQuerySession session, CancellationToken cancellation)
    {
        if (_frontier is null)
        {
            var rows = await session.AdvancedSql.QueryAsync<StoredFrontier>(
                $"select json_build_object('Size', tree_size, 'Roots', (select coalesce(json_agg(encode(r, 'base64')), '[]') from unnest(frontier) r), " +
                $"'LastIssuedAt', (select max(issued_at) from {LedgerTables.Checkpoints})) " +
                $"from {LedgerTables.Checkpoints} order by tree_size desc limit 1", cancellation);
            _frontier = rows.Count == 0
                ? new MerkleFrontier(_hasher)
                : new MerkleFrontier(_hasher, rows[0].Size, rows[0].Roots.Select(Convert.FromBase64String));
            _lastIssuedAt = rows.Count == 0 ? null : rows[0].LastIssuedAt;
        }

        return new MerkleFrontier(_hasher, _frontier.Size, _frontier.SubtreeRoots);
    }

    /// <summary>The asset as it stood before <paramref name="event"/>, and the hash of its last certificate; null before its first event.</summary>
    private async Task<AssetChain?> ChainBeforeAsync(IQuerySession session, string number, IEvent @event, CancellationToken cancellation)
    {
        if (@event.Data is AssetRegistered)
        {
            return null;
        }

        if (_chains.TryGetValue(number, out var cached) && cached.Version == @event.Version - 1)
        {
            return cached;
        }

        var state = await session.Events.AggregateStreamAsync<Asset>(number, version: @event.Version - 1, token: cancellation)
            ?? throw new InvalidOperationException($"Asset {number} has no state before version {@event.Version}.");
        var hashes = await session.AdvancedSql.QueryAsync<string>(
            $"select encode(certificate_hash, 'base64') from {LedgerTables.Certificates} where registration_number = ? and event_sequence < ? order by leaf_index desc limit 1",
            cancellation, number, @event.Sequence);
        return new AssetChain(state, hashes.Count == 0 ? null : hashes[0], @event.Version - 1);
    }

    private static async Task<Dictionary<long, (string Type, string Data)>> LoadStoredEventsAsync(IQuerySession session, long[] sequences, CancellationToken cancellation)
    {
        var rows = await session.AdvancedSql.QueryAsync<StoredEvent>(
            "select json_build_object('Sequence', seq_id, 'Type', type, 'Data', data::text) from registry.mt_events where seq_id = any(?)", cancellation, sequences);
        return rows.ToDictionary(r => r.Sequence, r => (r.Type, r.Data));
    }

    private sealed class CertificateRows
    {
        public List<long> LeafIndexes { get; } = [];
        public List<string> Numbers { get; } = [];
        public List<string> Assets { get; } = [];
        public List<long> Sequences { get; } = [];
        public List<string> Texts { get; } = [];
        public List<byte[]> LeafHashes { get; } = [];
        public List<byte[]> CertificateHashes { get; } = [];

        public void Add(long leafIndex, string number, string asset, long sequence, string text, byte[] leafHash, byte[] certificateHash)
        {
            LeafIndexes.Add(leafIndex);
            Numbers.Add(number);
            Assets.Add(asset);
            Sequences.Add(sequence);
            Texts.Add(text);
            LeafHashes.Add(leafHash);
            CertificateHashes.Add(certificateHash);
        }
    }

    private sealed class SaltRows
    {
        public List<string> Numbers { get; } = [];
        public List<string> Fields { get; } = [];
        public List<byte[]> Salts { get; } = [];
        public List<string> Values { get; } = [];

        public void Add(string number, string field, byte[] salt, string value)
        {
            Numbers.Add(number);
            Fields.Add(field);
            Salts.Add(salt);
            Values.Add(value);
        }
    }

    private sealed record StoredEvent(long Sequence, string Type, string Data);

    private sealed record StoredFrontier(long Size, string[] Roots, DateTimeOffset LastIssuedAt);

    private sealed class AfterCommit(Action publish) : IChangeListener
    {
        public Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
        {
            publish();
            return Task.CompletedTask;
        }

        public Task BeforeCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token) => Task.CompletedTask;
    }
}
