using System.Globalization;
using System.Text;
using AssetRegistry.Verification.Canonical;

namespace AssetRegistry.Verification.Notes;

/// <summary>
/// A proof in the format of c2sp.org/tlog-proof@v1: the header line, an optional <c>extra</c> line (here the base64 of
/// the certificate's canonical bytes, so the file verifies on its own: the leaf hash binds it), the <c>index</c> line,
/// the inclusion proof one base64 hash a line, an empty line, and the checkpoint note verbatim.
/// </summary>
public sealed class TlogProof
{
    public const string Header = "c2sp.org/tlog-proof@v1";

    /// <summary>A file that begins so is a tlog-proof, whatever follows; anything else is judged as a bundle.</summary>
    public static bool LooksLikeOne(ReadOnlySpan<byte> file) => file.StartsWith(Encoding.ASCII.GetBytes(Header + "\n"));

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly byte[]? extra;

    /// <param name="checkpoint">The checkpoint note, verbatim (it is read as a signed note when the proof is verified).</param>
    public TlogProof(ReadOnlySpan<byte> extra, bool hasExtra, long index, IEnumerable<byte[]> inclusionProof, string checkpoint)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentNullException.ThrowIfNull(inclusionProof);
        ArgumentNullException.ThrowIfNull(checkpoint);
        this.extra = hasExtra ? extra.ToArray() : null;
        Index = index;
        InclusionProof = [.. inclusionProof];
        Checkpoint = checkpoint;
    }

    /// <summary>The proof of a certificate: its canonical bytes as the extra data.</summary>
    public static TlogProof OfCertificate(ReadOnlySpan<byte> canonicalCertificate, long index, IEnumerable<byte[]> inclusionProof, SignedNote checkpoint) =>
        new(canonicalCertificate, hasExtra: true, index, inclusionProof, (checkpoint ?? throw new ArgumentNullException(nameof(checkpoint))).ToString());

    /// <summary>The extra data, not authenticated by itself; null when the proof has no extra line.</summary>
    public byte[]? Extra => extra?.ToArray();

    public long Index { get; }

    public IReadOnlyList<byte[]> InclusionProof { get; }

    /// <summary>The checkpoint note as the file carries it.</summary>
    public string Checkpoint { get; }

    public override string ToString()
    {
        var text = new StringBuilder(Header).Append('\n');
        if (extra is not null)
        {
            text.Append("extra ").Append(StrictBase64.Encode(extra)).Append('\n');
        }

        text.Append("index ").Append(Index.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var hash in InclusionProof)
        {
            text.Append(StrictBase64.Encode(hash)).Append('\n');
        }

        return text.Append('\n').Append(Checkpoint).ToString();
    }

    public byte[] ToBytes() => StrictUtf8.GetBytes(ToString());

    /// <exception cref="LedgerFormatException">Not a tlog-proof (its checkpoint is read when it is verified).</exception>
    public static TlogProof Parse(ReadOnlySpan<byte> file)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(file);
        }
        catch (DecoderFallbackException e)
        {
            throw new LedgerFormatException("The tlog-proof is not valid UTF-8.", e);
        }

        if (!text.StartsWith(Header + "\n", StringComparison.Ordinal))
        {
            throw new LedgerFormatException($"A tlog-proof's first line is \"{Header}\".");
        }

        var split = text.IndexOf("\n\n", StringComparison.Ordinal);
        if (split < 0)
        {
            throw new LedgerFormatException("A tlog-proof has an empty line between its inclusion proof and its checkpoint.");
        }

        var lines = text[..split].Split('\n')[1..];
        var at = 0;
        byte[]? extra = null;
        if (lines[at].StartsWith("extra ", StringComparison.Ordinal))
        {
            if (!StrictBase64.TryDecode(lines[at][6..], out extra))
            {
                throw new LedgerFormatException("The tlog-proof's extra data is not standard base64.");
            }

            at++;
        }

        if (at >= lines.Length || !lines[at].StartsWith("index ", StringComparison.Ordinal)
            || !long.TryParse(lines[at][6..], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || index.ToString(CultureInfo.InvariantCulture) != lines[at][6..])
        {
            throw new LedgerFormatException("A tlog-proof's index line is \"index\", a space and a decimal number without leading zeroes.");
        }

        var proof = new List<byte[]>();
        foreach (var line in lines[(at + 1)..])
        {
            proof.Add(StrictBase64.TryDecode(line, out var hash) && hash.Length == 32 ? hash
                : throw new LedgerFormatException("Each inclusion proof line of a tlog-proof is the standard base64 of a SHA-256 hash."));
        }

        return new TlogProof(extra, extra is not null, index, proof, text[(split + 2)..]);
    }
}
