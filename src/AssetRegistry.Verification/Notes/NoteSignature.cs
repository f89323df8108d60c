using System.Buffers.Binary;
using AssetRegistry.Verification.Canonical;

namespace AssetRegistry.Verification.Notes;

/// <summary>
/// One signature line of a signed note (c2sp.org/signed-note): <c>— name base64(key ID ‖ signature)</c>. The key name
/// and the 32-bit key ID together name the key and its signature type; <see cref="Signature"/> is what follows the ID.
/// </summary>
public sealed class NoteSignature
{
    private readonly byte[] signature;

    public NoteSignature(string keyName, uint keyId, ReadOnlySpan<byte> signature)
    {
        if (!SignedNote.IsValidKeyName(keyName))
        {
            throw new ArgumentException($"'{keyName}' is not a note key name: non-empty, without spaces or '+'.", nameof(keyName));
        }

        if (signature.IsEmpty)
        {
            throw new ArgumentException("A note signature holds at least one byte after its key ID.", nameof(signature));
        }

        KeyName = keyName;
        KeyId = keyId;
        this.signature = signature.ToArray();
    }

    public string KeyName { get; }

    public uint KeyId { get; }

    /// <summary>The signature bytes after the 4-byte key ID.</summary>
    public ReadOnlySpan<byte> Signature => signature;

    /// <summary>The line as the note carries it, without its newline.</summary>
    public string ToLine()
    {
        var bytes = new byte[4 + signature.Length];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, KeyId);
        signature.CopyTo(bytes, 4);
        return $"{SignedNote.SignaturePrefix}{KeyName} {StrictBase64.Encode(bytes)}";
    }

    public override string ToString() => $"{KeyName}+{KeyId:x8}";
}
