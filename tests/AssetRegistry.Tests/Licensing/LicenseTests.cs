using System.Net;
using AssetRegistry.Tests.Infrastructure;

namespace AssetRegistry.Tests.Licensing;

/// <summary>License registration (许可登记): the licensee's consent, the overlap rules, the scope, and their refusals.</summary>
public sealed class LicenseTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private readonly Given _given = new(app);
    private RegistryApi Api => _given.Api;

    [Fact]
    public async Task a_license_waits_for_the_licensees_consent_and_then_binds_the_asset()
    {
        var (holder, number) = await _given.RegisteredAsync();
        var licensee = Enterprise.New("广州算法有限公司");

        var id = await Api.AppliedAsync("license", holder.Token, _given.License(number, licensee, "sole"));
        var waiting = await Api.GetApplicationAsync(id, holder.Token);
        Assert.Equal("awaitingConsent", waiting.Text("state"));

        await app.AssertRefusedAsync(() => Api.ActAsync("accept", id, RegistryApi.ClerkZhao), HttpStatusCode.Conflict, "application-awaiting-consent",
            asset: number, application: id);

        await Api.CompletedAsync(id, licensee.Token);

        var license = Assert.Single((await _given.StoredAssetAsync(number)).Licenses);
        Assert.Equal(licensee.Code, license.Licensee.PartyCode);
        Assert.Equal(AssetRegistry.Licensing.LicenseType.Sole, license.Terms.Type);
    }

    [Fact]
    public async Task only_the_named_licensee_may_consent()
    {
        var (holder, number) = await _given.RegisteredAsync();
        var id = await Api.AppliedAsync("license", holder.Token, _given.License(number, Enterprise.New("被许可人"), "nonExclusive"));

        await app.AssertRefusedAsync(() => Api.ActAsync("consent", id, Enterprise.New("旁人").Token), HttpStatusCode.Forbidden, "not-the-counterparty",
            asset: number, application: id);
    }

    [Fact]
    public async Task only_the_holder_may_license_an_asset()
    {
        var (_, number) = await _given.RegisteredAsync();
        var stranger = Enterprise.New("旁人");

        await app.AssertRefusedAsync(() => Api.ApplyAsync("license", stranger.Token, _given.License(number, Enterprise.New("被许可人"))),
            HttpStatusCode.Forbidden, "not-the-holder", asset: number, applicant: stranger.Code);
    }

    [Fact]
    public async Task an_exclusive_license_may_not_overlap_another_license()
    {
        var (holder, number) = await _given.RegisteredAsync();
        var first = Enterprise.New("第一被许可人");
        await Api.CompletedAsync(await Api.AppliedAsync("license", holder.Token, _given.License(number, first, "nonExclusive", 1, 100)), first.Token);

        await app.AssertRefusedAsync(() => Api.ApplyAsync("license", holder.Token, _given.License(number, Enterprise.New("独占被许可人"), "exclusive", 50, 150)),
            HttpStatusCode.Conflict, "license-overlaps-exclusive", asset: number);
    }

    [Fact]
    public async Task a_sole_license_may_not_overlap_another_sole_one_but_may_overlap_a_non_exclusive_one()
    {
        var (holder, number) = await _given.RegisteredAsync();
        var sole = Enterprise.New("排他被许可人");
        await Api.CompletedAsync(await Api.AppliedAsync("license", holder.Token, _given.License(number, sole, "sole", 1, 100)), sole.Token);

        await app.AssertRefusedAsync(() => Api.ApplyAsync("license", holder.Token, _given.License(number, Enterprise.New("另一排他"), "sole", 10, 20)),
            HttpStatusCode.Conflict, "license-overlaps-sole", asset: number);
        var nonExclusive = await Api.ApplyAsync("license", holder.Token, _given.License(number, Enterprise.New("普通被许可人"), "nonExclusive", 10, 20));

        Assert.Equal(HttpStatusCode.Created, nonExclusive.StatusCode);
    }

    [Fact]
    public async Task licenses_that_do_not_overlap_in_time_are_both_registered()
    {
        var (holder, number) = await _given.RegisteredAsync();
        var first = Enterprise.New("上半年");
        var second = Enterprise.New("下半年");
        await Api.CompletedAsync(await Api.AppliedAsync("license", holder.Token, _given.License(number, first, "exclusive", 60, 100)), first.Token);

        await Api.CompletedAsync(await Api.AppliedAsync("license", holder.Token, _given.License(number, second, "exclusive", 101, 200)), second.Token);

        Assert.Equal(2, (await _given.StoredAssetAsync(number)).Licenses.Count);
    }

    [Fact]
    public async Task a_license_whose_scope_lies_outside_the_registered_scenarios_is_refused_and_nothing_is_recorded()
    {
        // Registered for 城市规划 and 出行服务.
        var (holder, number) = await _given.RegisteredAsync();
        var body = new
        {
            registrationNumber = number, licensee = Enterprise.New("军工数据有限公司").AsParty, type = "nonExclusive",
            subLicensingAllowed = false, scope = new[] { "城市规划", "军事用途" }, startsOn = Api.Today(1), endsOn = Api.Today(30),
        };

        var problem = await app.AssertRefusedAsync(() => Api.ApplyAsync("license", holder.Token, body), HttpStatusCode.Conflict,
            "license-scope-outside-scenarios", field: "scope", asset: number);

        Assert.Contains("军事用途", problem.Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_scope_written_with_other_white_space_and_unicode_form_matches_its_scenario()
    {
        var (holder, number) = await _given.RegisteredAsync();
        var licensee = Enterprise.New("规划院");
        var body = new
        {
            registrationNumber = number, licensee = licensee.AsParty, type = "nonExclusive",
            subLicensingAllowed = false, scope = new[] { "　出行服务 " }, startsOn = Api.Today(1), endsOn = Api.Today(30),
        };

        await Api.CompletedAsync(await Api.AppliedAsync("license", holder.Token, body), licensee.Token);

        Assert.Single((await _given.StoredAssetAsync(number)).Licenses);
    }

    [Fact]
    public async Task a_natural_person_licensee_must_first_be_recorded_by_a_clerk()
    {
        var (holder, number) = await _given.RegisteredAsync();
        var person = new { type = "residentIdNumber", number = "110105200002290013" };
        var body = new { registrationNumber = number, licensee = person, type = "nonExclusive", subLicensingAllowed = false, scope = new[] { "出行服务" }, startsOn = Api.Today(1), endsOn = Api.Today(30) };

        await app.AssertRefusedAsync(() => Api.ApplyAsync("license", holder.Token, body), HttpStatusCode.Conflict, "party-not-recorded", asset: number);

        var recorded = await app.Client.SendAsync(HttpExtensions.Json(HttpMethod.Post, "/api/parties",
            new { name = "李四", identifier = new { type = "residentIdNumber", number = "110105200002290013" }, identityDocuments = new[] { PartyDirectory.SampleLicence } }, RegistryApi.ClerkZhao));
        var partyCode = (await recorded.ReadJsonAsync()).Text("partyCode");
        var id = await Api.AppliedAsync("license", holder.Token, body);
        await Api.CompletedAsync(id, RegistryApp.Token("natural-person", "li-si", partyCode));

        Assert.Equal(partyCode, Assert.Single((await _given.StoredAssetAsync(number)).Licenses).Licensee.PartyCode);
    }
}
