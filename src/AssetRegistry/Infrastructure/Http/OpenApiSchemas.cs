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
        // The exporter cannot see through the service's converters, nor so whether their values may be null: the member says.
        var nullable = (schema.Type is { } declared && declared.HasFlag(JsonSchemaType.Null))
            || Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) is not null
            || context.JsonPropertyInfo is { IsSetNullable: true } or { IsGetNullable: true };
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

    private static HashSet<string> RequiredMembers(JsonTypeInfo type, IDictionary<string, IOpenApiSchema> properties)
    {
        var declared = type.Type.GetCustomAttributes(typeof(RequiredMembersAttribute), inherit: false).Cast<RequiredMembersAttribute>().SelectMany(a => a.Members).ToList();
        if (declared.FirstOrDefault(member => !properties.ContainsKey(member)) is { } unknown)
        {
            throw new InvalidOperationException($"{type.Type.Name} declares '{unknown}' required, but has no member of that JSON name.");
        }

        return type.Properties
            .Where(p => properties.ContainsKey(p.Name)
                && (declared.Contains(p.Name)
                    || p.AttributeProvider?.IsDefined(typeof(RequiredAttribute), inherit: true) == true
                    || p.IsRequired
                    || (p.Get is not null && !p.IsGetNullable)))
            .Select(p => p.Name)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// A schema's name is its type's, as ASP.NET Core names it — unless two types of the service share a name (the
    /// body of a correction, 更正, and a request for correction, 补正, are both a <c>CorrectionRequest</c>): then each
    /// is named with its folder, so that neither's schema stands for the other's.
    /// </summary>
    public static string? SchemaId(JsonTypeInfo type)
    {
        var name = OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        return name is not null && type.Type.Assembly == typeof(OpenApiSchemas).Assembly && SharedNames.Value.Contains(type.Type.Name)
            ? type.Type.Namespace!.Split('.')[^1] + name
            : name;
    }

    private static readonly Lazy<HashSet<string>> SharedNames = new(() =>
        typeof(OpenApiSchemas).Assembly.GetExportedTypes().GroupBy(t => t.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal));

}
