using System.Text.Json;

namespace AssetRegistry.Ledger.Audit;

/// <summary>
/// A certificate's stored text is exactly its own canonical form, its stored hashes are the ones
/// <see cref="CertificateBuilder"/> gives those bytes, and it is the certificate its row says: same number, same
/// asset, and a <c>previousCertificateHash</c> that is a string or null. The canonical form is decided in one pass
/// over the bytes (<see cref="CanonicalCertificate"/>, held by the tests to the library's canonicalizer), without
/// writing it out. Needs nothing but the row, so it runs for many certificates at once.
/// </summary>
internal static class StoredCertificateCheck
{
    /// <summary>What is wrong with the stored certificate, or null and what its text states.</summary>
    public static AuditFinding? Check(AuditedLeaf leaf, out CanonicalCertificate? certificate)
    {
        var bytes = leaf.Certificate;
        try
        {
            certificate = CanonicalCertificate.Read(bytes);
        }
        catch (JsonException e)
        {
            certificate = null;
            return new(AuditFailure.CertificateNotJson, $"{leaf.Named}: stored text is not JSON: {e.Message}");
        }

        if (certificate is null)
        {
            return new(AuditFailure.CertificateNotCanonical, $"{leaf.Named}: stored text is not its canonical form");
        }

        if (!CertificateBuilder.CertificateHash(bytes).AsSpan().SequenceEqual(leaf.CertificateHash))
        {
            return new(AuditFailure.CertificateHashDiffers, $"{leaf.Named}: stored certificate_hash is not the SHA-256 of its text");
        }

        if (!CertificateBuilder.LeafHash(bytes).AsSpan().SequenceEqual(leaf.LeafHash))
        {
            return new(AuditFailure.LeafHashDiffers, $"{leaf.Named}: stored leaf_hash is not the leaf hash of its text");
        }

        if (!certificate.IsObject)
        {
            return new(AuditFailure.CertificateNotAnObject, $"{leaf.Named}: is not a JSON object");
        }

        if (!string.Equals(certificate.CertificateNumber, leaf.CertificateNumber, StringComparison.Ordinal))
        {
            return new(AuditFailure.CertificateNumberDiffers, $"{leaf.Named}: states certificate number {certificate.CertificateNumber ?? "(none)"}");
        }

        if (certificate.RegistrationNumber is not { } registrationNumber)
        {
            return new(AuditFailure.RegistrationNumberMissing, $"{leaf.Named}: states no asset.registrationNumber");
        }

        if (!string.Equals(registrationNumber, leaf.RegistrationNumber, StringComparison.Ordinal))
        {
            return new(AuditFailure.RegistrationNumberDiffers, $"{leaf.Named}: is about asset {registrationNumber}, its row files it under {leaf.RegistrationNumber}");
        }

        return certificate.PreviousKind is JsonTokenType.Null or JsonTokenType.String
            ? null
            : new(AuditFailure.PreviousHashMalformed, $"{leaf.Named}: previousCertificateHash must be present, a string or null");
    }

    /// <summary>
    /// What a certificate gets when checking it alone threw: a row the checks were not written for is named, rather
    /// than ending the audit without a verdict.
    /// </summary>
    public static AuditFinding Unreadable(AuditedLeaf leaf, Exception exception) =>
        new(AuditFailure.CertificateUnreadable, $"{leaf.Named}: cannot be read: {exception.Message}");
}
