using System.Text;
using AssetRegistry.Documents;

namespace AssetRegistry.Tests.Documents;

/// <summary>The fingerprint's form, and how content is recognised from its declared type and leading bytes.</summary>
public sealed class DocumentRecognitionTests
{
    [Fact]
    public void a_fingerprint_is_64_hex_digits_in_either_case_kept_in_lowercase()
    {
        var upper = new string('A', 32) + new string('0', 32);

        Assert.True(Sha256Fingerprint.TryParse(upper, out var fingerprint));
        Assert.Equal(upper.ToLowerInvariant(), fingerprint.Value);
        Assert.Equal($"\"{upper.ToLowerInvariant()}\"", fingerprint.ETag);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0000")]
    [InlineData(" 000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("g000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("０000000000000000000000000000000000000000000000000000000000000000")]
    public void anything_else_is_not_a_fingerprint(string? text)
    {
        Assert.False(Sha256Fingerprint.TryParse(text, out _));
    }

    private static byte[] Bytes(params byte[] head) => [.. head, .. new byte[600]];

    private static byte[] Tar()
    {
        var header = new byte[600];
        "ustar"u8.CopyTo(header.AsSpan(257));
        return header;
    }

    public static TheoryData<string, byte[], string> Recognised => new()
    {
        { "application/pdf", "%PDF-1.4\n"u8.ToArray(), "application/pdf" },
        { "image/jpeg", Bytes(0xFF, 0xD8, 0xFF, 0xE0), "image/jpeg" },
        { "image/jpg", Bytes(0xFF, 0xD8, 0xFF, 0xE1), "image/jpeg" },
        { "image/gif", "GIF89a...."u8.ToArray(), "image/gif" },
        { "image/tiff", Bytes((byte)'I', (byte)'I', 42, 0), "image/tiff" },
        { "image/tiff", Bytes((byte)'M', (byte)'M', 0, 42), "image/tiff" },
        { "image/webp", "RIFF\x10\0\0\0WEBPVP8 "u8.ToArray(), "image/webp" },
        { "application/zip", Bytes(0x50, 0x4B, 0x03, 0x04), "application/zip" },
        { "application/x-zip-compressed", Bytes(0x50, 0x4B, 0x03, 0x04), "application/zip" },
        { "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Bytes(0x50, 0x4B, 0x03, 0x04), "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Bytes(0x50, 0x4B, 0x03, 0x04), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        { "application/x-gzip", Bytes(0x1F, 0x8B, 0x08), "application/gzip" },
        { "application/x-7z-compressed", Bytes(0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C), "application/x-7z-compressed" },
        { "application/vnd.rar", "Rar!\x1A\x07\x01\0"u8.ToArray(), "application/vnd.rar" },
        { "application/x-tar", Tar(), "application/x-tar" },
        { "application/octet-stream", Bytes(0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C), "application/x-7z-compressed" },
        { "", Tar(), "application/x-tar" },
    };

    [Theory]
    [MemberData(nameof(Recognised))]
    public void binary_content_is_recognised_by_its_declared_type_and_its_magic_number(string declared, byte[] content, string stored)
    {
        Assert.Equal(stored, DocumentTypes.Recognise(declared, content.AsSpan(0, Math.Min(content.Length, DocumentTypes.HeadLength)), isUtf8Text: false));
    }

    [Theory]
    [InlineData("application/zip", "%PDF-1.4")]
    [InlineData("image/gif", "GIF90a")]
    [InlineData("application/pdf", "not a pdf")]
    [InlineData("image/svg+xml", "<svg/>")]
    public void content_that_is_not_what_it_declares_is_not_recognised(string declared, string content)
    {
        Assert.Null(DocumentTypes.Recognise(declared, Encoding.ASCII.GetBytes(content), isUtf8Text: true));
    }

    [Theory]
    [InlineData("plain ASCII", true)]
    [InlineData("中文，数据资产登记", true)]
    [InlineData("a NUL\0 inside", false)]
    public void text_is_utf8_without_nul_bytes(string text, bool isText)
    {
        var check = new Utf8TextCheck();
        check.Append(Encoding.UTF8.GetBytes(text));

        Assert.Equal(isText, check.Complete());
    }

    [Fact]
    public void a_character_split_between_chunks_is_still_text_but_one_cut_off_at_the_end_is_not()
    {
        var bytes = Encoding.UTF8.GetBytes("登记");
        var split = new Utf8TextCheck();
        split.Append(bytes.AsSpan(0, 2));
        split.Append(bytes.AsSpan(2));
        var cut = new Utf8TextCheck();
        cut.Append(bytes.AsSpan(0, 4));

        Assert.True(split.Complete());
        Assert.False(cut.Complete());
    }

    [Theory]
    [InlineData(new byte[] { 0xC0, 0xAF })] // an overlong '/'
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // a lone surrogate
    [InlineData(new byte[] { 0xD7, 0xCA })] // GB 2312, not UTF-8
    public void bytes_that_are_not_utf8_are_not_text(byte[] bytes)
    {
        var check = new Utf8TextCheck();
        check.Append(bytes);

        Assert.False(check.Complete());
    }
}
