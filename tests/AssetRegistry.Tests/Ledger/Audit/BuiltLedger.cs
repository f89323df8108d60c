using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AssetRegistry.Infrastructure;
using AssetRegistry.Ledger;
using AssetRegistry.Ledger.Audit;
using AssetRegistry.Tests.Ledger.Certificates;
using AssetRegistry.Verification.Canonical;
using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Crypto;
using AssetRegistry.Verification.Merkle;
using Marten.Events;
using V = AssetRegistry.Tests.Ledger.Certificates.CertificateVectorInputs;

namespace AssetRegistry.Tests.Ledger.Audit;

/// <summary>
/// A healthy ledger built in memory, as the audit reads it: the certificates of <see cref="CertificateVectorInputs"/>,
/// built by <see cref="CertificateBuilder"/> with each event's hash computed from data "stored" here, and checkpoints
/// at tree sizes 2, 5 and 16 signed by a key of its own. The unit tests of each check tamper with a copy of one row.
/// </summary>
internal sealed class BuiltLedger
{
    public static readonly DateTimeOffset KeyValidFrom = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly EventGraph Events = (EventGraph)RegistryStore.Options("Host=localhost", TimeProvider.System).Events;
    private static readonly JsonSerializerOptions Stored = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private BuiltLedger(SigningKey key)
    {
        Key = key;
        Keys = new TrustedKeys([TrustedKey.For(key, KeyValidFrom)]);
        var last = new Dictionary<string, (BuiltCertificate Certificate, long LeafIndex)>();
        foreach (var @event in V.Events())
        {
            var leafIndex = Leaves.Count;
            var stream = @event.StreamKey!;
            var type = Events.EventMappingFor(@event.Data.GetType()).EventTypeName;
            var data = JsonSerializer.SerializeToUtf8Bytes(@event.Data, @event.Data.GetType(), Stored);
            var hadPrevious = last.TryGetValue(stream, out var previous);
            var citation = new CertificateCitation(leafIndex, StoredEventHash.Compute(stream, type, @event.Version, data),
                hadPrevious ? Convert.ToBase64String(previous.Certificate.CertificateHash) : null, V.IssuedAt(leafIndex));
            var certificate = CertificateBuilder.Build(hadPrevious ? previous.Certificate.Asset : null, @event, citation, CertificateBuilderTests.Registry,
                field => V.Salt(leafIndex, field));
            Leaves.Add(new AuditedLeaf
            {
                LeafIndex = leafIndex,
                CertificateNumber = certificate.Number,
                RegistrationNumber = stream,
                EventSequence = @event.Sequence,
                Certificate = certificate.Bytes,
                LeafHash = certificate.LeafHash,
                CertificateHash = certificate.CertificateHash,
                EventStream = stream,
                EventType = type,
                EventVersion = @event.Version,
                EventData = data,
                PreviousLeafIndex = hadPrevious ? previous.LeafIndex : null,
                PreviousNumber = hadPrevious ? previous.Certificate.Number : null,
                PreviousHash = hadPrevious ? previous.Certificate.CertificateHash : null,
            });
            last[stream] = (certificate, leafIndex);
        }

        Checkpoints = [Sign(2, V.IssuedAt(2)), Sign(5, V.IssuedAt(5)), Sign(Leaves.Count, V.IssuedAt(Leaves.Count))];
    }

    public SigningKey Key { get; }
    public TrustedKeys Keys { get; }
    public List<AuditedLeaf> Leaves { get; } = [];
    public List<AuditedCheckpoint> Checkpoints { get; }

    /// <summary>A new healthy ledger: its rows may be changed at will.</summary>
    public static BuiltLedger Healthy() => new(new EcdsaP256SigningKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)));

    /// <summary>The checkpoint issuance would store at <paramref name="treeSize"/>: signed over the root of the first leaves, with their frontier.</summary>
    public AuditedCheckpoint Sign(long treeSize, DateTimeOffset issuedAt, string? registry = null, SigningKey? key = null, byte[]? root = null)
    {
        var frontier = new MerkleFrontier(MerkleHasher.Sha256);
        foreach (var leaf in Leaves.Take((int)treeSize))
        {
            frontier.Append(leaf.LeafHash);
        }

        var rootHash = frontier.RootHash();
        var signer = key ?? Key;
        var checkpoint = new CheckpointSigner(signer, registry ?? CertificateBuilderTests.Registry.Name).Sign(treeSize, root ?? rootHash, issuedAt);
        return new AuditedCheckpoint(treeSize, checkpoint.ToJson(), root ?? rootHash, signer.KeyId, CanonicalInstant.Truncate(issuedAt), [.. frontier.SubtreeRoots]);
    }

    /// <summary>A copy of <paramref name="leaf"/> whose certificate was changed and stored as issuance would: canonical, with both hashes of the new bytes.</summary>
    public static AuditedLeaf Rewritten(AuditedLeaf leaf, Action<JsonObject> change)
    {
        var certificate = JsonNode.Parse(leaf.Certificate)!.AsObject();
        change(certificate);
        return WithText(leaf, JsonCanonicalizer.Canonicalize(certificate));
    }

    /// <summary>A copy of <paramref name="leaf"/> with other stored text, and the hashes of that text.</summary>
    public static AuditedLeaf WithText(AuditedLeaf leaf, byte[] text) =>
        Copy(leaf, certificate: text, leafHash: CertificateBuilder.LeafHash(text), certificateHash: CertificateBuilder.CertificateHash(text));

    public static AuditedLeaf WithText(AuditedLeaf leaf, string text) => WithText(leaf, Encoding.UTF8.GetBytes(text));

    /// <summary>A copy of <paramref name="leaf"/> with the members given changed; <paramref name="noEvent"/> as though <c>mt_events</c> had none.</summary>
    public static AuditedLeaf Copy(AuditedLeaf leaf, long? leafIndex = null, string? certificateNumber = null, string? registrationNumber = null,
        long? eventSequence = null, byte[]? certificate = null, byte[]? leafHash = null, byte[]? certificateHash = null, string? eventType = null,
        long? eventVersion = null, byte[]? eventData = null, bool noEvent = false, byte[]? previousHash = null, bool noPrevious = false) => new()
    {
        LeafIndex = leafIndex ?? leaf.LeafIndex,
        CertificateNumber = certificateNumber ?? leaf.CertificateNumber,
        RegistrationNumber = registrationNumber ?? leaf.RegistrationNumber,
        EventSequence = eventSequence ?? leaf.EventSequence,
        Certificate = certificate ?? leaf.Certificate,
        LeafHash = leafHash ?? leaf.LeafHash,
        CertificateHash = certificateHash ?? leaf.CertificateHash,
        EventStream = noEvent ? null : leaf.EventStream,
        EventType = noEvent ? null : eventType ?? leaf.EventType,
        EventVersion = noEvent ? 0 : eventVersion ?? leaf.EventVersion,
        EventData = noEvent ? null : eventData ?? leaf.EventData,
        PreviousLeafIndex = noPrevious ? null : leaf.PreviousLeafIndex,
        PreviousNumber = noPrevious ? null : leaf.PreviousNumber,
        PreviousHash = noPrevious ? null : previousHash ?? leaf.PreviousHash,
        CitedPreviousHash = leaf.CitedPreviousHash,
    };
}
