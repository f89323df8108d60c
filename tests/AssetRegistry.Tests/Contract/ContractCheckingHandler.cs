extern alias JsonSchemaNet;

using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
// Aliased: the package's root namespace, Json, would hide the tests' own Json(...) request helper.
using JsonSchemaNet::Json.Schema;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AssetRegistry.Tests.Contract;

/// <summary>
/// Every answer the HTTP tests receive is checked against the OpenAPI document the service publishes: its status
/// must be one the document declares for the operation, its JSON body must validate (JSON Schema 2020-12) against
/// the schema published for that operation, status and media type, and the contract's headers must be declared.
/// A request body the service accepted (2xx) must validate against the published request schema too, so that what
/// the document calls required is what the service requires. Deliberately bad requests are checked the same way:
/// their 400 must be the published problem.
/// </summary>
public sealed class ContractCheckingHandler(IHost host) : DelegatingHandler
{
    /// <summary>Set to a file path: violations are appended there instead of failing the test (to list them all in one run).</summary>
    public const string ReportVariable = "ASSETREGISTRY_CONTRACT_REPORT";

    private static readonly ConcurrentDictionary<string, Task<PublishedContract>> Contracts = new(StringComparer.Ordinal);
    private static readonly string[] ContractHeaders = ["ETag", "Location", "X-Leaf-Index", "Idempotent-Replayed", "Retry-After"];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string? requestBody = null;
        if (request.Content is { } content && IsJson(content.Headers.ContentType))
        {
            await content.LoadIntoBufferAsync(cancellationToken);
            requestBody = await content.ReadAsStringAsync(cancellationToken);
        }

        var response = await base.SendAsync(request, cancellationToken);
        var path = request.RequestUri!.IsAbsoluteUri ? request.RequestUri.AbsolutePath : request.RequestUri.OriginalString.Split('?')[0];
        if (!path.StartsWith("/api/", StringComparison.Ordinal) && !path.StartsWith("/dev/", StringComparison.Ordinal))
        {
            return response;
        }

        var contract = await Contracts.GetOrAdd(host.Services.GetRequiredService<IHostEnvironment>().EnvironmentName,
            _ => PublishedContract.LoadAsync(new HttpClient(host.GetTestServer().CreateHandler()) { BaseAddress = new Uri("http://localhost") }));
        var violations = await contract.CheckAsync(request.Method.Method, path, requestBody, response, cancellationToken);
        if (violations.Count > 0)
        {
            var message = $"{request.Method} {request.RequestUri} answered {(int)response.StatusCode}, which breaks the published OpenAPI document:\n  "
                + string.Join("\n  ", violations) + "\n" + PublishedDocument.HowToRefresh;
            if (Environment.GetEnvironmentVariable(ReportVariable) is { Length: > 0 } report)
            {
                lock (Contracts)
                {
                    File.AppendAllText(report, message + "\n\n");
                }
            }
            else
            {
                throw new ContractViolationException(message);
            }
        }

        return response;
    }

    internal static bool IsJson(MediaTypeHeaderValue? type) =>
        type?.MediaType is { } media && (media == "application/json" || media.EndsWith("+json", StringComparison.Ordinal));

    public static IReadOnlyList<string> ContractHeadersOf(HttpResponseMessage response) =>
        [.. ContractHeaders.Where(h => Has(response, h))];

    public static bool Has(HttpResponseMessage response, string header) =>
        response.Headers.NonValidated.Contains(header) || response.Content.Headers.NonValidated.Contains(header);
}

public sealed class ContractViolationException(string message) : Exception(message);

/// <summary>The document of one environment, with its schemas made ready for evaluation.</summary>
public sealed class PublishedContract
{
    private static int _documents;
    private static int _evaluators;
    private readonly JsonObject _document;
    private readonly string _definitions;
    private readonly string _id;
    private readonly ConcurrentDictionary<string, JsonSchema> _schemas = new(StringComparer.Ordinal);
    private readonly List<(string Template, string[] Segments)> _paths;

    private PublishedContract(JsonObject document)
    {
        _document = document;
        _id = $"https://contract.asset-registry.test/{Interlocked.Increment(ref _documents)}";
        _definitions = Refs(document["components"]?["schemas"]?.ToJsonString() ?? "{}");
        _paths = [.. document["paths"]!.AsObject().Select(p => (p.Key, p.Key.Trim('/').Split('/')))];
    }

    public static async Task<PublishedContract> LoadAsync(HttpClient client)
    {
        using (client)
        {
            return new PublishedContract((await PublishedDocument.ReadAsync(client)).AsObject());
        }
    }

    public async Task<IReadOnlyList<string>> CheckAsync(string method, string path, string? requestBody, HttpResponseMessage response, CancellationToken cancellation)
    {
        var violations = new List<string>();
        var template = Match(path);
        var operation = template is null ? null : _document["paths"]![template]![method.ToLowerInvariant()];
        if (operation is null)
        {
            // A path or method the API does not have: the only honest answers are 404 and 405.
            if ((int)response.StatusCode is not (404 or 405))
            {
                violations.Add($"the document has no operation {method} {path}");
            }

            return violations;
        }

        var operationId = operation["operationId"]?.GetValue<string>() ?? $"{method} {template}";
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var declared = operation["responses"]?[status] ?? operation["responses"]?[$"{status[0]}XX"] ?? operation["responses"]?["default"];
        if (declared is null)
        {
            violations.Add($"status {status} is not declared for {operationId} (declared: {string.Join(", ", operation["responses"]!.AsObject().Select(r => r.Key))}); "
                + $"declare it on the endpoint, e.g. .ProducesProblem({status})");
            return violations;
        }

        foreach (var header in ContractCheckingHandler.ContractHeadersOf(response))
        {
            if (declared["headers"]?[header] is null)
            {
                violations.Add($"the answer carries the header {header}, which {operationId} does not declare for {status}");
            }
        }

        foreach (var (header, description) in declared["headers"]?.AsObject() ?? [])
        {
            if (description?["required"]?.GetValue<bool>() == true && !ContractCheckingHandler.Has(response, header))
            {
                violations.Add($"the header {header}, required for {operationId} {status}, is missing");
            }
        }

        var contentType = response.Content.Headers.ContentType;
        await response.Content.LoadIntoBufferAsync(cancellation);
        var body = await response.Content.ReadAsStringAsync(cancellation);
        if (body.Length > 0 && ContractCheckingHandler.IsJson(contentType))
        {
            var media = declared["content"]?[contentType!.MediaType!];
            if (media?["schema"] is not { } schema)
            {
                violations.Add($"{operationId} {status} declares no {contentType!.MediaType} body (declared: {string.Join(", ", declared["content"]?.AsObject().Select(c => c.Key) ?? [])})");
            }
            else
            {
                violations.AddRange(Validate($"{template} {method} {status} {contentType!.MediaType}", schema, body, "answer"));
            }
        }

        if (requestBody is { Length: > 0 } && status[0] == '2' && operation["requestBody"]?["content"]?["application/json"]?["schema"] is { } requestSchema)
        {
            violations.AddRange(Validate($"{template} {method} request", requestSchema, requestBody, "accepted request"));
        }

        return violations;
    }

    /// <summary>Every example the document gives for a schema, checked against that schema.</summary>
    public IEnumerable<string> ExamplesThatDoNotValidate() =>
        from component in _document["components"]?["schemas"]?.AsObject() ?? []
        from example in component.Value?["examples"]?.AsArray() ?? []
        from violation in Validate($"example {component.Key}", JsonNode.Parse($$"""{"$ref":"#/components/schemas/{{component.Key}}"}""")!, example!.ToJsonString(), $"example of {component.Key}")
        select violation;

    private IEnumerable<string> Validate(string key, JsonNode schema, string json, string what)
    {
        var evaluator = _schemas.GetOrAdd(key, _ =>
        {
            var text = $$"""{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"{{_id}}/{{Interlocked.Increment(ref _evaluators)}}","$defs":{{_definitions}},"allOf":[{{Refs(schema.ToJsonString())}}]}""";
            return JsonSchema.FromText(text);
        });
        JsonNode? instance;
        try
        {
            instance = JsonNode.Parse(json);
        }
        catch (System.Text.Json.JsonException e)
        {
            return [$"the {what} is not JSON: {e.Message}"];
        }

        var result = evaluator.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (result.IsValid)
        {
            return [];
        }

        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{what} at '{d.InstanceLocation}' ({d.EvaluationPath}): {e.Value}"))
            .Distinct(StringComparer.Ordinal).Take(12).ToList();
        var shown = json.Length <= 600 ? json : json[..600] + "…";
        return errors.Count == 0 ? [$"the {what} does not validate against the published schema: {shown}"] : [.. errors, $"the {what}: {shown}"];
    }

    /// <summary>The path template a request path matches; literal segments win over parameters (<c>/checkpoint</c> before <c>/{treeSize}</c>).</summary>
    private string? Match(string path)
    {
        var segments = path.Trim('/').Split('/');
        return Matching(segments, p => p.Segments.Length == segments.Length)
            // A catch-all route ({**path}, the C2SP tile paths) can only be published as one last parameter.
            ?? Matching(segments, p => p.Segments.Length < segments.Length && p.Segments[^1] == "{path}");
    }

    private string? Matching(string[] segments, Func<(string Template, string[] Segments), bool> shaped) =>
        _paths
            .Where(p => shaped(p)
                && p.Segments.Zip(segments).All(s => s.First.StartsWith('{') || string.Equals(s.First, Uri.UnescapeDataString(s.Second), StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(p => p.Segments.Count(s => !s.StartsWith('{')))
            .Select(p => p.Template)
            .FirstOrDefault();

    private static string Refs(string json) => json.Replace("\"#/components/schemas/", "\"#/$defs/", StringComparison.Ordinal);
}

public static class ContractClients
{
    /// <summary>A client of the host whose every answer is checked against the host's published OpenAPI document.</summary>
    public static HttpClient ContractClient(this IHost host) =>
        new(new ContractCheckingHandler(host) { InnerHandler = host.GetTestServer().CreateHandler() }) { BaseAddress = new Uri("http://localhost") };
}
