using System.Buffers.Binary;
using System.Text;
using AssetRegistry.Verification.Canonical;

namespace AssetRegistry.Verification.Notes;

/// <summary>
/// A signed note (c2sp.org/signed-note@v1): a text ending in a newline, a blank line, then one or more signature lines.
/// Read strictly: valid UTF-8, no control character but the newline, the text separated from the signatures by the
/// last blank line, each signature line <c>— name base64</c> with a well-formed name and standard padded base64.
/// </summary>
public sealed class SignedNote
{
    /// <summary>The em dash (U+2014) and a space that begin every signature line.</summary>
    public const string SignaturePrefix = "\u2014 ";

    /// <summary>
    /// The most signature lines a note may carry here. The specification asks verifiers to accept at least 16 and to
    /// limit the rest; an ML-DSA-44 line is over 3 kB, so this also bounds a note near 200 kB.
    /// </summary>
    public const int MaxSignatures = 64;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public SignedNote(string text, IEnumerable<NoteSignature> signatures)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(signatures);
        if (!text.EndsWith('\n') || text.Any(c => c < ' ' && c != '\n'))
        {
            throw new ArgumentException("A note's text ends in a newline and holds no control character but newlines.", nameof(text));
        }

        Text = text;
        Signatures = [.. signatures];
        if (Signatures.Count is 0 or > MaxSignatures)
        {
            throw new ArgumentException($"A note has 1 to {MaxSignatures} signatures.", nameof(signatures));
        }
    }

    /// <summary>The signed text, with its final newline, without the blank line that follows it.</summary>
    public string Text { get; }

    public IReadOnlyList<NoteSignature> Signatures { get; }

    /// <summary>The note as sent: the text, a blank line, one signature a line.</summary>
    public override string ToString() => Text + "\n" + string.Concat(Signatures.Select(s => s.ToLine() + "\n"));

    public byte[] ToBytes() => StrictUtf8.GetBytes(ToString());

    /// <summary>Key names are non-empty and hold no Unicode space and no '+'.</summary>
    public static bool IsValidKeyName(string? name) =>
        !string.IsNullOrEmpty(name) && !name.Any(c => char.IsWhiteSpace(c) || c == '+') && !name.Any(char.IsControl);

    /// <exception cref="LedgerFormatException">Not a signed note.</exception>
    public static SignedNote Parse(ReadOnlySpan<byte> utf8)
    {
        string note;
        try
        {
            note = StrictUtf8.GetString(utf8);
        }
        catch (DecoderFallbackException e)
        {
            throw new LedgerFormatException("The note is not valid UTF-8.", e);
        }

        return Parse(note);
    }

    /// <exception cref="LedgerFormatException">Not a signed note.</exception>
    public static SignedNote Parse(string note)
    {
        ArgumentNullException.ThrowIfNull(note);
        if (note.Any(c => c < ' ' && c != '\n'))
        {
            throw new LedgerFormatException("The note holds a control character other than newline.");
        }

        if (note.Any(char.IsSurrogate) && !IsWellFormed(note))
        {
            throw new LedgerFormatException("The note holds a lone surrogate, so it is not UTF-8 text.");
        }

        var split = note.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (split < 0)
        {
            throw new LedgerFormatException("The note has no blank line between its text and its signatures.");
        }

        var text = note[..(split + 1)];
        var block = note[(split + 2)..];
        if (block.Length == 0 || !block.EndsWith('\n'))
        {
            throw new LedgerFormatException("The note's signature lines must be present and end with a newline.");
        }

        var lines = block[..^1].Split('\n');
        if (lines.Length > MaxSignatures)
        {
            throw new LedgerFormatException($"The note has {lines.Length} signatures; at most {MaxSignatures} are read.");
        }

        return new SignedNote(text, lines.Select(ParseSignatureLine));
    }

    private static NoteSignature ParseSignatureLine(string line)
    {
        if (!line.StartsWith(SignaturePrefix, StringComparison.Ordinal))
        {
            throw new LedgerFormatException($"A note signature line begins with an em dash and a space: \"{Shorten(line)}\".");
        }

        var rest = line[SignaturePrefix.Length..];
        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        var name = space < 0 ? rest : rest[..space];
        var base64 = space < 0 ? "" : rest[(space + 1)..];
        if (!IsValidKeyName(name))
        {
            throw new LedgerFormatException($"\"{Shorten(name)}\" is not a note key name: non-empty, without spaces or '+'.");
        }

        if (!StrictBase64.TryDecode(base64, out var bytes) || bytes.Length < 5)
        {
            throw new LedgerFormatException($"The signature of key {name} is not standard base64 of a key ID and a signature.");
        }

        return new NoteSignature(name, BinaryPrimitives.ReadUInt32BigEndian(bytes), bytes.AsSpan(4));
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
