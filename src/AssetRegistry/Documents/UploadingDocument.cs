using AssetRegistry.Infrastructure.Database;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Infrastructure.Http.Idempotency;
using AssetRegistry.Security;
using Microsoft.OpenApi;

namespace AssetRegistry.Documents;

/// <summary>The answer to an upload: the document's fingerprint, by which applications cite it.</summary>
public sealed record DocumentReceipt(string Sha256, long Size, string MediaType);

public static class UploadingDocumentEndpoint
{
    /// <summary>Room for the multipart framing around the file (boundaries, part headers) within the request limit.</summary>
    public const long MultipartAllowance = 64 * 1024;

    // Stored without Wolverine: content is streamed from the request into PostgreSQL, which a command message
    // cannot carry, and storing bytes decides nothing that a handler would.
    public static RouteHandlerBuilder MapUploadDocument(this RouteGroupBuilder documents, long maxBytes) =>
        documents.MapPost("", async (HttpContext http, RegistryDatabase database, TimeProvider clock) =>
            {
                var actor = Actor.From(http.User);
                ReceivedDocument received;
                try
                {
                    received = await DocumentUploadReader.ReadAsync(http.Request, maxBytes, http.RequestAborted);
                }
                catch (UnsupportedDocumentTypeException unsupported)
                {
                    return Unsupported(unsupported);
                }

                await using (received)
                {
                    var archive = new DocumentArchive(database.DataSource, clock);
                    var (document, created) = await archive.StoreAsync(received, DocumentUploader.Of(actor), http.RequestAborted);
                    var receipt = new DocumentReceipt(document.Fingerprint.Value, document.Size, document.MediaType);
                    return created ? Results.Created($"/api/documents/{receipt.Sha256}", receipt) : Results.Ok(receipt);
                }
            })
            .RequireAuthorization()
            // The same bytes answer the same fingerprint: a retry under an Idempotency-Key needs nothing recorded.
            .WithMetadata(new IdempotentByContent())
            // Closer to the endpoint than the /api group's 1 MB JSON limit, so this one applies.
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(maxBytes + MultipartAllowance))
            // Described rather than declared with Accepts(): that metadata would make routing answer other content
            // types with a bare 415 before the endpoint can say what it expects.
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.RequestBody = MultipartFileBody();
                return Task.CompletedTask;
            })
            .WithName("uploadDocument")
            .WithSummary("Upload a document (multipart form field 'file'); answers its SHA-256 fingerprint.")
            .WithDescription($"PDF, images (PNG, JPEG, GIF, TIFF, WebP), UTF-8 text (plain, CSV, JSON) or archives (zip and Office documents, gzip, 7z, rar, tar), at most {maxBytes} bytes; the declared type must agree with the bytes. " +
                "The same bytes are stored once: a repeat upload answers 200 with the same fingerprint (and the first upload's media type) and makes its uploader one of the document's uploaders. " +
                "Cite the fingerprint in an application; only clerks, supervisors, its uploaders and the parties of applications citing it may read it.")
            .Produces<DocumentReceipt>(StatusCodes.Status201Created)
            .Produces<DocumentReceipt>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    private static OpenApiRequestBody MultipartFileBody() => new()
    {
        Required = true,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["multipart/form-data"] = new()
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { DocumentUploadReader.FileField },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        [DocumentUploadReader.FileField] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                    },
                },
            },
        },
    };

    private static IResult Unsupported(UnsupportedDocumentTypeException unsupported)
    {
        var problem = ProblemResponses.Problem(Refusals.UnsupportedDocumentType, ("what", unsupported.What));
        problem.Extensions["field"] = DocumentUploadReader.FileField;
        return Results.Problem(problem);
    }
}
