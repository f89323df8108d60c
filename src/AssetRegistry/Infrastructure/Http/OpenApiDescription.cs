using AssetRegistry.Security;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AssetRegistry.Infrastructure.Http;

/// <summary>
/// Describes the API as a whole: what it is, whom to ask, and that writes need a bearer token. Answers leave out
/// what is null (<c>WhenWritingNull</c>), so a schema only answers use says so: none of its members is ever null.
/// </summary>
internal sealed class OpenApiDescription : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "AssetRegistry — data asset registration (数据资产登记)",
            Version = "v1",
            Description = "Registers data resources (数据资源) and data products (数据产品): initial, license, transfer, change, " +
                "cancellation and objection registrations. Errors are RFC 9457 problem details with a stable `code`. " +
                "Writes need a bearer token; resources carry an ETag (their stream version) and honour If-Match; " +
                "POST honours Idempotency-Key (per user and party, answers replayed for 72 hours; refusals are not kept). " +
                "What counts as a breaking change, and how long a deprecated field stays: docs/api.md.",
            Contact = new OpenApiContact { Name = "AssetRegistry", Url = new Uri("https://asset-registry.example/contact") },
        };
        // A server's URL ends without a slash, so that the paths (which start with one) join it as written.
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "A JWT from an identity provider the registry is configured to trust (docs/security.md): signed with an asymmetric " +
                $"algorithm ({string.Join(", ", TokenSettings.AsymmetricAlgorithms)}) by a key of the issuer's JWKS, for the registry's audience, " +
                "with `exp` and `iat` (or `nbf`) no further apart than the registry's maximum token lifetime (1 hour unless configured), carrying " +
                $"the user (`sub`), exactly one role (`role`: {string.Join(", ", RegistryRoles.All)}) and, for the roles that act for a party " +
                "(enterprise, natural-person, bank), `party` (its code). An issuer may carry them in claims of other names, which the registry's " +
                "configuration maps.",
        };
        OpenApiAnswers.NeverNull(document);
        OpenApiProblems.Publish(document);
        OpenApiLedgerDocuments.Publish(document);
        return Task.CompletedTask;
    }
}
