using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AssetRegistry.Verification.Canonical;
using AssetRegistry.Verification.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace AssetRegistry.Verification.Notes;

/// <summary>
/// A verifier key, a <i>vkey</i> of c2sp.org/signed-note: <c>name+hex(key ID)+base64(type ‖ public key)</c>. It knows
/// how its type signs, so it checks a signature line over a note's text. Types: Ed25519 (0x01), ECDSA P-256 (0x02,
/// public key a DER SubjectPublicKeyInfo, key ID from that alone), timestamped ML-DSA-44 (0x06, over the checkpoint's
/// first three lines) and SM2 (0xff followed by <see cref="Sm2Identifier"/>, then the DER SubjectPublicKeyInfo).
/// </summary>
public sealed class NoteVerifierKey
{
    /// <summary>The identifier after 0xff that names the registry's SM2-with-SM3 note signature (docs/ledger.md §14).</summary>
    public static ReadOnlySpan<byte> Sm2Identifier => "asset-registry/sm2-sm3/v1"u8;

    public const int Ed25519PublicKeyLength = 32;
    public const int MlDsa44PublicKeyLength = 1312;

    private readonly byte[] publicKey;
    private readonly Func<string, ReadOnlySpan<byte>, bool> verify;

    private NoteVerifierKey(string name, NoteSignatureType type, byte[] publicKey)
    {
        Name = name;
        Type = type;
        this.publicKey = publicKey;
        KeyId = KeyIdOf(name, type, publicKey);
        verify = type switch
        {
            NoteSignatureType.Ed25519 => VerifyEd25519,
            NoteSignatureType.Ecdsa => Prepared(CryptoProfile.EcdsaP256Sha256, publicKey),
            NoteSignatureType.MlDsa44 => VerifyMlDsa44,
            _ => Prepared(CryptoProfile.Sm2Sm3, publicKey.AsSpan(Sm2Identifier.Length).ToArray()),
        };
    }

    public string Name { get; }

    public NoteSignatureType Type { get; }

    public uint KeyId { get; }

    /// <summary>The key material after the type byte (for SM2, after the identifier too).</summary>
    public ReadOnlySpan<byte> PublicKey => Type == NoteSignatureType.Unassigned ? publicKey.AsSpan(Sm2Identifier.Length) : publicKey;

    /// <summary>What a human reads: the algorithm behind the type byte.</summary>
    public string Algorithm => Type switch
    {
        NoteSignatureType.Ed25519 => "Ed25519",
        NoteSignatureType.Ecdsa => "ECDSA-P256-SHA256",
        NoteSignatureType.MlDsa44 => "ML-DSA-44",
        _ => "SM2-SM3",
    };

    /// <summary>Whether a line's signature covers the note's extension lines (all types but ML-DSA-44's, which signs origin, size and root).</summary>
    public bool SignsExtensionLines => Type != NoteSignatureType.MlDsa44;

    public static NoteVerifierKey Ed25519(string name, ReadOnlySpan<byte> publicKey) =>
        publicKey.Length == Ed25519PublicKeyLength ? Create(name, NoteSignatureType.Ed25519, publicKey.ToArray())
            : throw new ArgumentException("An Ed25519 public key is 32 bytes.", nameof(publicKey));

    public static NoteVerifierKey Ecdsa(string name, ReadOnlySpan<byte> subjectPublicKeyInfo) => Create(name, NoteSignatureType.Ecdsa, subjectPublicKeyInfo.ToArray());

    public static NoteVerifierKey MlDsa44(string name, ReadOnlySpan<byte> publicKey) => Create(name, NoteSignatureType.MlDsa44, publicKey.ToArray());

    public static NoteVerifierKey Sm2(string name, ReadOnlySpan<byte> subjectPublicKeyInfo) =>
        Create(name, NoteSignatureType.Unassigned, [.. Sm2Identifier, .. subjectPublicKeyInfo]);

    private static NoteVerifierKey Create(string name, NoteSignatureType type, byte[] material)
    {
        if (!SignedNote.IsValidKeyName(name))
        {
            throw new ArgumentException($"'{name}' is not a note key name: non-empty, without spaces or '+'.", nameof(name));
        }

        if (Problem(type, material) is { } problem)
        {
            throw new ArgumentException(problem, nameof(material));
        }

        return new NoteVerifierKey(name, type, material);
    }

    private static string? Problem(NoteSignatureType type, byte[] material)
    {
        string? why = null;
        return type switch
        {
            NoteSignatureType.Ed25519 when material.Length != Ed25519PublicKeyLength => "An Ed25519 vkey holds a 32-byte public key.",
            NoteSignatureType.Ecdsa when !CryptoProfile.EcdsaP256Sha256.IsAcceptablePublicKey(material, out why) => $"Not a P-256 SubjectPublicKeyInfo: {why}.",
            NoteSignatureType.MlDsa44 when material.Length != MlDsa44PublicKeyLength => "An ML-DSA-44 vkey holds a 1312-byte public key.",
            NoteSignatureType.Unassigned when !material.AsSpan().StartsWith(Sm2Identifier) => "A 0xff vkey here is SM2: its identifier is asset-registry/sm2-sm3/v1.",
            NoteSignatureType.Unassigned when !CryptoProfile.Sm2Sm3.IsAcceptablePublicKey(material.AsSpan(Sm2Identifier.Length), out why) => $"Not an SM2 SubjectPublicKeyInfo: {why}.",
            NoteSignatureType.Ed25519 or NoteSignatureType.Ecdsa or NoteSignatureType.MlDsa44 or NoteSignatureType.Unassigned => null,
            _ => $"Signature type 0x{(byte)type:x2} is not one this verifier reads (0x01, 0x02, 0x06, 0xff).",
        };
    }

    /// <summary>
    /// c2sp.org/signed-note: SHA-256(name ‖ 0x0A ‖ type ‖ public key)[:4], big-endian; for type 0x02 SHA-256 of the DER
    /// SubjectPublicKeyInfo alone, as transparency-dev/witness computes it.
    /// </summary>
    public static uint KeyIdOf(string name, NoteSignatureType type, ReadOnlySpan<byte> material)
    {
        ArgumentNullException.ThrowIfNull(name);
        var hash = type == NoteSignatureType.Ecdsa
            ? SHA256.HashData(material)
            : SHA256.HashData([.. Encoding.UTF8.GetBytes(name), 0x0A, (byte)type, .. material]);
        return BinaryPrimitives.ReadUInt32BigEndian(hash);
    }

    /// <summary>Reads a vkey strictly: three parts, eight lowercase hex digits that are the key's own ID, standard base64.</summary>
    /// <exception cref="LedgerFormatException">Not a vkey of a type read here, or its ID is not its key's.</exception>
    public static NoteVerifierKey Parse(string vkey)
    {
        ArgumentNullException.ThrowIfNull(vkey);
        var parts = vkey.Split('+', 3);
        if (parts.Length != 3 || !SignedNote.IsValidKeyName(parts[0]))
        {
            throw new LedgerFormatException($"\"{vkey}\" is not a vkey: name+hex(key ID)+base64(type ‖ public key).");
        }

        if (parts[1].Length != 8 || !parts[1].All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f')
            || !StrictBase64.TryDecode(parts[2], out var bytes) || bytes.Length < 2)
        {
            throw new LedgerFormatException($"\"{vkey}\" is not a vkey: its key ID is 8 lowercase hex digits, its key standard base64 of a type byte and a key.");
        }

        var type = (NoteSignatureType)bytes[0];
        var material = bytes[1..];
        if (Problem(type, material) is { } problem)
        {
            throw new LedgerFormatException($"The vkey of {parts[0]}: {problem}");
        }

        var key = new NoteVerifierKey(parts[0], type, material);
        if (key.KeyId != uint.Parse(parts[1], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture))
        {
            throw new LedgerFormatException($"The vkey of {parts[0]} states key ID {parts[1]}; its key's ID is {key.KeyId:x8}.");
        }

        return key;
    }

    public override string ToString() => $"{Name}+{KeyId:x8}+{StrictBase64.Encode([(byte)Type, .. publicKey])}";

    /// <summary>Whether this key signed <paramref name="text"/> (the note's text) with this signature line's bytes; false for a line of another key.</summary>
    public bool Verifies(string text, NoteSignature line)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(line);
        return line.KeyName == Name && line.KeyId == KeyId && verify(text, line.Signature);
    }

    /// <summary>For a timestamped type (ML-DSA-44), the instant its signature states; null otherwise or when the line is too short to hold one.</summary>
    public DateTimeOffset? TimestampOf(NoteSignature line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (Type != NoteSignatureType.MlDsa44 || line.Signature.Length < 8)
        {
            return null;
        }

        var seconds = BinaryPrimitives.ReadUInt64BigEndian(line.Signature);
        return seconds <= (ulong)DateTimeOffset.MaxValue.ToUnixTimeSeconds() ? DateTimeOffset.FromUnixTimeSeconds((long)seconds) : DateTimeOffset.MaxValue;
    }

    private bool VerifyEd25519(string text, ReadOnlySpan<byte> signature)
    {
        if (signature.Length != 64)
        {
            return false;
        }

        var verifier = new Ed25519Signer();
        verifier.Init(false, new Ed25519PublicKeyParameters(publicKey));
        verifier.BlockUpdate(Encoding.UTF8.GetBytes(text));
        return verifier.VerifySignature(signature.ToArray());
    }

    private bool VerifyMlDsa44(string text, ReadOnlySpan<byte> signature)
    {
        if (signature.Length != 8 + MlDsa44CheckpointSignature.SignatureLength || !TlogCheckpoint.TryParse(text, out var checkpoint))
        {
            return false;
        }

        var message = MlDsa44CheckpointSignature.SignedMessage(Name, BinaryPrimitives.ReadUInt64BigEndian(signature), checkpoint);
        var verifier = new MLDsaSigner(MLDsaParameters.ml_dsa_44, deterministic: false);
        verifier.Init(false, MLDsaPublicKeyParameters.FromEncoding(MLDsaParameters.ml_dsa_44, publicKey));
        verifier.BlockUpdate(message);
        return verifier.VerifySignature(signature[8..].ToArray());
    }

    private static Func<string, ReadOnlySpan<byte>, bool> Prepared(CryptoProfile profile, byte[] subjectPublicKeyInfo)
    {
        profile.TryPrepare(subjectPublicKeyInfo, out var verifier, out _);
        return (text, signature) => verifier!.VerifySignature(Encoding.UTF8.GetBytes(text), signature);
    }
}
