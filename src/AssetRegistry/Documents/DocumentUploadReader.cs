using System.Security.Cryptography;
using AssetRegistry.Infrastructure.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace AssetRegistry.Documents;

/// <summary>
/// Reads the multipart upload as it streams in, without ASP.NET Core's form reader: the file is hashed,
/// counted against the limit, checked as text when declared as text, and buffered in one pass, so that an
/// upload over the limit is refused as soon as it passes it and 50 MB is never held in memory.
/// </summary>
public static class DocumentUploadReader
{
    public const string FileField = "file";

    // Beyond this an upload is buffered in a temporary file rather than in memory.
    private const int MemoryThreshold = 64 * 1024;
    private const int ChunkLength = 80 * 1024;
    private const int MaxBoundaryLength = 70; // RFC 2046 §5.1.1

    /// <summary>
    /// The one file in form field <c>file</c>. Throws <see cref="RequestValidationException"/> (400, naming
    /// <c>file</c>) when it is missing, empty, repeated or the body is not well-formed multipart;
    /// <see cref="UnsupportedDocumentTypeException"/> (415); <see cref="BadHttpRequestException"/> with 413 over
    /// <paramref name="maxBytes"/>, or 415 when the body is not multipart/form-data at all.
    /// </summary>
    public static async Task<ReceivedDocument> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellation)
    {
        var reader = new MultipartReader(BoundaryOf(request.ContentType), request.Body);
        ReceivedDocument? received = null;
        try
        {
            for (var section = await reader.ReadNextSectionAsync(cancellation); section is not null; section = await reader.ReadNextSectionAsync(cancellation))
            {
                if (!IsFileField(section))
                {
                    continue; // other fields are skipped: the next read drains them
                }

                if (received is not null)
                {
                    throw RequestValidationException.For(FileField, Refusals.OneFileOnly);
                }

                received = await ReceiveAsync(section, maxBytes, cancellation);
            }
        }
        catch (Exception malformed) when (malformed is InvalidDataException or IOException and not BadHttpRequestException)
        {
            await DisposeAsync(received);
            throw RequestValidationException.For(FileField, Refusals.NotMultipart);
        }
        catch
        {
            await DisposeAsync(received);
            throw;
        }

        return received ?? throw RequestValidationException.For(FileField, Refusals.Required);
    }

    private static async Task<ReceivedDocument> ReceiveAsync(MultipartSection section, long maxBytes, CancellationToken cancellation)
    {
        var declared = section.ContentType;
        if (!DocumentTypes.MayBeAccepted(declared))
        {
            throw UnsupportedDocumentTypeException.For(declared, bytesDisagree: false); // before reading a byte of it
        }

        var buffered = new FileBufferingReadStream(section.Body, MemoryThreshold);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var text = DocumentTypes.DeclaresText(declared) ? new Utf8TextCheck() : null;
            var head = new byte[DocumentTypes.HeadLength];
            var headLength = 0;
            var chunk = new byte[ChunkLength];
            long size = 0;
            int read;
            while ((read = await buffered.ReadAsync(chunk, cancellation)) > 0)
            {
                size += read;
                if (size > maxBytes)
                {
                    throw new Refusal(Refusals.PayloadTooLarge, ("max", maxBytes));
                }

                var bytes = chunk.AsSpan(0, read);
                hash.AppendData(bytes);
                text?.Append(bytes);
                var toHead = Math.Min(read, head.Length - headLength);
                bytes[..toHead].CopyTo(head.AsSpan(headLength));
                headLength += toHead;
            }

            if (size == 0)
            {
                throw RequestValidationException.For(FileField, Refusals.EmptyFile);
            }

            var mediaType = DocumentTypes.Recognise(declared, head.AsSpan(0, headLength), text?.Complete() ?? false)
                ?? throw UnsupportedDocumentTypeException.For(declared, bytesDisagree: true);
            buffered.Seek(0, SeekOrigin.Begin);
            return new ReceivedDocument(Sha256Fingerprint.Of(hash.GetHashAndReset()), size, mediaType, buffered);
        }
        catch
        {
            await buffered.DisposeAsync();
            throw;
        }
    }

    private static string BoundaryOf(string? contentType)
    {
        if (MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            && parsed.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            && HeaderUtilities.RemoveQuotes(parsed.Boundary).Value is { Length: > 0 and <= MaxBoundaryLength } boundary)
        {
            return boundary;
        }

        throw new BadHttpRequestException("Send the document as multipart/form-data, in the field 'file'.", StatusCodes.Status415UnsupportedMediaType);
    }

    private static bool IsFileField(MultipartSection section) =>
        ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
        && disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase)
        && HeaderUtilities.RemoveQuotes(disposition.Name).Equals(FileField, StringComparison.Ordinal);

    private static ValueTask DisposeAsync(ReceivedDocument? received) => received?.DisposeAsync() ?? ValueTask.CompletedTask;
}
