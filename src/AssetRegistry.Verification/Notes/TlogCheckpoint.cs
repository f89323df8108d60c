using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using AssetRegistry.Verification.Canonical;

namespace AssetRegistry.Verification.Notes;

/// <summary>
/// The text of a checkpoint note (c2sp.org/tlog-checkpoint@v1): the origin line, the tree size in decimal without leading
/// zeroes, the root hash in base64, then extension lines. The registry writes one extension line, <see cref="IssuedAtPrefix"/>
/// and the instant of docs/ledger.md §2: the <c>issuedAt</c> of the JSON checkpoint of the same tree.
/// </summary>
public sealed class TlogCheckpoint
{
    /// <summary>The extension line that carries the checkpoint's date: <c>issuedAt 2026-03-03T09:00:00.123456Z</c>.</summary>
    public const string IssuedAtPrefix = "issuedAt ";

    private readonly byte[] rootHash;

    public TlogCheckpoint(string origin, long treeSize, ReadOnlySpan<byte> rootHash, IEnumerable<string>? extensions = null)
    {
        if (string.IsNullOrEmpty(origin) || origin.Any(c => c < ' '))
        {
            throw new ArgumentException("A checkpoint's origin is a non-empty line.", nameof(origin));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(treeSize);
        Origin = origin;
        TreeSize = treeSize;
        this.rootHash = rootHash.ToArray();
        Extensions = [.. extensions ?? []];
        if (Extensions.Any(e => e.Length == 0 || e.Any(c => c < ' ')))
        {
            throw new ArgumentException("Extension lines are non-empty lines.", nameof(extensions));
        }
    }

    /// <summary>A checkpoint as the registry signs it: with its <c>issuedAt</c> extension line.</summary>
    public static TlogCheckpoint Dated(string origin, long treeSize, ReadOnlySpan<byte> rootHash, DateTimeOffset issuedAt) =>
        new(origin, treeSize, rootHash, [IssuedAtPrefix + CanonicalInstant.Format(issuedAt)]);

    public string Origin { get; }

    public long TreeSize { get; }

    public ReadOnlySpan<byte> RootHash => rootHash;

    public IReadOnlyList<string> Extensions { get; }

    /// <summary>The instant of the <c>issuedAt</c> extension line, when there is exactly one and it is in the one spelling of docs/ledger.md §2.</summary>
    public DateTimeOffset? IssuedAt
    {
        get
        {
            var lines = Extensions.Where(e => e.StartsWith(IssuedAtPrefix, StringComparison.Ordinal)).ToList();
            return lines.Count == 1 && CanonicalInstant.TryParse(lines[0][IssuedAtPrefix.Length..], out var at) ? at : null;
        }
    }

    /// <summary>The note text: each line ended by a newline.</summary>
    public string ToText() =>
        string.Concat(new[] { Origin, TreeSize.ToString(CultureInfo.InvariantCulture), StrictBase64.Encode(rootHash) }.Concat(Extensions).Select(l => l + "\n"));

    public static bool TryParse(string text, [NotNullWhen(true)] out TlogCheckpoint? checkpoint)
    {
        try
        {
            checkpoint = Parse(text);
            return true;
        }
        catch (LedgerFormatException)
        {
            checkpoint = null;
            return false;
        }
    }

    /// <exception cref="LedgerFormatException">Not the text of a checkpoint.</exception>
    public static TlogCheckpoint Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.EndsWith('\n'))
        {
            throw new LedgerFormatException("A checkpoint's text ends with a newline.");
        }

        var lines = text[..^1].Split('\n');
        if (lines.Length < 3 || lines.Any(l => l.Length == 0))
        {
            throw new LedgerFormatException("A checkpoint's text is at least three non-empty lines: origin, tree size, root hash.");
        }

        if (!long.TryParse(lines[1], NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size.ToString(CultureInfo.InvariantCulture) != lines[1])
        {
            throw new LedgerFormatException($"The checkpoint's tree size \"{lines[1]}\" is not a decimal number without leading zeroes.");
        }

        if (!StrictBase64.TryDecode(lines[2], out var root) || root.Length != 32)
        {
            throw new LedgerFormatException("The checkpoint's root hash is not the standard base64 of 32 bytes.");
        }

        return new TlogCheckpoint(lines[0], size, root, lines[3..]);
    }
}
