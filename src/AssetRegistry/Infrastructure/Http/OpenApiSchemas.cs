using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AssetRegistry.Infrastructure.Http;

/// <summary>
/// Makes each schema say what the wire carries. The service's own converters (NFC strings, dates, enums by their
/// camelCase names) hide the types from the schema exporter, which then publishes an empty schema: the type is put
/// back here. A member is required when the service needs it: a request's members are all nullable (the endpoint
/// names every missing field in one 400), so there it is the ones marked <see cref="RequiredAttribute"/>; an answer
/// leaves out what is null (<c>WhenWritingNull</c>), so there it is every member whose type is not nullable.
/// </summary>
internal sealed class OpenApiSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        var nullable = schema.Type is { } declared && declared.HasFlag(JsonSchemaType.Null);
        if (type == typeof(string))
        {
            schema.Type = JsonSchemaType.String | (nullable ? JsonSchemaType.Null : 0);
        }
        else if (type == typeof(DateOnly))
        {
            schema.Type = JsonSchemaType.String | (nullable ? JsonSchemaType.Null : 0);
            schema.Format = "date";
        }
        else if (type.IsEnum)
        {
            // An enum is one schema wherever it is used; a member that may be null says so itself.
            schema.Type = JsonSchemaType.String;
            schema.Enum = schema.Enum?.Where(value => value is not null).ToList();
        }
        else if (type == typeof(DateTimeOffset) || type == typeof(DateTime))
        {
            schema.Format = "date-time";
        }
        else if (type == typeof(object) || type == typeof(System.Text.Json.JsonElement) || typeof(System.Text.Json.Nodes.JsonNode).IsAssignableFrom(type))
        {
            // Free JSON in this API is always an object: an event's data, a bundle to verify, a ledger document.
            schema.Type = JsonSchemaType.Object | (nullable ? JsonSchemaType.Null : 0);
        }

        if (context.JsonTypeInfo.Kind == JsonTypeInfoKind.Enumerable && schema.Items is null && context.JsonTypeInfo.ElementType == typeof(string))
        {
            schema.Items = new OpenApiSchema { Type = JsonSchemaType.String };
        }

        if (context.JsonTypeInfo.Kind == JsonTypeInfoKind.Dictionary && schema.AdditionalProperties is OpenApiSchema { Items: null } values
            && context.JsonTypeInfo.ElementType == typeof(string[]))
        {
            values.Items = new OpenApiSchema { Type = JsonSchemaType.String };
        }

        // The object's own schema, wherever it is met (a member's schema is its type's, seen from the member).
        if (context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object && schema.Properties is { Count: > 0 } properties)
        {
            schema.Required = RequiredMembers(context.JsonTypeInfo, properties);
            // A deprecated member (docs/api.md) is marked on the member: [property: Obsolete("use …")].
            foreach (var member in context.JsonTypeInfo.Properties.Where(p => p.AttributeProvider?.IsDefined(typeof(ObsoleteAttribute), inherit: true) == true))
            {
                if (properties.TryGetValue(member.Name, out var deprecated) && deprecated is OpenApiSchema marked)
                {
                    marked.Deprecated = true;
                }
            }

            foreach (var name in schema.Required)
            {
                // A required member is never null: null is answered as missing.
                properties[name] = OpenApiAnswers.WithoutNull(properties[name]);
            }
        }

        return Task.CompletedTask;
    }

    private static HashSet<string> RequiredMembers(JsonTypeInfo type, IDictionary<string, IOpenApiSchema> properties) =>
        type.Properties
            .Where(p => properties.ContainsKey(p.Name)
                && (p.AttributeProvider?.IsDefined(typeof(RequiredAttribute), inherit: true) == true
                    || p.IsRequired
                    || (p.Get is not null && !p.IsGetNullable)))
            .Select(p => p.Name)
            .ToHashSet(StringComparer.Ordinal);

}
