using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Security;

namespace AssetRegistry.Verification.Notes;

/// <summary>PKCS#8 (RFC 5208) private keys in PEM, the form the registry's keys are configured in.</summary>
internal static class PrivateKeys
{
    public static AsymmetricKeyParameter FromPem(string pem)
    {
        ArgumentNullException.ThrowIfNull(pem);
        var fields = System.Security.Cryptography.PemEncoding.Find(pem);
        if (!pem[fields.Label].Equals("PRIVATE KEY", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Expected an unencrypted PKCS#8 \"PRIVATE KEY\" PEM, not \"{pem[fields.Label]}\".", nameof(pem));
        }

        return PrivateKeyFactory.CreateKey(Convert.FromBase64String(pem[fields.Base64Data]));
    }

    public static string ToPem(byte[] privateKeyInfo) => new(System.Security.Cryptography.PemEncoding.Write("PRIVATE KEY", privateKeyInfo));
}
