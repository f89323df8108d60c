using System.Net;
using AssetRegistry.Applications;
using AssetRegistry.Security;
using AssetRegistry.Tests.Infrastructure;

namespace AssetRegistry.Tests.Portfolios;

/// <summary>A party's portfolio: what it holds, operates and is licensed to use — for clerks, supervisors and the party itself.</summary>
public sealed class PortfolioTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private readonly RegistryApi _api = new(app);
    private readonly RecordedRegistrations _recorded = new(app);

    private static string Portfolio(string partyCode, string query = "") => $"/api/parties/{partyCode}/assets{query}";

    [Fact]
    public async Task a_party_sees_what_it_holds_operates_and_is_licensed_and_not_what_it_no_longer_has()
    {
        var code = RegistryApi.NewCreditCode();
        var token = RegistryApi.EnterpriseToken(code);
        var party = new Applicant(code, "深圳市数据科技有限公司");
        var held = await _api.RegisteredAssetAsync(token);
        var operated = await _api.RegisteredAssetAsync(token, "dataProduct");
        var soldOff = await _api.RegisteredAssetAsync(token);
        var othersAsset = await _api.RegisteredAssetAsync(RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode()));
        var today = _recorded.Today;
        var inForce = await _recorded.LicenseAsync(othersAsset, party, today.AddDays(-1), today.AddDays(100));
        var upcoming = await _recorded.LicenseAsync(othersAsset, party, today.AddDays(10), today.AddDays(100));
        var cancelled = await _recorded.LicenseAsync(othersAsset, party, today, today.AddDays(100));
        var ended = await _recorded.LicenseAsync(othersAsset, party, today.AddDays(-30), today.AddDays(-1));
        foreach (var license in new[] { inForce, upcoming, cancelled, ended })
        {
            app.Clock.Advance(TimeSpan.FromMinutes(1));
            await _recorded.RecordAsync(othersAsset, license);
        }

        await _recorded.RecordAsync(othersAsset, _recorded.LicenseCancellation(othersAsset, cancelled.LicenseId));
        await _recorded.RecordAsync(soldOff, await _recorded.TransferAsync(soldOff, RecordedRegistrations.Enterprise("买方有限公司"), RecordedRegistrations.Fingerprint()));

        var portfolio = await app.Client.GetJsonAsync(Portfolio(code), token);
        var items = portfolio.Objects("items");

        Assert.Equal(4, portfolio["total"]!.GetValue<long>());
        Assert.Equal("holding", items.Single(i => i.Text("registrationNumber") == held).Text("right"));
        Assert.Equal("operating", items.Single(i => i.Text("registrationNumber") == operated).Text("right"));
        var licensed = items.Where(i => i.Text("registrationNumber") == othersAsset).ToArray();
        Assert.All(licensed, l => Assert.Equal("processingUse", l.Text("right")));
        Assert.Equal(
            [(inForce.LicenseId, true), (upcoming.LicenseId, false)],
            licensed.Select(l => (l["license"]!.AsObject().Text("licenseId"), l["licenseInForce"]!.GetValue<bool>())).OrderBy(l => !l.Item2));
        Assert.DoesNotContain(items, i => i.Text("registrationNumber") == soldOff);
    }

    [Fact]
    public async Task a_cancelled_asset_stays_in_the_portfolio_flagged_and_a_transferred_one_moves_to_the_new_holder()
    {
        var code = RegistryApi.NewCreditCode();
        var token = RegistryApi.EnterpriseToken(code);
        var cancelled = await _api.RegisteredAssetAsync(token);
        var transferred = await _api.RegisteredAssetAsync(token);
        var buyer = RecordedRegistrations.Enterprise("买方数据有限公司");
        await _recorded.RecordAsync(cancelled, _recorded.Cancellation(cancelled));
        await _recorded.RecordAsync(transferred, await _recorded.TransferAsync(transferred, buyer, RecordedRegistrations.Fingerprint()));

        var sellers = (await app.Client.GetJsonAsync(Portfolio(code), token)).Objects("items");
        var buyers = (await app.Client.GetJsonAsync(Portfolio(buyer.PartyCode), RegistryApi.EnterpriseToken(buyer.PartyCode))).Objects("items");

        Assert.Equal("cancelled", sellers.Single(i => i.Text("registrationNumber") == cancelled).Text("status"));
        Assert.DoesNotContain(sellers, i => i.Text("registrationNumber") == transferred);
        var bought = Assert.Single(buyers);
        Assert.Equal((transferred, "holding", "active"), (bought.Text("registrationNumber"), bought.Text("right"), bought.Text("status")));
        Assert.Equal(buyer.PartyCode, bought["holder"]!["partyCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_correction_naming_another_holder_moves_the_asset_to_its_portfolio()
    {
        var code = RegistryApi.NewCreditCode();
        var number = await _api.RegisteredAssetAsync(RegistryApi.EnterpriseToken(code));
        var rightful = RecordedRegistrations.Enterprise("真正持有人有限公司");

        await _recorded.RecordAsync(number, _recorded.HolderCorrection(number, await _recorded.AssetAsync(number), rightful));

        Assert.Empty((await app.Client.GetJsonAsync(Portfolio(code), RegistryApp.ClerkToken())).Objects("items"));
        var corrected = Assert.Single((await app.Client.GetJsonAsync(Portfolio(rightful.PartyCode), RegistryApp.ClerkToken())).Objects("items"));
        Assert.Equal((number, "holding"), (corrected.Text("registrationNumber"), corrected.Text("right")));
    }

    [Fact]
    public async Task another_enterprise_is_refused_while_clerks_and_supervisors_may_read_it()
    {
        var code = RegistryApi.NewCreditCode();
        await _api.RegisteredAssetAsync(RegistryApi.EnterpriseToken(code));

        var other = await app.Client.GetWithTokenAsync(Portfolio(code), RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode()));
        var bank = await app.Client.GetWithTokenAsync(Portfolio(code), RegistryApi.LoanOfficer);
        var anonymous = await app.Client.GetAsync(new Uri(Portfolio(code), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal("not-your-party", (await other.ReadProblemAsync()).Code());
        Assert.Equal(HttpStatusCode.Forbidden, bank.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Single((await app.Client.GetJsonAsync(Portfolio(code), RegistryApp.ClerkToken())).Objects("items"));
        Assert.Single((await app.Client.GetJsonAsync(Portfolio(code), RegistryApp.Token(RegistryRoles.Supervisor, "supervisor-wu"))).Objects("items"));
    }

    [Fact]
    public async Task the_portfolio_pages_newest_first_and_filters_by_right()
    {
        var code = RegistryApi.NewCreditCode();
        var token = RegistryApi.EnterpriseToken(code);
        var first = await _api.RegisteredAssetAsync(token);
        var second = await _api.RegisteredAssetAsync(token);
        var product = await _api.RegisteredAssetAsync(token, "dataProduct");

        var page1 = await app.Client.GetJsonAsync(Portfolio(code, "?pageSize=2"), token);
        var page2 = await app.Client.GetJsonAsync(Portfolio(code, "?pageSize=2&page=2"), token);
        var operating = await app.Client.GetJsonAsync(Portfolio(code, "?right=operating"), token);
        var badRight = await app.Client.GetWithTokenAsync(Portfolio(code, "?right=owning"), token);

        Assert.Equal(3, page1["total"]!.GetValue<long>());
        Assert.Equal([product, second, first], page1.Objects("items").Concat(page2.Objects("items")).Select(i => i.Text("registrationNumber")));
        Assert.Equal([product], operating.Objects("items").Select(i => i.Text("registrationNumber")));
        Assert.Equal(["right"], (await badRight.ReadProblemAsync()).FieldsAtFault());
    }
}
