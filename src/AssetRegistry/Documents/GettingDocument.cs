using AssetRegistry.Infrastructure.Database;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Security;
using Microsoft.Net.Http.Headers;

namespace AssetRegistry.Documents;

public static class GettingDocumentEndpoint
{
    public static RouteHandlerBuilder MapGetDocument(this RouteGroupBuilder documents) =>
        documents.MapGet("/{sha256}", async (string sha256, HttpContext http, RegistryDatabase database, TimeProvider clock) =>
            {
                if (!Sha256Fingerprint.TryParse(sha256, out var fingerprint))
                {
                    throw RequestValidationException.For("sha256", Refusals.NotAFingerprint);
                }

                var actor = Actor.From(http.User);
                var archive = new DocumentArchive(database.DataSource, clock);
                // 404, not 403, when the document exists but is not the reader's: a 403 would confirm that someone
                // uploaded these bytes to anyone who can compute or guess their fingerprint.
                var document = await archive.FindReadableAsync(fingerprint, actor, http.RequestAborted)
                    ?? throw new Refusal(Refusals.DocumentNotFound, ("fingerprint", fingerprint));

                // The bytes behind a fingerprint never change: the fingerprint is the entity tag.
                http.Response.Headers.ETag = fingerprint.ETag;
                http.Response.Headers.CacheControl = "private";
                if (MatchesIfNoneMatch(http.Request, fingerprint))
                {
                    return Results.StatusCode(StatusCodes.Status304NotModified);
                }

                // Served as what it was checked to be, and never sniffed by a browser as something else.
                http.Response.Headers.XContentTypeOptions = "nosniff";
                http.Response.ContentType = DocumentTypes.IsText(document.MediaType) ? $"{document.MediaType}; charset=utf-8" : document.MediaType;
                http.Response.ContentLength = document.Size;
                await archive.CopyContentAsync(fingerprint, http.Response.Body, http.RequestAborted);
                return Results.Empty;
            })
            .RequireAuthorization()
            .WithName("getDocument")
            .AnswersWithETag()
            .WithSummary("Read a document by its SHA-256 fingerprint — its uploaders, the parties of applications citing it, clerks and supervisors.")
            .WithDescription("A document that exists but is not yours to read answers 404, like one that does not exist: a fingerprint alone reveals nothing. " +
                "The ETag is the fingerprint; If-None-Match with it answers 304.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static bool MatchesIfNoneMatch(HttpRequest request, Sha256Fingerprint fingerprint) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)
        && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Tag.Equals(fingerprint.ETag, StringComparison.OrdinalIgnoreCase));
}
