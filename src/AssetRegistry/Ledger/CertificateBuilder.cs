using System.Security.Cryptography;
using System.Text.Json.Nodes;
using AssetRegistry.Assets;
using AssetRegistry.InitialRegistration;
using AssetRegistry.Infrastructure.Identity;
using AssetRegistry.Verification.Canonical;
using AssetRegistry.Verification.Commitments;
using AssetRegistry.Verification.Crypto;
using AssetRegistry.Verification.Merkle;
using JasperFx.Events;

namespace AssetRegistry.Ledger;

/// <summary>
/// What a certificate states besides the registration (<see cref="CertificateContent"/>): its place in the ledger,
/// the hash of its event as the event store holds it (<see cref="Ledger.StoredEventHash"/>), the asset's previous
/// certificate (base64 of its <see cref="CertificateBuilder.CertificateHash"/>, null for the asset's first) and when it
/// was issued.
/// </summary>
public sealed record CertificateCitation(long LeafIndex, byte[] StoredEventHash, string? PreviousCertificateHash, DateTimeOffset IssuedAt);

/// <summary>What opens one commitment of a certificate (docs/ledger.md §9): given privately to those entitled to the value.</summary>
public sealed record CommitmentOpening(string Field, string Value, byte[] Salt);

/// <summary>
/// A certificate as the ledger stores it: <see cref="Bytes"/> is its canonical JSON (RFC 8785), the leaf's bytes;
/// <see cref="Asset"/> is the asset after the registration, as the certificate describes it.
/// </summary>
public sealed record BuiltCertificate(
    string Number, Asset Asset, byte[] Bytes, byte[] LeafHash, byte[] CertificateHash, IReadOnlyList<CommitmentOpening> Openings);

/// <summary>
/// The one definition of a certificate's bytes (docs/ledger.md §12): a pure function of the asset before the
/// registration, the event that records it, what the certificate cites, the registry and the salts. Issuance builds
/// every certificate with it; the audit checks stored certificates by its hashes; tests rebuild certificates with it.
/// </summary>
public static class CertificateBuilder
{
    private static readonly MerkleHasher Hasher = MerkleHasher.Sha256;

    /// <summary>Whether <paramref name="event"/> completes a registration, and so is certified.</summary>
    public static bool Certifies(object @event) => RegistrationKinds.Of(@event) is not null;

    /// <summary>
    /// The certificate of <paramref name="event"/>, which must complete a registration (<see cref="Certifies"/>);
    /// <paramref name="before"/> is null only for the asset's first event. <paramref name="saltFor"/> gives the salt
    /// of the commitment to each confidential field (32 bytes; issuance draws them at random).
    /// </summary>
    public static BuiltCertificate Build(Asset? before, IEvent @event, CertificateCitation citation, RegistryIdentity registry, Func<string, byte[]> saltFor)
    {
        ArgumentNullException.ThrowIfNull(@event);
        ArgumentNullException.ThrowIfNull(citation);
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(saltFor);
        var after = before is null ? Asset.Create((AssetRegistered)@event.Data) : before.After(@event.Data);
        var (certificate, confidential) = CertificateContent.For(@event, after)
            ?? throw new ArgumentException($"{@event.Data.GetType().Name} completes no registration: it has no certificate.", nameof(@event));

        var number = $"{registry.Code}-C-{citation.LeafIndex + 1:D12}";
        certificate["certificateNumber"] = number;
        var commitments = new JsonObject();
        var openings = new CommitmentOpening[confidential.Count];
        for (var i = 0; i < confidential.Count; i++)
        {
            var item = confidential[i];
            var salt = saltFor(item.Field);
            commitments[item.Field] = StrictBase64.Encode(SaltedCommitment.Compute(salt, item.Value, HashFunction.Sha256));
            openings[i] = new CommitmentOpening(item.Field, item.Value, salt);
        }

        certificate["commitments"] = commitments;
        certificate["event"] = new JsonObject
        {
            ["stream"] = @event.StreamKey,
            ["version"] = @event.Version,
            ["sequence"] = @event.Sequence,
            ["hash"] = Convert.ToBase64String(citation.StoredEventHash),
        };
        certificate["issuedAt"] = CanonicalInstant.Format(citation.IssuedAt);
        certificate["registry"] = registry.Name;
        certificate["previousCertificateHash"] = citation.PreviousCertificateHash;

        var bytes = JsonCanonicalizer.Canonicalize(certificate);
        return new BuiltCertificate(number, after, bytes, LeafHash(bytes), CertificateHash(bytes), openings);
    }

    /// <summary>The certificate's leaf hash in the ledger's Merkle log: SHA-256(0x00 ‖ bytes) (docs/ledger.md §4.1).</summary>
    public static byte[] LeafHash(ReadOnlySpan<byte> certificate) => Hasher.LeafHash(certificate);

    /// <summary>SHA-256 of the certificate's bytes: what the asset's next certificate cites as <c>previousCertificateHash</c>.</summary>
    public static byte[] CertificateHash(ReadOnlySpan<byte> certificate) => SHA256.HashData(certificate);
}
