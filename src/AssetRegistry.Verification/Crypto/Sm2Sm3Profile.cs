using System.Diagnostics.CodeAnalysis;
using Org.BouncyCastle.Asn1.GM;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;

namespace AssetRegistry.Verification.Crypto;

/// <summary>
/// SM2 signatures (GB/T 32918.2-2016) with SM3 (GB/T 32905-2016) on the curve sm2p256v1 (OID
/// 1.2.156.10197.1.301), signatures DER-encoded as SEQUENCE { r INTEGER, s INTEGER }, the signature
/// format of the SM2 usage specification (GB/T 35276-2017, formerly GM/T 0009-2012).
/// </summary>
internal sealed class Sm2Sm3Profile : CryptoProfile
{
    /// <summary>
    /// The signer's distinguishing identifier, hashed into Z_A (GB/T 32918.2). The SM2 usage specification
    /// (GB/T 35276-2017, GM/T 0009-2012) fixes this default when none was agreed; both sides must use the same bytes.
    /// </summary>
    internal static ReadOnlySpan<byte> DistinguishingId => "1234567812345678"u8;

    internal const string SignerName = "SM3withSM2";

    public override string Algorithm => "SM2-SM3";

    public override HashFunction Hash => HashFunction.Sm3;

    public override bool IsAcceptablePublicKey(ReadOnlySpan<byte> subjectPublicKeyInfo, [NotNullWhen(false)] out string? problem)
    {
        if (!EcPublicKeyEncoding.IsCanonical(subjectPublicKeyInfo, GMObjectIdentifiers.sm2p256v1, "sm2p256v1", out problem))
        {
            return false;
        }

        problem = TryImport(subjectPublicKeyInfo) is null ? "the public key's point is not on sm2p256v1" : null;
        return problem is null;
    }

    public override bool VerifySignature(ReadOnlySpan<byte> subjectPublicKeyInfo, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        if (!IsAcceptablePublicKey(subjectPublicKeyInfo, out _))
        {
            return false;
        }

        var signer = SignerUtilities.GetSigner(SignerName);
        signer.Init(false, new ParametersWithID(TryImport(subjectPublicKeyInfo)!, DistinguishingId.ToArray()));
        signer.BlockUpdate(message);

        // BouncyCastle's SM2 signer decodes strictly (DER, 0 < r, s < n) and answers false for anything else.
        return signer.VerifySignature(signature.ToArray());
    }

    private static ECPublicKeyParameters? TryImport(ReadOnlySpan<byte> subjectPublicKeyInfo)
    {
        try
        {
            // The ECPublicKeyParameters constructor rejects points that are not on the curve.
            return PublicKeyFactory.CreateKey(subjectPublicKeyInfo.ToArray()) as ECPublicKeyParameters;
        }
        catch (Exception e) when (e is ArgumentException or IOException or InvalidCastException)
        {
            return null;
        }
    }
}
