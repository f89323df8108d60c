using System.Net;
using AssetRegistry.Security;
using AssetRegistry.Tests.Infrastructure;
using static AssetRegistry.Tests.Documents.DocumentTestData;

namespace AssetRegistry.Tests.Documents;

/// <summary>
/// <c>POST /api/documents</c>: the fingerprint comes back, the same bytes are stored once however often and
/// however concurrently they arrive, and only documents of the accepted types get in.
/// </summary>
public sealed class UploadingDocumentsTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private static readonly string Enterprise = RegistryApp.Token(RegistryRoles.Enterprise, "zhang-wei", NewPartyCode());

    [Fact]
    public async Task an_uploaded_pdf_is_created_under_its_sha256()
    {
        var pdf = NewPdf();

        var response = await app.Client.SendAsync(Upload(pdf, "application/pdf", Enterprise));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = await response.ReadJsonAsync();
        Assert.Equal(Sha256Of(pdf), receipt.Text("sha256"));
        Assert.Equal(pdf.Length, receipt["size"]!.GetValue<long>());
        Assert.Equal("application/pdf", receipt.Text("mediaType"));
        Assert.Equal($"/api/documents/{Sha256Of(pdf)}", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task the_same_bytes_uploaded_twice_are_stored_once_and_the_second_answer_is_200()
    {
        var pdf = NewPdf();
        var first = await app.Client.SendAsync(Upload(pdf, "application/pdf", Enterprise));

        var second = await app.Client.SendAsync(Upload(pdf, "application/pdf", Enterprise));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(1, await CountStoredAsync(app.ConnectionString, Sha256Of(pdf)));
    }

    [Fact]
    public async Task parallel_uploads_of_the_same_new_bytes_store_one_row_and_one_of_them_creates_it()
    {
        var pdf = NewPdf(200_000);

        var statuses = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            var token = RegistryApp.Token(RegistryRoles.Enterprise, $"staff-{i}", NewPartyCode());
            return (await app.Client.SendAsync(Upload(pdf, "application/pdf", token))).StatusCode;
        }));

        Assert.Single(statuses, HttpStatusCode.Created);
        Assert.All(statuses.Where(s => s != HttpStatusCode.Created), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(1, await CountStoredAsync(app.ConnectionString, Sha256Of(pdf)));
    }

    [Fact]
    public async Task a_document_larger_than_the_json_limit_is_accepted()
    {
        var pdf = NewPdf(3 * 1024 * 1024);

        var response = await app.Client.SendAsync(Upload(pdf, "application/pdf", Enterprise));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(Sha256Of(pdf), (await response.ReadJsonAsync()).Text("sha256"));
    }

    [Theory]
    [InlineData("image/png")]
    [InlineData("image/PNG")]
    [InlineData("application/octet-stream")]
    [InlineData(null)]
    public async Task an_image_is_recognised_by_its_bytes_whether_or_not_its_type_is_declared(string? declared)
    {
        var response = await app.Client.SendAsync(Upload(NewPng(), declared, Enterprise));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("image/png", (await response.ReadJsonAsync()).Text("mediaType"));
    }

    [Fact]
    public async Task utf8_text_is_accepted_as_declared()
    {
        var response = await app.Client.SendAsync(Upload(NewCsv(), "text/csv; charset=utf-8", Enterprise));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("text/csv", (await response.ReadJsonAsync()).Text("mediaType"));
    }

    public static TheoryData<string, byte[], string?> Unsupported => new()
    {
        { "an executable (ELF)", [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, .. new byte[200]], "application/octet-stream" },
        { "an executable (PE) declared as a PDF", [(byte)'M', (byte)'Z', 0x90, 0, .. new byte[200]], "application/pdf" },
        { "a PNG declared as a PDF", NewPng(), "application/pdf" },
        { "an HTML page", "<html><script>alert(1)</script></html>"u8.ToArray(), "text/html" },
        { "text with a NUL byte", "name\0value\n"u8.ToArray(), "text/plain" },
        { "text that is not UTF-8", [0xD7, 0xCA, 0xB2, 0xFA, 0x0A], "text/plain" },
        { "text in another charset", "abc"u8.ToArray(), "text/plain; charset=gbk" },
        { "text not declared as text", "just words"u8.ToArray(), null },
    };

    [Theory]
    [MemberData(nameof(Unsupported))]
    public async Task content_of_no_accepted_type_or_not_what_it_claims_is_a_415_naming_the_file(string what, byte[] content, string? declared)
    {
        var response = await app.Client.SendAsync(Upload(content, declared, Enterprise));

        Assert.True(HttpStatusCode.UnsupportedMediaType == response.StatusCode, $"{what}: {response.StatusCode}");
        var problem = await response.ReadProblemAsync();
        Assert.Equal("unsupported-document-type", problem.Code());
        Assert.Equal("file", problem.Text("field"));
        Assert.Equal(0, await CountStoredAsync(app.ConnectionString, Sha256Of(content)));
    }

    [Fact]
    public async Task an_empty_file_is_a_400_naming_the_file()
    {
        var response = await app.Client.SendAsync(Upload([], "application/pdf", Enterprise));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["file"], (await response.ReadProblemAsync()).FieldsAtFault());
    }

    [Fact]
    public async Task a_form_without_the_file_field_is_a_400_naming_the_file()
    {
        var response = await app.Client.SendAsync(Upload(NewPdf(), "application/pdf", Enterprise, field: "document"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["file"], (await response.ReadProblemAsync()).FieldsAtFault());
    }

    [Fact]
    public async Task two_files_in_one_request_are_a_400_naming_the_file()
    {
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(NewPdf()) { Headers = { ContentType = new("application/pdf") } }, "file", "a.pdf" },
            { new ByteArrayContent(NewPdf()) { Headers = { ContentType = new("application/pdf") } }, "file", "b.pdf" },
        };

        var response = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = form }.WithToken(Enterprise));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["file"], (await response.ReadProblemAsync()).FieldsAtFault());
    }

    [Fact]
    public async Task a_body_that_is_not_well_formed_multipart_is_a_400_not_a_500()
    {
        var body = new StringContent("--xyz\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n%PDF-1.7 and then it just stops");
        body.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xyz");

        var response = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = body }.WithToken(Enterprise));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["file"], (await response.ReadProblemAsync()).FieldsAtFault());
    }

    [Fact]
    public async Task a_body_that_is_not_multipart_is_a_415()
    {
        var response = await app.Client.SendAsync(HttpExtensions.RawJson(HttpMethod.Post, "/api/documents", """{"file":"JVBERi0="}""", Enterprise));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("unsupported-media-type", (await response.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task an_upload_without_a_token_is_a_401_and_stores_nothing()
    {
        var pdf = NewPdf();

        var response = await app.Client.SendAsync(Upload(pdf, "application/pdf", token: null));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await CountStoredAsync(app.ConnectionString, Sha256Of(pdf)));
    }

    [Fact]
    public async Task the_openapi_document_describes_the_upload()
    {
        var document = await (await app.Client.GetAsync("/openapi/v1.json")).ReadJsonAsync();

        Assert.NotNull(document["paths"]?["/api/documents"]?["post"]?["requestBody"]?["content"]?["multipart/form-data"]);
        Assert.NotNull(document["paths"]?["/api/documents/{sha256}"]?["get"]?["responses"]?["404"]);
    }
}
