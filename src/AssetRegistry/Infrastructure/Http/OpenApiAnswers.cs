using Microsoft.OpenApi;

namespace AssetRegistry.Infrastructure.Http;

/// <summary>The schemas of answers: a member that is null is left out (<c>WhenWritingNull</c>), so no member of theirs is ever null.</summary>
internal static class OpenApiAnswers
{
    public static void NeverNull(OpenApiDocument document)
    {
        var schemas = document.Components?.Schemas;
        if (schemas is null)
        {
            return;
        }

        var read = new HashSet<string>(StringComparer.Ordinal);
        var answered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in (document.Paths ?? []).Values.SelectMany(p => (p.Operations ?? []).Values))
        {
            foreach (var media in operation.RequestBody?.Content?.Values ?? [])
            {
                Reach(media.Schema, schemas, read);
            }

            foreach (var media in (operation.Responses ?? []).Values.SelectMany(r => r.Content?.Values ?? []))
            {
                Reach(media.Schema, schemas, answered);
            }
        }

        foreach (var name in answered.Except(read))
        {
            if (schemas[name] is OpenApiSchema { Properties: { } properties })
            {
                foreach (var member in properties.Keys.ToList())
                {
                    properties[member] = WithoutNull(properties[member]);
                }
            }
        }
    }

    /// <summary><c>["string","null"]</c> becomes <c>"string"</c>; a <c>oneOf</c> of null and one schema becomes that schema.</summary>
    public static IOpenApiSchema WithoutNull(IOpenApiSchema member)
    {
        if (member is not OpenApiSchema schema)
        {
            return member;
        }

        if (schema.Type is { } type && type.HasFlag(JsonSchemaType.Null) && type != JsonSchemaType.Null)
        {
            schema.Type = type & ~JsonSchemaType.Null;
        }

        if (schema.OneOf is { Count: 2 } oneOf && oneOf.Count(IsNull) == 1 && schema.Properties is not { Count: > 0 } && schema.Type is null)
        {
            var rest = oneOf.Single(s => !IsNull(s));
            if (schema.Description is null && schema.Extensions is not { Count: > 0 })
            {
                return rest;
            }

            schema.OneOf = null;
            schema.AllOf = [rest];
        }

        return schema;
    }

    private static bool IsNull(IOpenApiSchema schema) => schema is OpenApiSchema { Type: JsonSchemaType.Null };

    private static void Reach(IOpenApiSchema? schema, IDictionary<string, IOpenApiSchema> schemas, HashSet<string> reached)
    {
        switch (schema)
        {
            case null:
                return;
            case OpenApiSchemaReference reference:
                if (reference.Reference.Id is { } id && reached.Add(id) && schemas.TryGetValue(id, out var target))
                {
                    Reach(target, schemas, reached);
                }

                return;
        }

        foreach (var child in (schema.Properties?.Values ?? []).Concat(schema.OneOf ?? []).Concat(schema.AnyOf ?? []).Concat(schema.AllOf ?? []))
        {
            Reach(child, schemas, reached);
        }

        Reach(schema.Items, schemas, reached);
        Reach(schema.AdditionalProperties, schemas, reached);
    }
}
