using System.Buffers.Binary;
using System.Text;

namespace AssetRegistry.Verification.Notes;

/// <summary>
/// What a timestamped ML-DSA-44 checkpoint signature (c2sp.org/tlog-cosignature, type 0x06) signs: the
/// <c>cosigned_message</c> — label <c>subtree/v1\n\0</c>, the signer's name, the timestamp, the log's origin, start 0,
/// end the tree size, the root hash — so neither extension lines nor anything else of the note text. The line carries
/// the 8-byte big-endian timestamp, then the 2420-byte signature (FIPS 204 ML-DSA, empty context).
/// </summary>
public static class MlDsa44CheckpointSignature
{
    public const int SignatureLength = 2420;

    private static ReadOnlySpan<byte> Label => "subtree/v1\n\0"u8;

    public static byte[] SignedMessage(string signerName, ulong timestamp, TlogCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(signerName);
        ArgumentNullException.ThrowIfNull(checkpoint);
        var name = Encoding.UTF8.GetBytes(signerName);
        var origin = Encoding.UTF8.GetBytes(checkpoint.Origin);
        if (name.Length is 0 or > 255 || origin.Length is 0 or > 255)
        {
            throw new ArgumentException("The signer's name and the log's origin are 1 to 255 bytes in an ML-DSA-44 checkpoint signature.", nameof(checkpoint));
        }

        var message = new byte[Label.Length + 1 + name.Length + 8 + 1 + origin.Length + 8 + 8 + checkpoint.RootHash.Length];
        var at = 0;
        Label.CopyTo(message);
        at += Label.Length;
        message[at++] = (byte)name.Length;
        name.CopyTo(message, at);
        at += name.Length;
        BinaryPrimitives.WriteUInt64BigEndian(message.AsSpan(at), timestamp);
        at += 8;
        message[at++] = (byte)origin.Length;
        origin.CopyTo(message, at);
        at += origin.Length;
        BinaryPrimitives.WriteUInt64BigEndian(message.AsSpan(at), 0);
        at += 8;
        BinaryPrimitives.WriteUInt64BigEndian(message.AsSpan(at), (ulong)checkpoint.TreeSize);
        at += 8;
        checkpoint.RootHash.CopyTo(message.AsSpan(at));
        return message;
    }
}
