using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using AssetRegistry.Tests.Infrastructure;
using Npgsql;

namespace AssetRegistry.Tests.Documents;

/// <summary>Documents to upload (each one new bytes, so tests never share a document) and the requests that carry them.</summary>
public static class DocumentTestData
{
    public static byte[] NewPdf(int bodyLength = 600) =>
        [.. "%PDF-1.7\n"u8, .. RandomNumberGenerator.GetBytes(bodyLength), .. "\n%%EOF\n"u8];

    public static byte[] NewPng() =>
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. RandomNumberGenerator.GetBytes(200)];

    public static byte[] NewCsv() => Encoding.UTF8.GetBytes($"资产名称,数量\n福建数据 {Guid.NewGuid()},42\n");

    public static string Sha256Of(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>A credit-code-like party code of its own for each test.</summary>
    public static string NewPartyCode() => $"9135{RandomNumberGenerator.GetInt32(100_000_000, 999_999_999)}M0001X";

    public static HttpRequestMessage Upload(byte[] content, string? mediaType, string? token, string field = "file")
    {
        var file = new ByteArrayContent(content);
        if (mediaType is not null)
        {
            file.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        }

        var form = new MultipartFormDataContent { { file, field, "upload.bin" } };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = form };
        return token is null ? request : request.WithToken(token);
    }

    public static HttpRequestMessage Read(string sha256, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/documents/{sha256}");
        return token is null ? request : request.WithToken(token);
    }

    public static async Task<long> CountStoredAsync(string connectionString, string sha256)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from registry.document_contents where sha256 = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = sha256 });
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
