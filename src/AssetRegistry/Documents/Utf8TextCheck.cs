using System.Text;

namespace AssetRegistry.Documents;

/// <summary>
/// Checks, chunk by chunk as an upload streams in, that content is text: valid UTF-8 (a sequence may be split
/// across chunks) and no NUL byte, which no text file needs and which binary content almost always has.
/// </summary>
public sealed class Utf8TextCheck
{
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
    private readonly char[] _chars = new char[4096];

    /// <summary>Still text, as far as seen; once false it stays false and later chunks are not looked at.</summary>
    public bool IsText { get; private set; } = true;

    public void Append(ReadOnlySpan<byte> bytes)
    {
        if (IsText)
        {
            IsText = !bytes.Contains((byte)0) && Decodes(bytes, flush: false);
        }
    }

    /// <summary>The content has ended: a sequence cut off at the end is not text.</summary>
    public bool Complete()
    {
        if (IsText)
        {
            IsText = Decodes([], flush: true);
        }

        return IsText;
    }

    private bool Decodes(ReadOnlySpan<byte> bytes, bool flush)
    {
        try
        {
            // Each round decodes as much as the char buffer holds; a sequence cut at the chunk's end waits in the decoder.
            do
            {
                _decoder.Convert(bytes, _chars, flush, out var used, out _, out _);
                bytes = bytes[used..];
            }
            while (bytes.Length > 0);

            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
