namespace AssetRegistry.Documents;

/// <summary>
/// An uploaded file, read to its end and checked: its fingerprint, size and recognised media type, and its
/// bytes buffered (in memory while small, else in a temporary file that disposing deletes), positioned at the
/// start so that they can be streamed on into the database.
/// </summary>
public sealed class ReceivedDocument(Sha256Fingerprint fingerprint, long size, string mediaType, Stream content) : IAsyncDisposable
{
    public Sha256Fingerprint Fingerprint { get; } = fingerprint;
    public long Size { get; } = size;
    public string MediaType { get; } = mediaType;
    public Stream Content { get; } = content;

    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
