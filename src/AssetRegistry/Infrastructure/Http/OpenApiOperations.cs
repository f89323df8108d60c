using System.Globalization;
using AssetRegistry.Infrastructure.Http.Idempotency;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AssetRegistry.Infrastructure.Http;

/// <summary>
/// What every operation shares, said once for all of them: who may call it (the bearer token, and the roles its
/// policy asks for), the 401/403 that follow, the headers of the HTTP ground rules, and the query and path
/// parameters, which mean the same thing wherever they appear.
/// </summary>
internal sealed class OpenApiOperations : IOpenApiOperationTransformer
{
    public const string BearerScheme = "bearer";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var method = description.HttpMethod ?? "GET";
        operation.Responses ??= [];

        DescribeSecurity(operation, context, metadata);
        CommonAnswers(operation, context.Document, method);
        foreach (var parameter in operation.Parameters ?? [])
        {
            if (parameter is OpenApiParameter typed && OpenApiParameters.Describe(typed.Name!, description.RelativePath ?? "") is { } known)
            {
                typed.Schema = known.Schema;
                typed.Description ??= known.Description;
            }
        }

        var writesOnAResource = method is "POST" or "PUT" && description.ParameterDescriptions.Any(p => p.Source.Id == "Path");
        if (method == "POST")
        {
            Header(operation, IdempotencyMiddleware.Header, "A key of the client's choosing (at most 255 characters): a retry with the same key and the same request " +
                "gets the first answer again instead of acting twice, for 72 hours. It belongs to the token's user and party; refusals are not kept.",
                new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = 255 });
        }

        if (writesOnAResource)
        {
            Problem(operation, context.Document, StatusCodes.Status412PreconditionFailed, "If-Match names a version the resource no longer has (`precondition-failed`): read it again.");
            Header(operation, "If-Match", "The ETag read with the resource (its version): the act is refused with 412 `precondition-failed` if anything " +
                "was recorded on it since. Without it the act applies to the resource as it stands.",
                new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^(\"[0-9]+\"|\\*)$" });
        }

        foreach (var (status, response) in operation.Responses)
        {
            if (response is not OpenApiResponse answer || !(status.StartsWith('2') || status == "304"))
            {
                continue;
            }

            if (method == "POST" && metadata.OfType<IdempotentByContent>().FirstOrDefault() is null && description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true)
            {
                ResponseHeader(answer, IdempotencyMiddleware.ReplayedHeader, "`true` when this is the recorded answer to an earlier request with the same Idempotency-Key.",
                    new OpenApiSchema { Type = JsonSchemaType.String, Enum = ["true"] }, required: false);
            }

            if (writesOnAResource || status == "201" || metadata.OfType<AnswersWithETag>().Any())
            {
                ResponseHeader(answer, "ETag", "The resource's version, to send back in If-Match.",
                    new OpenApiSchema { Type = JsonSchemaType.String }, required: metadata.OfType<AnswersWithETag>().Any(e => e.Always));
            }

            if (status == "201")
            {
                ResponseHeader(answer, "Location", "Where the created resource is read.", new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri-reference" }, required: true);
            }

            foreach (var header in metadata.OfType<AnswersHeader>())
            {
                ResponseHeader(answer, header.Name, header.Description, header.Schema(), required: true);
            }
        }

        return Task.CompletedTask;
    }

    private static void DescribeSecurity(OpenApiOperation operation, OpenApiOperationTransformerContext context, IList<object> metadata)
    {
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        var policies = metadata.OfType<AuthorizationPolicy>().ToList();
        var authorize = metadata.OfType<IAuthorizeData>().ToList();
        var scheme = new OpenApiSecuritySchemeReference(BearerScheme, context.Document);
        if (anonymous || (policies.Count == 0 && authorize.Count == 0))
        {
            // No token needed; one is read when sent (a party sees more of what is its own).
            operation.Security = [new OpenApiSecurityRequirement(), new OpenApiSecurityRequirement { [scheme] = [] }];
            return;
        }

        operation.Security = [new OpenApiSecurityRequirement { [scheme] = [] }];
        Problem(operation, context.Document, StatusCodes.Status401Unauthorized, "No valid bearer token: none, or one refused for the reason its `code` names (`token-…`, docs/security.md).");
        // With a token, the act may still not be the token's to do: its role, or whose the resource is (`not-your-application`).
        Problem(operation, context.Document, StatusCodes.Status403Forbidden, "The token's role may not do this, or the resource is not the token's party's.");
        var roles = policies.SelectMany(p => p.Requirements).OfType<RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles)
            .Concat(authorize.Where(a => a.Roles is not null).SelectMany(a => a.Roles!.Split(',', StringSplitOptions.TrimEntries)))
            .Distinct(StringComparer.Ordinal).ToList();
        var claims = policies.SelectMany(p => p.Requirements).OfType<ClaimsAuthorizationRequirement>().Select(c => c.ClaimType).Distinct(StringComparer.Ordinal).ToList();
        if (roles.Count > 0 || claims.Count > 0)
        {
            var who = (roles.Count > 0 ? $"Roles: {string.Join(", ", roles.Select(r => $"`{r}`"))}." : "")
                + (claims.Count > 0 ? $" The token must name {string.Join(", ", claims.Select(c => $"`{c}`"))}." : "");
            operation.Description = string.IsNullOrEmpty(operation.Description) ? who.Trim() : $"{operation.Description}\n\n{who.Trim()}";
        }
    }

    /// <summary>
    /// What any operation may answer whatever it does: 503 while the database restarts (and, for writes, while the
    /// clock is behind), and for a POST or a JSON body the 400/413/415 of the HTTP ground rules.
    /// </summary>
    private static void CommonAnswers(OpenApiOperation operation, OpenApiDocument? document, string method)
    {
        var jsonBody = operation.RequestBody?.Content?.ContainsKey("application/json") == true;
        var parameters = operation.Parameters ?? [];
        if (parameters.Any(p => p.In == ParameterLocation.Path))
        {
            Problem(operation, document, StatusCodes.Status404NotFound, "Nothing has the identifier in the path (a mistyped one is 400).");
        }

        if (method == "POST" || jsonBody || parameters.Any(p => p.In == ParameterLocation.Query || p.In == ParameterLocation.Path))
        {
            Problem(operation, document, StatusCodes.Status400BadRequest, "A field is invalid, the JSON is malformed or names an unknown member, or the Idempotency-Key is unusable.",
                OpenApiProblems.ValidationProblem);
        }

        if (jsonBody)
        {
            Problem(operation, document, StatusCodes.Status413PayloadTooLarge, $"The body is larger than {RegistryHost.MaxJsonRequestBytes} bytes.");
            Problem(operation, document, StatusCodes.Status415UnsupportedMediaType, "The body is not `application/json`.");
        }

        Problem(operation, document, StatusCodes.Status500InternalServerError,
            "The registry failed (`internal-error`; `ledger-inconsistent` when the ledger's stored data contradicts itself): nothing was recorded unless a later read shows it.");
        Problem(operation, document, StatusCodes.Status503ServiceUnavailable,
            "The database is restarting (`database-unavailable`) or, for a write, the registry's clock is behind (`clock-behind`): nothing was recorded; retry after `Retry-After` seconds.");
        if (operation.Responses!["503"] is OpenApiResponse unavailable)
        {
            ResponseHeader(unavailable, "Retry-After", "Seconds to wait before retrying.", new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[0-9]+$" }, required: true);
        }
    }

    private static void Problem(OpenApiOperation operation, OpenApiDocument? document, int status, string description, string schema = OpenApiProblems.Problem)
    {
        var key = status.ToString(CultureInfo.InvariantCulture);
        if (!operation.Responses!.ContainsKey(key))
        {
            operation.Responses[key] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(schema, document) },
                },
            };
        }
    }

    private static void Header(OpenApiOperation operation, string name, string description, OpenApiSchema schema)
    {
        operation.Parameters ??= [];
        if (operation.Parameters.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase) && p.In == ParameterLocation.Header))
        {
            return;
        }

        operation.Parameters.Add(new OpenApiParameter { Name = name, In = ParameterLocation.Header, Description = description, Schema = schema });
    }

    private static void ResponseHeader(OpenApiResponse response, string name, string description, OpenApiSchema schema, bool required)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>(StringComparer.OrdinalIgnoreCase);
        response.Headers[name] = new OpenApiHeader { Description = description, Schema = schema, Required = required };
    }
}

/// <summary>The endpoint answers its resource's ETag (its version) on success — always, or only when <see cref="Always"/> is false for some reads.</summary>
public sealed record AnswersWithETag(bool Always = true);

/// <summary>The endpoint's successful answers carry this header.</summary>
public sealed record AnswersHeader(string Name, string Description, JsonSchemaType Type)
{
    internal OpenApiSchema Schema() => new() { Type = Type };
}

public static class OpenApiEndpointMetadata
{
    /// <summary>Declares that a successful answer carries the resource's ETag.</summary>
    public static RouteHandlerBuilder AnswersWithETag(this RouteHandlerBuilder endpoint, bool always = true) => endpoint.WithMetadata(new AnswersWithETag(always));

    /// <summary>
    /// The body is <typeparamref name="T"/> with only the members that change: published as its own schema,
    /// <paramref name="schemaName"/>, with <typeparamref name="T"/>'s members and none of them required.
    /// </summary>
    public static RouteHandlerBuilder AcceptsChangesOf<T>(this RouteHandlerBuilder endpoint, string schemaName, string example) =>
        endpoint.AddOpenApiOperationTransformer(async (operation, context, cancellation) =>
        {
            var full = await context.GetOrCreateSchemaAsync(typeof(T), null, cancellation);
            var changes = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = $"Only the members that change, each as in {typeof(T).Name}; none is required.",
                Properties = full.Properties,
                Examples = [System.Text.Json.Nodes.JsonNode.Parse(example)!],
            };
            var document = context.Document!;
            document.Components ??= new OpenApiComponents();
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
            document.Components.Schemas[schemaName] = changes;
            foreach (var media in operation.RequestBody?.Content?.Values ?? [])
            {
                media.Schema = new OpenApiSchemaReference(schemaName, document);
            }
        });

    /// <summary>Declares a header every successful answer carries.</summary>
    public static RouteHandlerBuilder AnswersHeader(this RouteHandlerBuilder endpoint, string name, string description, JsonSchemaType type) =>
        endpoint.WithMetadata(new AnswersHeader(name, description, type));
}
