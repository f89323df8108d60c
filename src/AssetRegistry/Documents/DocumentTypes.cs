using Microsoft.Net.Http.Headers;

namespace AssetRegistry.Documents;

/// <summary>
/// What may be uploaded: PDF, images, UTF-8 text and archives — each recognised by its declared media type
/// <em>and</em> its leading bytes (magic numbers), so that a renamed executable is not stored as a PDF.
/// Text has no magic number; it must be valid UTF-8 without NUL bytes. A part declared as
/// <c>application/octet-stream</c>, or not declared at all (some browsers send that for <c>.7z</c> or
/// <c>.rar</c>), is recognised from its bytes alone — never as text, which bytes cannot prove.
/// </summary>
public static class DocumentTypes
{
    /// <summary>How many leading bytes recognition looks at (a tar header names itself at offset 257).</summary>
    public const int HeadLength = 512;

    private delegate bool Signature(ReadOnlySpan<byte> head);

    private sealed record Kind(string MediaType, Signature? Magic)
    {
        public bool IsText => Magic is null;

        public bool Matches(ReadOnlySpan<byte> head, bool isUtf8Text) => Magic is null ? isUtf8Text : Magic(head);
    }

    private static readonly Signature Zip = head => head.StartsWith("PK\x03\x04"u8) || head.StartsWith("PK\x05\x06"u8);

    // Order matters when recognising from bytes alone: the first kind whose magic matches names the content.
    private static readonly Kind[] Known =
    [
        new("application/pdf", head => head.StartsWith("%PDF-"u8)),
        new("image/png", head => head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])),
        new("image/jpeg", head => head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])),
        new("image/gif", head => head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8)),
        new("image/tiff", head => head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8)),
        new("image/webp", head => head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)),
        new("application/zip", Zip),
        new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Zip),
        new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Zip),
        new("application/vnd.openxmlformats-officedocument.presentationml.presentation", Zip),
        new("application/vnd.oasis.opendocument.text", Zip),
        new("application/vnd.oasis.opendocument.spreadsheet", Zip),
        new("application/gzip", head => head.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B])),
        new("application/x-7z-compressed", head => head.StartsWith((ReadOnlySpan<byte>)[0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C])),
        new("application/vnd.rar", head => head.StartsWith("Rar!\x1A\x07\x00"u8) || head.StartsWith("Rar!\x1A\x07\x01\x00"u8)),
        new("application/x-tar", head => head.Length >= 262 && head[257..262].SequenceEqual("ustar"u8)),
        new("text/plain", null),
        new("text/csv", null),
        new("application/json", null),
    ];

    /// <summary>Other names clients use for the same types; the stored media type is the standard one.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["image/jpg"] = "image/jpeg",
        ["image/pjpeg"] = "image/jpeg",
        ["application/x-zip-compressed"] = "application/zip",
        ["application/x-zip"] = "application/zip",
        ["application/x-gzip"] = "application/gzip",
        ["application/x-rar-compressed"] = "application/vnd.rar",
        ["application/x-rar"] = "application/vnd.rar",
        ["application/x-gtar"] = "application/x-tar",
    };

    /// <summary>Whether a part declared as <paramref name="declared"/> could be accepted at all; false refuses it before its bytes are read.</summary>
    public static bool MayBeAccepted(string? declared) => !Declare(declared).Refused;

    /// <summary>Whether the content must be checked as UTF-8 text (it is declared as text).</summary>
    public static bool DeclaresText(string? declared) => Declare(declared).Kind?.IsText == true;

    /// <summary>
    /// The media type to store the content under, or null when it is of no accepted type or its bytes
    /// disagree with its declared type.
    /// </summary>
    public static string? Recognise(string? declared, ReadOnlySpan<byte> head, bool isUtf8Text)
    {
        var declaration = Declare(declared);
        if (declaration.Refused)
        {
            return null;
        }

        if (declaration.Kind is { } kind)
        {
            return kind.Matches(head, isUtf8Text) ? kind.MediaType : null;
        }

        foreach (var candidate in Known)
        {
            if (!candidate.IsText && candidate.Matches(head, isUtf8Text: false))
            {
                return candidate.MediaType;
            }
        }

        return null;
    }

    /// <summary>Whether a stored media type is text (served with <c>charset=utf-8</c>).</summary>
    public static bool IsText(string mediaType) => Known.Any(kind => kind.IsText && kind.MediaType == mediaType);

    private readonly record struct Declaration(Kind? Kind, bool Refused);

    private static Declaration Declare(string? declared)
    {
        if (string.IsNullOrWhiteSpace(declared))
        {
            return new Declaration(null, Refused: false);
        }

        if (!MediaTypeHeaderValue.TryParse(declared, out var parsed) || parsed.MediaType.Value is not { } essence)
        {
            return new Declaration(null, Refused: true);
        }

        essence = essence.ToLowerInvariant();
        if (essence == "application/octet-stream")
        {
            return new Declaration(null, Refused: false);
        }

        essence = Aliases.GetValueOrDefault(essence, essence);
        var kind = Array.Find(Known, known => known.MediaType == essence);
        if (kind is null)
        {
            return new Declaration(null, Refused: true);
        }

        // Text is stored and served as UTF-8: another declared charset would be served wrongly.
        var charset = parsed.Charset.Value;
        if (kind.IsText && charset is not null
            && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase))
        {
            return new Declaration(null, Refused: true);
        }

        return new Declaration(kind, Refused: false);
    }
}
