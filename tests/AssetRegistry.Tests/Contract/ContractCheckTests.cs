using System.Net;
using System.Text;
using AssetRegistry.Tests.Infrastructure;

namespace AssetRegistry.Tests.Contract;

/// <summary>The check every HTTP test's answers go through: it fails what the published document does not allow.</summary>
public sealed class ContractCheckTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private static HttpResponseMessage Answer(HttpStatusCode status, string? json = null, string mediaType = "application/json") => new(status)
    {
        Content = json is null ? new ByteArrayContent([]) : new StringContent(json, Encoding.UTF8, mediaType),
    };

    private Task<PublishedContract> ContractAsync() => PublishedContract.LoadAsync(app.Host.ContractClient());

    [Fact]
    public async Task a_status_the_document_does_not_declare_for_the_operation_is_a_violation()
    {
        var contract = await ContractAsync();

        var violations = await contract.CheckAsync("GET", "/api/ledger/checkpoint", null, Answer(HttpStatusCode.Conflict, """{"code":"x"}""", "application/problem+json"), default);

        Assert.Contains(violations, v => v.Contains("status 409 is not declared for getLatestCheckpoint", StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_body_that_does_not_match_the_published_schema_is_a_violation()
    {
        var contract = await ContractAsync();

        var violations = await contract.CheckAsync("GET", "/api/ledger/proofs/inclusion", null,
            Answer(HttpStatusCode.OK, """{"certificateNumber":"AR-C-1","leafIndex":"3","treeSize":4,"leafHash":"AA==","inclusionProof":[]}"""), default);

        Assert.Contains(violations, v => v.Contains("'/leafIndex'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_problem_without_its_code_is_a_violation()
    {
        var contract = await ContractAsync();

        var violations = await contract.CheckAsync("GET", "/api/ledger/checkpoint", null,
            Answer(HttpStatusCode.NotFound, """{"type":"https://asset-registry.example/problems/x","title":"X","status":404,"instance":"/api/ledger/checkpoint","traceId":"t"}""", "application/problem+json"), default);

        Assert.Contains(violations, v => v.Contains("code", StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_contract_header_the_operation_does_not_declare_is_a_violation()
    {
        var contract = await ContractAsync();
        var answer = Answer(HttpStatusCode.OK, """{"items":[],"page":1,"pageSize":50,"total":0}""");
        answer.Headers.ETag = new System.Net.Http.Headers.EntityTagHeaderValue("\"3\"");

        var violations = await contract.CheckAsync("GET", "/api/notices", null, answer, default);

        Assert.Contains(violations, v => v.Contains("header ETag", StringComparison.Ordinal));
    }

    [Fact]
    public async Task an_answer_that_keeps_the_contract_passes()
    {
        var contract = await ContractAsync();

        var violations = await contract.CheckAsync("GET", "/api/notices", null, Answer(HttpStatusCode.OK, """{"items":[],"page":1,"pageSize":50,"total":0}"""), default);

        Assert.Empty(violations);
    }

    [Fact]
    public async Task every_example_in_the_document_validates_against_its_schema()
    {
        var contract = await ContractAsync();

        var violations = contract.ExamplesThatDoNotValidate().ToList();

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
