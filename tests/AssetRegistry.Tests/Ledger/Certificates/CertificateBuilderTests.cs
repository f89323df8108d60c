using System.Text;
using AssetRegistry.Assets;
using AssetRegistry.Infrastructure.Identity;
using AssetRegistry.InitialRegistration;
using AssetRegistry.Ledger;
using AssetRegistry.Validity;
using AssetRegistry.Verification.Canonical;
using AssetRegistry.Verification.Commitments;
using AssetRegistry.Verification.Crypto;
using JasperFx.Events;
using V = AssetRegistry.Tests.Ledger.Certificates.CertificateVectorInputs;

namespace AssetRegistry.Tests.Ledger.Certificates;

/// <summary>
/// A certificate's bytes are a function of its inputs. <c>certificate-vectors.jcs</c> holds, one a line, the certificates
/// of <see cref="CertificateVectorInputs"/> as the issuer wrote them before it had a builder of its own: any change to a
/// certificate's bytes, of any kind, shows here.
/// </summary>
public sealed class CertificateBuilderTests
{
    public static readonly RegistryIdentity Registry = new(V.RegistryName, V.RegistryCode, "ledger.szde.example.cn", new Uri("https://registry.szde.example.cn/"));

    [Fact]
    public void every_registration_kind_is_built_into_the_bytes_the_vectors_pin()
    {
        var expected = File.ReadAllLines(VectorsFile(), Encoding.UTF8);
        var built = BuildAll().Select(c => Encoding.UTF8.GetString(c.Bytes)).ToArray();

        Assert.Equal(expected.Length, built.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(expected[i] == built[i], $"certificate {i}:\nexpected {expected[i]}\nbuilt    {built[i]}");
        }

        // Not vacuous: every kind is in the vectors. A new kind adds its event at the end of CertificateVectorInputs and its
        // certificate as the last line of the vectors, so that no earlier certificate changes.
        var missing = RegistrationKinds.EventTypes.Except(V.Events().Select(e => e.Data.GetType())).Select(t => t.Name);
        Assert.True(!missing.Any(), $"No vector of: {string.Join(", ", missing)}.");
    }

    [Fact]
    public void the_bytes_are_their_own_canonical_form_and_the_hashes_are_of_those_bytes()
    {
        foreach (var certificate in BuildAll())
        {
            Assert.Equal(certificate.Bytes, JsonCanonicalizer.Canonicalize(certificate.Bytes));
            Assert.Equal(CertificateBuilder.LeafHash(certificate.Bytes), certificate.LeafHash);
            Assert.Equal(System.Security.Cryptography.SHA256.HashData(certificate.Bytes), certificate.CertificateHash);
        }
    }

    [Fact]
    public void each_commitment_is_opened_by_the_salt_and_value_the_certificate_hands_out()
    {
        var first = BuildAll()[0];
        var commitments = System.Text.Json.Nodes.JsonNode.Parse(first.Bytes)!["commitments"]!.AsObject();

        Assert.Equal(["reviewReport", "reviewReportDocument", "sampleData"], first.Openings.Select(o => o.Field));
        foreach (var opening in first.Openings)
        {
            Assert.Equal(V.Salt(0, opening.Field), opening.Salt);
            Assert.True(SaltedCommitment.Opens(opening.Value, opening.Salt, Convert.FromBase64String(commitments[opening.Field]!.GetValue<string>()), HashFunction.Sha256));
        }
    }

    [Fact]
    public void an_event_that_completes_no_registration_has_no_certificate()
    {
        var registered = V.Events()[0];
        var asset = Asset.Create((AssetRegistered)registered.Data);
        var expired = new Event<RegistrationExpired>(new RegistrationExpired(asset.Id, asset.ValidUntil, asset.ValidUntil)) { StreamKey = asset.Id, Version = 2, Sequence = 9 };

        Assert.False(CertificateBuilder.Certifies(expired.Data));
        Assert.Throws<ArgumentException>(() => CertificateBuilder.Build(asset, expired, new CertificateCitation(0, new byte[32], null, asset.ValidUntil), Registry, _ => new byte[32]));
    }

    /// <summary>The vectors' certificates in ledger order, each asset's chained to its previous one, as issuance chains them.</summary>
    public static List<BuiltCertificate> BuildAll()
    {
        var built = new List<BuiltCertificate>();
        var last = new Dictionary<string, BuiltCertificate>();
        foreach (var @event in V.Events())
        {
            var leafIndex = built.Count;
            var previous = last.GetValueOrDefault(@event.StreamKey!);
            var citation = new CertificateCitation(leafIndex, V.StoredEventHash(@event.Sequence),
                previous is null ? null : Convert.ToBase64String(previous.CertificateHash), V.IssuedAt(leafIndex));
            var certificate = CertificateBuilder.Build(previous?.Asset, @event, citation, Registry, field => V.Salt(leafIndex, field));
            last[@event.StreamKey!] = certificate;
            built.Add(certificate);
        }

        return built;
    }

    private static string VectorsFile()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AssetRegistry.sln")))
            {
                return Path.Combine(folder.FullName, "tests", "AssetRegistry.Tests", "Ledger", "Certificates", "certificate-vectors.jcs");
            }
        }

        throw new DirectoryNotFoundException("The repository root (AssetRegistry.sln) is not above the test's folder.");
    }
}
