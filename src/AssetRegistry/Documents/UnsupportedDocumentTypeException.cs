namespace AssetRegistry.Documents;

/// <summary>An upload is not of a type the registry keeps, or its bytes are not what its declared type says (415).</summary>
public sealed class UnsupportedDocumentTypeException : Exception
{
    public const string Code = "unsupported-document-type";

    public UnsupportedDocumentTypeException() : this("The file is not of a type the registry accepts.") { }
    public UnsupportedDocumentTypeException(string message) : base(message) { }
    public UnsupportedDocumentTypeException(string message, Exception inner) : base(message, inner) { }

    public static UnsupportedDocumentTypeException For(string? declared, bool bytesDisagree)
    {
        var what = bytesDisagree
            ? string.IsNullOrWhiteSpace(declared) || declared.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase)
                ? "The file's bytes are not of any type the registry accepts."
                : $"The file's bytes are not what its declared type '{declared}' says (text must be UTF-8 without NUL bytes)."
            : $"'{declared}' is not a type of document the registry accepts.";
        return new UnsupportedDocumentTypeException(
            $"{what} Accepted: PDF; PNG, JPEG, GIF, TIFF and WebP images; UTF-8 text (plain, CSV, JSON); zip (including Office documents), gzip, 7z, rar and tar archives.");
    }
}
