using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace AssetRegistry.Infrastructure.Http;

/// <summary>
/// The problem details every refusal and failure is answered with (<see cref="ProblemResponses"/>,
/// <see cref="ProblemJsonWriter"/>), published as they are written: RFC 9457's members, with the registry's stable
/// <c>code</c>, the <c>traceId</c> to quote to support, the <c>field</c> at fault when there is one, and — for a
/// request with invalid fields — <c>errors</c>, each field with what is wrong with it. ASP.NET Core's own
/// <c>ProblemDetails</c> schemas say none of that; these replace them under the same names.
/// </summary>
internal static class OpenApiProblems
{
    public const string Problem = "ProblemDetails";
    public const string ValidationProblem = "HttpValidationProblemDetails";

    // The schema of the member that carries a code; the codes themselves are made only in Refusals.cs.
    private const string CodeMember = "code";

    public static void Publish(OpenApiDocument document)
    {
        var schemas = document.Components!.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        schemas[Problem] = Schema(validation: false);
        schemas[ValidationProblem] = Schema(validation: true);
    }

    private static OpenApiSchema Schema(bool validation)
    {
        var properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
        {
            ["type"] = Text("Identifies the kind of problem: `https://asset-registry.example/problems/{code}` for the registry's own.", "uri"),
            ["title"] = Text("A short sentence for the kind of problem, in the request's language (Accept-Language; Chinese by default)."),
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "400", Maximum = "599", Description = "The HTTP status, repeated." },
            ["detail"] = Text("What happened in this case, in a sentence a clerk understands, in the request's language."),
            ["instance"] = Text("The path of the request that was refused."),
            [CodeMember] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$",
                Description = "The stable, machine-readable code of the refusal (`asset-under-objection`, `invalid-fields`, …): clients branch on it, never on the sentences.",
                Examples = [JsonValue.Create("application-already-decided")],
            },
            ["traceId"] = Text("The request's trace id, to quote when asking the registry about this answer."),
            ["field"] = Text("The request member or parameter at fault, when the refusal names one (`registrationNumber`, `identifier.number`, `Idempotency-Key`)."),
        };
        // No `type` on the answers ASP.NET Core writes itself (401 from the token check, 404/405/415 from routing).
        var required = new HashSet<string>(StringComparer.Ordinal) { "title", "status", "instance", CodeMember, "traceId" };
        if (validation)
        {
            properties["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Every field at fault (its path in the body, `items[2].name`, or the parameter's name), with what is wrong with it.",
                AdditionalProperties = new OpenApiSchema
                {
                    Type = JsonSchemaType.Array,
                    MinItems = 1,
                    Items = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string>(StringComparer.Ordinal) { CodeMember, "detail" },
                        Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
                        {
                            [CodeMember] = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", Description = "The fault's stable code (docs/refusals.md)." },
                            ["detail"] = Text("The fault, in the request's language (Accept-Language; Chinese by default)."),
                        },
                    },
                },
            };
        }

        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = validation
                ? "A request the registry cannot read (400): problem details naming, in `errors`, every field at fault."
                : "RFC 9457 problem details with the registry's stable `code`.",
            Properties = properties,
            Required = required,
        };
    }

    private static OpenApiSchema Text(string description, string? format = null) =>
        new() { Type = JsonSchemaType.String, Format = format, Description = description };
}
