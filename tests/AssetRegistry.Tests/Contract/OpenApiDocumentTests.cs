using System.Text.Json.Nodes;
using AssetRegistry.Tests.Infrastructure;

namespace AssetRegistry.Tests.Contract;

/// <summary>
/// The OpenAPI document is a contract clients are generated from: the copy in docs/openapi/v1.json is what the
/// service publishes, it passes Spectral's <c>spectral:oas</c> rules without a warning, and nothing in it is left
/// untyped.
/// </summary>
public sealed class OpenApiDocumentTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    [Fact]
    public async Task the_committed_copy_is_the_document_the_service_publishes()
    {
        var published = await PublishedDocument.ReadAsync(app.Client);
        var committed = File.Exists(PublishedDocument.CommittedPath) ? JsonNode.Parse(await File.ReadAllTextAsync(PublishedDocument.CommittedPath)) : null;

        if (Environment.GetEnvironmentVariable(PublishedDocument.RefreshVariable) == "1")
        {
            await File.WriteAllTextAsync(PublishedDocument.CommittedPath, PublishedDocument.Write(published));
            return;
        }

        var differences = JsonDifferences.Between(committed, published).ToList();
        Assert.True(differences.Count == 0,
            $"The OpenAPI document the service publishes differs from the committed copy, docs/openapi/v1.json ({differences.Count} difference(s); " +
            "− committed, + published):\n" + string.Join("\n", differences.Take(60)) + (differences.Count > 60 ? $"\n… and {differences.Count - 60} more" : "") +
            "\n\n" + PublishedDocument.HowToRefresh);
    }

    [Fact]
    public async Task spectral_with_the_oas_rules_reports_no_error_and_no_warning()
    {
        var published = await PublishedDocument.ReadAsync(app.Client);

        var findings = Spectral.Lint(PublishedDocument.Write(published));

        Assert.True(findings.Count == 0, $"Spectral (spectral:oas) on /openapi/v1.json:\n{string.Join("\n", findings)}\n\n{PublishedDocument.HowToRefresh}");
    }

    [Fact]
    public async Task every_property_parameter_and_header_has_a_type()
    {
        var published = await PublishedDocument.ReadAsync(app.Client);

        var untyped = PublishedDocument.UntypedSchemas(published).ToList();

        Assert.True(untyped.Count == 0, "Schemas that say nothing of their value (`{}`):\n" + string.Join("\n", untyped));
    }

    [Fact]
    public async Task every_operation_has_an_id_a_description_and_says_whether_it_needs_a_token()
    {
        var published = await PublishedDocument.ReadAsync(app.Client);

        var operations = PublishedDocument.Operations(published).ToList();

        Assert.NotEmpty(operations);
        Assert.All(operations, o =>
        {
            Assert.False(string.IsNullOrWhiteSpace(o.Operation["operationId"]?.GetValue<string>()), $"{o.Method} {o.Path} has no operationId");
            Assert.False(string.IsNullOrWhiteSpace(o.Operation["description"]?.GetValue<string>()), $"{o.Method} {o.Path} has no description");
            Assert.True(o.Operation["security"] is JsonArray { Count: > 0 }, $"{o.Method} {o.Path} does not say whether it needs a token");
        });
        Assert.Equal(operations.Count, operations.Select(o => o.Operation["operationId"]!.GetValue<string>()).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task a_clerks_operation_asks_for_the_bearer_token_and_declares_401_and_403()
    {
        var published = await PublishedDocument.ReadAsync(app.Client);

        var approve = published["paths"]!["/api/applications/{applicationId}/approve"]!["post"]!;

        Assert.Equal("approveApplication", approve["operationId"]!.GetValue<string>());
        Assert.Equal("""[{"bearer":[]}]""", approve["security"]!.ToJsonString());
        Assert.NotNull(approve["responses"]!["401"]);
        Assert.NotNull(approve["responses"]!["403"]);
        Assert.Contains(approve["parameters"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "If-Match" && p["in"]!.GetValue<string>() == "header");
        Assert.NotNull(approve["responses"]!["200"]!["headers"]!["ETag"]);
    }

    [Fact]
    public async Task page_sizes_are_integers_of_at_most_200()
    {
        var published = await PublishedDocument.ReadAsync(app.Client);

        var pageSizes = PublishedDocument.Operations(published)
            .SelectMany(o => o.Operation["parameters"]?.AsArray() ?? [])
            .Where(p => p!["name"]!.GetValue<string>() == "pageSize")
            .Select(p => p!["schema"]!)
            .ToList();

        Assert.NotEmpty(pageSizes);
        Assert.All(pageSizes, schema =>
        {
            Assert.Equal("integer", schema["type"]!.GetValue<string>());
            Assert.Equal(1, schema["minimum"]!.GetValue<int>());
            Assert.Equal(200, schema["maximum"]!.GetValue<int>());
        });
    }

    [Fact]
    public async Task the_reference_page_offers_the_bearer_scheme_so_that_it_sends_a_token()
    {
        var page = await app.Client.GetAsync("/docs/");

        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("openapi/v1.json", html, StringComparison.Ordinal);
        Assert.Matches("\"preferredSecurityScheme[s]?\"\\s*:\\s*\\[?\\s*\"bearer\"", html);
    }
}
