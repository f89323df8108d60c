using System.Net;
using AssetRegistry.Tests.Infrastructure;
using static AssetRegistry.Tests.Infrastructure.HttpExtensions;

namespace AssetRegistry.Tests.Contract;

/// <summary>Bodies are read as their schemas say: a member the schema does not name is refused, and a number is a JSON number.</summary>
public sealed class StrictJsonTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private static readonly string Clerk = RegistryApp.ClerkToken();

    [Fact]
    public async Task an_unknown_member_is_refused_naming_it_and_nothing_is_recorded()
    {
        var code = RegistryApi.NewCreditCode();

        var response = await app.Client.SendAsync(RawJson(HttpMethod.Post, "/api/parties",
            $$"""{"name":"深圳市数据科技有限公司","identifier":{"type":"unifiedSocialCreditCode","number":"{{code}}"},"nickname":"深数"}""", Clerk));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal("unknown-member", problem.Code());
        Assert.Equal(["nickname"], problem.FieldsAtFault());
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/parties/{code}").WithToken(Clerk))).StatusCode);
    }

    [Fact]
    public async Task an_unknown_member_of_a_nested_object_is_named_by_its_path()
    {
        var response = await app.Client.SendAsync(RawJson(HttpMethod.Post, "/api/parties",
            $$$"""{"name":"深圳市数据科技有限公司","identifier":{"type":"unifiedSocialCreditCode","number":"{{{RegistryApi.NewCreditCode()}}}","country":"CN"}}""", Clerk));

        var problem = await response.ReadProblemAsync();
        Assert.Equal("unknown-member", problem.Code());
        Assert.Equal(["identifier.country"], problem.FieldsAtFault());
    }

    [Fact]
    public async Task no_published_number_may_also_be_a_string()
    {
        var published = await PublishedDocument.ReadAsync(app.Client);

        var both = published.ToJsonString();

        Assert.DoesNotContain("""["integer","string"]""", both, StringComparison.Ordinal);
        Assert.DoesNotContain("""["null","integer","string"]""", both, StringComparison.Ordinal);
    }
}
