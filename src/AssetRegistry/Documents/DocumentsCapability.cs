using System.Globalization;
using AssetRegistry.Infrastructure.Database;
using Marten;

namespace AssetRegistry.Documents;

/// <summary>Uploaded documents, content-addressed.</summary>
public sealed class DocumentsCapability : Infrastructure.IRegistryCapability
{
    /// <summary>The largest document accepted, in bytes.</summary>
    public const string MaxBytesSetting = "Documents:MaxBytes";
    public const long DefaultMaxBytes = 50L * 1024 * 1024;

    public void Configure(StoreOptions options)
    {
        options.Storage.ExtendedSchemaObjects.Add(DocumentTables.ContentsTable());
        options.Storage.ExtendedSchemaObjects.Add(DocumentTables.UploadsTable());
        options.Storage.ExtendedSchemaObjects.Add(DocumentTables.GrantsTable());
    }

    public void Map(RouteGroupBuilder api)
    {
        var maxBytes = MaxBytes(((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<IConfiguration>());
        var documents = api.MapGroup("/documents").WithTags("Documents");
        documents.MapUploadDocument(maxBytes);
        documents.MapGetDocument();
    }

    public static long MaxBytes(IConfiguration configuration)
    {
        var configured = configuration[MaxBytesSetting];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return DefaultMaxBytes;
        }

        return long.TryParse(configured, NumberStyles.None, CultureInfo.InvariantCulture, out var maxBytes) && maxBytes > 0
            ? maxBytes
            : throw new RegistryConfigurationException($"{MaxBytesSetting} must be a positive number of bytes; it is '{configured}'.");
    }
}
