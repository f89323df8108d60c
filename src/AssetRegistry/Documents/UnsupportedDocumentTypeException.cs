namespace AssetRegistry.Documents;

/// <summary>An upload is not of a type the registry keeps, or its bytes are not what its declared type says (415).</summary>
public sealed class UnsupportedDocumentTypeException : Exception
{
    public UnsupportedDocumentTypeException(Sentence what)
        : base(Refusals.UnsupportedDocumentType.Detail.Render(Language.English, [("what", what)])) => What = what;

    public UnsupportedDocumentTypeException() : this(new Sentence("该文件不属于登记机构受理的类型。", "The file is not of a type the registry accepts.")) { }
    public UnsupportedDocumentTypeException(string message) : base(message) => What = new Sentence(message, message);
    public UnsupportedDocumentTypeException(string message, Exception inner) : base(message, inner) => What = new Sentence(message, message);

    /// <summary>What is wrong with the file, before the list of what is accepted.</summary>
    public Sentence What { get; }

    public static UnsupportedDocumentTypeException For(string? declared, bool bytesDisagree) => new(bytesDisagree
        ? string.IsNullOrWhiteSpace(declared) || declared.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase)
            ? new Sentence("该文件的内容不属于登记机构受理的任何类型。", "The file's bytes are not of any type the registry accepts.")
            : new Sentence($"该文件的内容与其声明的类型“{declared}”不符（文本须为不含 NUL 字节的 UTF-8）。",
                $"The file's bytes are not what its declared type '{declared}' says (text must be UTF-8 without NUL bytes).")
        : new Sentence($"“{declared}”不是登记机构受理的文件类型。", $"'{declared}' is not a type of document the registry accepts."));
}
