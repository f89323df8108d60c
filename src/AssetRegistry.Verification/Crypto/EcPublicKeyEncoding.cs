using System.Diagnostics.CodeAnalysis;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Asn1.X9;

namespace AssetRegistry.Verification.Crypto;

/// <summary>
/// The one SubjectPublicKeyInfo encoding both profiles accept (RFC 5480 §2): DER, algorithm id-ecPublicKey,
/// parameters a named-curve OID, and the point uncompressed (SEC 1 §2.3.3, 0x04 ‖ X ‖ Y).
/// This is what .NET's <c>ECDsa.ExportSubjectPublicKeyInfo</c> and BouncyCastle write.
/// </summary>
internal static class EcPublicKeyEncoding
{
    private const int UncompressedPointLength = 65;

    public static bool IsCanonical(ReadOnlySpan<byte> subjectPublicKeyInfo, DerObjectIdentifier namedCurve, string curveName, [NotNullWhen(false)] out string? problem)
    {
        var info = TryDecode(subjectPublicKeyInfo.ToArray());
        if (info is null || !info.GetDerEncoded().AsSpan().SequenceEqual(subjectPublicKeyInfo))
        {
            problem = "the public key is not a DER-encoded SubjectPublicKeyInfo";
            return false;
        }

        if (!info.Algorithm.Algorithm.Equals(X9ObjectIdentifiers.IdECPublicKey))
        {
            problem = "the public key is not an elliptic-curve key (id-ecPublicKey)";
            return false;
        }

        if (info.Algorithm.Parameters is not DerObjectIdentifier curve || !curve.Equals(namedCurve))
        {
            problem = $"the public key is not on the named curve {curveName} ({namedCurve.Id})";
            return false;
        }

        var point = info.PublicKey.GetOctets();
        if (point.Length != UncompressedPointLength || point[0] != 0x04)
        {
            problem = "the public key's point is not in uncompressed form";
            return false;
        }

        problem = null;
        return true;
    }

    private static SubjectPublicKeyInfo? TryDecode(byte[] der)
    {
        try
        {
            return SubjectPublicKeyInfo.GetInstance(Asn1Object.FromByteArray(der));
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidCastException)
        {
            return null;
        }
    }
}
