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
            Header(operation, "If-Match", "The ETag read with the resource (its version): the act is refused with 412 `precondition-failed` if anything " +
                "was recorded on it since. Without it the act applies to the resource as it stands.",
                new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^(\"[0-9]+\"|\\*)$" });
        }

        foreach (var (status, response) in operation.Responses)
        {
            if (response is not OpenApiResponse answer || !status.StartsWith('2'))
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
                    new OpenApiSchema { Type = JsonSchemaType.String }, required: metadata.OfType<AnswersWithETag>().Any() || writesOnAResource);
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
        Problem(operation, context.Document, StatusCodes.Status401Unauthorized, "No valid bearer token (or one naming more than one role).");
        var roles = policies.SelectMany(p => p.Requirements).OfType<RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles)
            .Concat(authorize.Where(a => a.Roles is not null).SelectMany(a => a.Roles!.Split(',', StringSplitOptions.TrimEntries)))
            .Distinct(StringComparer.Ordinal).ToList();
        var claims = policies.SelectMany(p => p.Requirements).OfType<ClaimsAuthorizationRequirement>().Select(c => c.ClaimType).Distinct(StringComparer.Ordinal).ToList();
        if (roles.Count > 0 || claims.Count > 0)
        {
            Problem(operation, context.Document, StatusCodes.Status403Forbidden, "The token's role may not do this.");
            var who = (roles.Count > 0 ? $"Roles: {string.Join(", ", roles.Select(r => $"`{r}`"))}." : "")
                + (claims.Count > 0 ? $" The token must name {string.Join(", ", claims.Select(c => $"`{c}`"))}." : "");
            operation.Description = string.IsNullOrEmpty(operation.Description) ? who.Trim() : $"{operation.Description}\n\n{who.Trim()}";
        }
    }

    private static void Problem(OpenApiOperation operation, OpenApiDocument? document, int status, string description)
    {
        var key = status.ToString(CultureInfo.InvariantCulture);
        if (!operation.Responses!.ContainsKey(key))
        {
            operation.Responses[key] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(nameof(Microsoft.AspNetCore.Mvc.ProblemDetails), document) },
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

/// <summary>The endpoint answers its resource's ETag (its version) on success.</summary>
public sealed class AnswersWithETag;

/// <summary>The endpoint's successful answers carry this header.</summary>
public sealed record AnswersHeader(string Name, string Description, JsonSchemaType Type)
{
    internal OpenApiSchema Schema() => new() { Type = Type };
}

public static class OpenApiEndpointMetadata
{
    /// <summary>Declares that a successful answer carries the resource's ETag.</summary>
    public static RouteHandlerBuilder AnswersWithETag(this RouteHandlerBuilder endpoint) => endpoint.WithMetadata(new AnswersWithETag());

    /// <summary>Declares a header every successful answer carries.</summary>
    public static RouteHandlerBuilder AnswersHeader(this RouteHandlerBuilder endpoint, string name, string description, JsonSchemaType type) =>
        endpoint.WithMetadata(new AnswersHeader(name, description, type));
}
