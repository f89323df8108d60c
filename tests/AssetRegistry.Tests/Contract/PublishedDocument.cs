using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AssetRegistry.Tests.Contract;

/// <summary>The OpenAPI document as the service publishes it, and the committed copy clients are built from.</summary>
public static class PublishedDocument
{
    public const string RefreshVariable = "ASSETREGISTRY_REFRESH_OPENAPI";

    public static readonly string HowToRefresh =
        "If the change is meant (a new endpoint, a new field): declare it on the endpoint — `.WithName(\"verbNoun\")` (the operationId), " +
        "`.WithSummary`/`.WithDescription`, `.Produces<T>(status)` / `.ProducesProblem(status)` for every status it answers, `.RequireAuthorization(…)` or " +
        "`.AllowAnonymous()`, and `[RequiredMembers(\"…\")]` on a request body naming the members the endpoint requires (docs/api.md) — then refresh the committed copy with\n" +
        $"    {RefreshVariable}=1 dotnet test tests/AssetRegistry.Tests --filter \"FullyQualifiedName~OpenApiDocumentTests\"\n" +
        "and commit docs/openapi/v1.json with the change. A removed or renamed member, operation or operationId is a breaking change (docs/api.md).";

    public static string CommittedPath { get; } = Path.Combine(RepositoryRoot.Path, "docs", "openapi", "v1.json");

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<JsonNode> ReadAsync(HttpClient client)
    {
        var response = await client.GetAsync("/openapi/v1.json");
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>Indented, with CJK text as itself, and a final newline: the committed copy reads as a document.</summary>
    public static string Write(JsonNode document) => document.ToJsonString(Indented) + "\n";

    public static IEnumerable<(string Method, string Path, JsonObject Operation)> Operations(JsonNode document) =>
        from path in document["paths"]!.AsObject()
        from operation in path.Value!.AsObject()
        where operation.Key is "get" or "put" or "post" or "delete" or "patch"
        select (operation.Key.ToUpperInvariant(), path.Key, operation.Value!.AsObject());

    /// <summary>Where a property, parameter or header has a schema that says nothing (<c>{}</c> or a bare <c>format</c>).</summary>
    public static IEnumerable<string> UntypedSchemas(JsonNode document)
    {
        foreach (var (name, schema) in document["components"]!["schemas"]!.AsObject())
        {
            foreach (var untyped in Untyped(schema, $"#/components/schemas/{name}"))
            {
                yield return untyped;
            }
        }

        foreach (var (method, path, operation) in Operations(document))
        {
            foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
            {
                foreach (var untyped in Untyped(parameter!["schema"], $"{method} {path} parameter {parameter["name"]}"))
                {
                    yield return untyped;
                }
            }

            foreach (var (status, response) in operation["responses"]?.AsObject() ?? [])
            {
                foreach (var (header, value) in response!["headers"]?.AsObject() ?? [])
                {
                    foreach (var untyped in Untyped(value!["schema"], $"{method} {path} {status} header {header}"))
                    {
                        yield return untyped;
                    }
                }
            }
        }
    }

    private static readonly string[] SaysWhat = ["type", "$ref", "oneOf", "anyOf", "allOf", "const", "enum", "not"];

    private static IEnumerable<string> Untyped(JsonNode? schema, string where)
    {
        if (schema is not JsonObject members)
        {
            yield return $"{where}: no schema";
            yield break;
        }

        if (!SaysWhat.Any(members.ContainsKey))
        {
            yield return $"{where}: {members.ToJsonString()}";
        }

        foreach (var (name, property) in members["properties"]?.AsObject() ?? [])
        {
            foreach (var untyped in Untyped(property, $"{where}.{name}"))
            {
                yield return untyped;
            }
        }

        if (members["items"] is { } items)
        {
            foreach (var untyped in Untyped(items, $"{where}[]"))
            {
                yield return untyped;
            }
        }

        foreach (var keyword in new[] { "oneOf", "anyOf", "allOf" })
        {
            foreach (var (branch, i) in (members[keyword]?.AsArray() ?? []).Select((b, i) => (b, i)))
            {
                foreach (var untyped in Untyped(branch, $"{where}/{keyword}/{i}"))
                {
                    yield return untyped;
                }
            }
        }
    }
}
