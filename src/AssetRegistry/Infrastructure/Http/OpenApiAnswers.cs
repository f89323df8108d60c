using Microsoft.OpenApi;

namespace AssetRegistry.Infrastructure.Http;

/// <summary>
/// What holds for schemas by where they are used. A required member is never null (null is refused as missing). An
/// answer leaves out a member that is null (<c>WhenWritingNull</c>), so no member of an answer is ever null; and an
/// answer may gain members (docs/api.md), so only request bodies are closed (<c>additionalProperties: false</c>).
/// </summary>
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

        foreach (var (name, schema) in schemas)
        {
            if (schema is not OpenApiSchema { Properties: { } properties } members)
            {
                continue;
            }

            var answerOnly = answered.Contains(name) && !read.Contains(name);
            foreach (var member in properties.Keys.ToList())
            {
                if (answerOnly || members.Required?.Contains(member) == true)
                {
                    properties[member] = WithoutNull(properties[member]);
                }
            }

            if (answered.Contains(name))
            {
                members.AdditionalPropertiesAllowed = true;
                members.AdditionalProperties = null;
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
