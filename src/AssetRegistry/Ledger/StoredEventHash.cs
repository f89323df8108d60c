using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AssetRegistry.Verification.Canonical;

namespace AssetRegistry.Ledger;

/// <summary>
/// The hash a certificate cites for the event it records: SHA-256 of the RFC 8785 canonical form of
/// <c>{"data": …, "stream": …, "type": …, "version": …}</c>, with <c>data</c> as PostgreSQL stores it. The
/// stored form, never an object read back through code, which an upcaster or a new serializer could change.
/// Issuance and the audit both compute it here, on <see cref="FastCanonicalJson"/>; the tests hold it to the
/// definition computed with <see cref="JsonCanonicalizer"/>.
/// </summary>
public static class StoredEventHash
{
    /// <param name="dataJson"><c>mt_events.data</c> as text.</param>
    public static byte[] Compute(string streamId, string type, long version, string dataJson)
    {
        ArgumentNullException.ThrowIfNull(dataJson);
        var buffer = ArrayPool<byte>.Shared.Rent(FastCanonicalJson.StrictUtf8.GetByteCount(dataJson));
        try
        {
            var length = FastCanonicalJson.StrictUtf8.GetBytes(dataJson, buffer);
            return Compute(streamId, type, version, buffer.AsMemory(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <param name="dataUtf8"><c>mt_events.data</c> as text, in UTF-8.</param>
    /// <exception cref="CanonicalJsonException">The data is not JSON that has a canonical form.</exception>
    public static byte[] Compute(string streamId, string type, long version, ReadOnlyMemory<byte> dataUtf8)
    {
        ArgumentNullException.ThrowIfNull(streamId);
        ArgumentNullException.ThrowIfNull(type);
        var output = new ArrayBufferWriter<byte>(dataUtf8.Length + 128);
        output.Write("{\"data\":"u8);
        try
        {
            using var data = JsonDocument.Parse(dataUtf8, FastCanonicalJson.StrictParsing);
            FastCanonicalJson.Write(data.RootElement, output);
        }
        catch (JsonException e)
        {
            throw new CanonicalJsonException($"The input is not a single JSON value without duplicate member names: {e.Message}", e);
        }

        output.Write(",\"stream\":"u8);
        FastCanonicalJson.WriteString(streamId, output);
        output.Write(",\"type\":"u8);
        FastCanonicalJson.WriteString(type, output);
        output.Write(",\"version\":"u8);
        output.Write(Encoding.ASCII.GetBytes(EcmaScriptNumber.Format(version)));
        output.Write("}"u8);
        return SHA256.HashData(output.WrittenSpan);
    }
}
