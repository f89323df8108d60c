using System.Net;
using Alba;
using AssetRegistry.Security;
using AssetRegistry.Tests.Contract;
using AssetRegistry.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Time.Testing;
using static AssetRegistry.Tests.Documents.DocumentTestData;

namespace AssetRegistry.Tests.Documents;

/// <summary>The service started with <c>Documents:MaxBytes</c> = 1024, on a database of its own.</summary>
public sealed class SmallDocumentLimitApp : IAsyncLifetime
{
    public const int MaxBytes = 1024;

    public IAlbaHost Host { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        ConnectionString = await TestDatabaseServer.CreateDatabaseAsync(async template =>
        {
            await using var schemaHost = await RegistryApp.StartHostAsync(template, new FakeTimeProvider(RegistryApp.Start));
        });
        Host = await RegistryApp.StartHostAsync(ConnectionString, new FakeTimeProvider(RegistryApp.Start),
            web => web.UseSetting("Documents:MaxBytes", MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Client = Host.ContractClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
    }
}

/// <summary><c>Documents:MaxBytes</c> bounds the file itself: one byte over is a 413, whether the request says so up front or not.</summary>
public sealed class DocumentSizeLimitTests(SmallDocumentLimitApp app) : IClassFixture<SmallDocumentLimitApp>
{
    private static readonly string Enterprise = RegistryApp.Token(RegistryRoles.Enterprise, "zhang-wei", NewPartyCode());

    private static byte[] PdfOf(int length) => NewPdf(length - NewPdf(0).Length);

    [Fact]
    public async Task a_file_of_exactly_the_limit_is_accepted()
    {
        var response = await app.Client.SendAsync(Upload(PdfOf(SmallDocumentLimitApp.MaxBytes), "application/pdf", Enterprise));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task a_file_one_byte_over_the_limit_is_a_413_and_stores_nothing()
    {
        var pdf = PdfOf(SmallDocumentLimitApp.MaxBytes + 1);

        var response = await app.Client.SendAsync(Upload(pdf, "application/pdf", Enterprise));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("payload-too-large", (await response.ReadProblemAsync()).Code());
        Assert.Equal(0, await CountStoredAsync(app.ConnectionString, Sha256Of(pdf)));
    }

    [Fact]
    public async Task a_request_declaring_a_body_far_over_the_limit_is_a_413()
    {
        var response = await app.Client.SendAsync(Upload(PdfOf(200 * 1024), "application/pdf", Enterprise));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("payload-too-large", (await response.ReadProblemAsync()).Code());
    }
}
