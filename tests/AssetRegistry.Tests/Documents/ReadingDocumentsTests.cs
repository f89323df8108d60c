using System.Net;
using AssetRegistry.Documents;
using AssetRegistry.Security;
using AssetRegistry.Tests.Infrastructure;
using static AssetRegistry.Tests.Documents.DocumentTestData;

namespace AssetRegistry.Tests.Documents;

/// <summary>
/// <c>GET /api/documents/{sha256}</c>: its uploaders, clerks, supervisors and the parties it was granted to read
/// it byte for byte; anyone else gets the same 404 as for a document that does not exist.
/// </summary>
public sealed class ReadingDocumentsTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private static string EnterpriseToken(string party, string user = "staff-1") => RegistryApp.Token(RegistryRoles.Enterprise, user, party);

    private async Task<string> UploadAsync(byte[] content, string mediaType, string token)
    {
        var response = await app.Client.SendAsync(Upload(content, mediaType, token));
        Assert.True(response.IsSuccessStatusCode, $"upload: {response.StatusCode}");
        return (await response.ReadJsonAsync()).Text("sha256");
    }

    [Fact]
    public async Task the_uploader_reads_it_back_byte_for_byte_with_its_media_type()
    {
        var party = NewPartyCode();
        var pdf = NewPdf(100_000);
        var sha256 = await UploadAsync(pdf, "application/pdf", EnterpriseToken(party));

        var response = await app.Client.SendAsync(Read(sha256, EnterpriseToken(party)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(pdf, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"\"{sha256}\"", response.Headers.ETag?.Tag);
        Assert.True(response.Headers.CacheControl?.Private);
    }

    [Fact]
    public async Task another_member_of_the_uploading_party_reads_it_too()
    {
        var party = NewPartyCode();
        var sha256 = await UploadAsync(NewPdf(), "application/pdf", EnterpriseToken(party, "staff-1"));

        var response = await app.Client.SendAsync(Read(sha256, EnterpriseToken(party, "staff-2")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task text_is_served_as_utf8()
    {
        var party = NewPartyCode();
        var csv = NewCsv();
        var sha256 = await UploadAsync(csv, "text/csv", EnterpriseToken(party));

        var response = await app.Client.SendAsync(Read(sha256, EnterpriseToken(party)));

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal(csv, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task another_enterprise_gets_the_same_404_as_for_a_document_that_does_not_exist()
    {
        var sha256 = await UploadAsync(NewPdf(), "application/pdf", EnterpriseToken(NewPartyCode()));
        var stranger = EnterpriseToken(NewPartyCode());

        var unknown = Sha256Of(NewPdf());

        var notYours = await app.Client.SendAsync(Read(sha256, stranger));
        var nothing = await app.Client.SendAsync(Read(unknown, stranger));

        Assert.Equal(HttpStatusCode.NotFound, notYours.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, nothing.StatusCode);
        var notYoursProblem = await notYours.ReadProblemAsync();
        var nothingProblem = await nothing.ReadProblemAsync();
        Assert.Equal("document-not-found", notYoursProblem.Code());
        Assert.Equal("document-not-found", nothingProblem.Code());
        Assert.Equal(nothingProblem.Text("detail").Replace(unknown, "…", StringComparison.Ordinal),
            notYoursProblem.Text("detail").Replace(sha256, "…", StringComparison.Ordinal));
        Assert.Null(notYours.Headers.ETag);
    }

    [Theory]
    [InlineData(RegistryRoles.Clerk)]
    [InlineData(RegistryRoles.Supervisor)]
    public async Task clerks_and_supervisors_read_any_document(string role)
    {
        var pdf = NewPdf();
        var sha256 = await UploadAsync(pdf, "application/pdf", EnterpriseToken(NewPartyCode()));

        var response = await app.Client.SendAsync(Read(sha256, RegistryApp.Token(role, $"{role}-wang")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(pdf, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task a_party_granted_the_document_through_an_application_reads_it()
    {
        var pdf = NewPdf();
        var sha256 = await UploadAsync(pdf, "application/pdf", EnterpriseToken(NewPartyCode()));
        var licensee = NewPartyCode();
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.SendAsync(Read(sha256, EnterpriseToken(licensee)))).StatusCode);

        await using (var session = app.Store.LightweightSession())
        {
            DocumentCitations.GrantToParties(session, $"application-{Guid.NewGuid():N}", [sha256.ToUpperInvariant()], [licensee, licensee]);
            await session.SaveChangesAsync();
        }

        var response = await app.Client.SendAsync(Read(sha256, EnterpriseToken(licensee)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(pdf, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task a_second_uploader_of_the_same_bytes_may_read_them()
    {
        var pdf = NewPdf();
        await UploadAsync(pdf, "application/pdf", EnterpriseToken(NewPartyCode()));
        var second = EnterpriseToken(NewPartyCode());

        var again = await app.Client.SendAsync(Upload(pdf, "application/pdf", second));
        var response = await app.Client.SendAsync(Read(Sha256Of(pdf), second));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task a_fingerprint_in_capitals_names_the_same_document()
    {
        var party = NewPartyCode();
        var sha256 = await UploadAsync(NewPdf(), "application/pdf", EnterpriseToken(party));

        var response = await app.Client.SendAsync(Read(sha256.ToUpperInvariant(), EnterpriseToken(party)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task a_reader_holding_the_current_etag_gets_304()
    {
        var party = NewPartyCode();
        var sha256 = await UploadAsync(NewPdf(), "application/pdf", EnterpriseToken(party));
        var request = Read(sha256, EnterpriseToken(party));
        request.Headers.TryAddWithoutValidation("If-None-Match", $"\"{sha256}\"");

        var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("zz00000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("00000000000000000000000000000000000000000000000000000000000000000")]
    public async Task a_malformed_fingerprint_is_a_400_naming_it(string sha256)
    {
        var response = await app.Client.SendAsync(Read(sha256, RegistryApp.ClerkToken()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["sha256"], (await response.ReadProblemAsync()).FieldsAtFault());
    }

    [Fact]
    public async Task an_unknown_fingerprint_is_a_404_even_for_a_clerk()
    {
        var response = await app.Client.SendAsync(Read(Sha256Of(NewPdf()), RegistryApp.ClerkToken()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("document-not-found", (await response.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task reading_without_a_token_is_a_401()
    {
        var response = await app.Client.SendAsync(Read(Sha256Of(NewPdf()), token: null));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
