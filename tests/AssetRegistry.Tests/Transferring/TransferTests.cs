using System.Net;
using AssetRegistry.Tests.Infrastructure;
using AssetRegistry.Transferring;
using Marten;

namespace AssetRegistry.Tests.Transferring;

/// <summary>Transfer registration (转让登记): the new holder's consent, public notice, a court's judgment, and the race of two transfers.</summary>
public sealed class TransferTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private readonly Given _given = new(app);
    private RegistryApi Api => _given.Api;

    [Fact]
    public async Task a_transfer_with_the_new_holders_consent_and_public_notice_moves_the_holding_and_licenses_survive()
    {
        var (holder, number, _, _) = await _given.LicensedAssetAsync();
        var buyer = Enterprise.New("杭州数据交易有限公司");

        var id = await _given.AppliedForTransferAsync(holder, number, buyer);
        await Api.ActedAsync("consent", id, buyer.Token);
        var accepted = await Api.ActedAsync("accept", id, RegistryApi.ClerkZhao);
        Assert.Equal("underPublicNotice", accepted.Text("state"));
        await Api.PassAsync(TimeSpan.FromDays(30));
        await Api.ActedAsync("approve", id, RegistryApi.ClerkQian);

        var asset = await _given.StoredAssetAsync(number);
        Assert.Equal(buyer.Code, asset.Holder.PartyCode);
        Assert.Single(asset.Licenses);
        var view = await Api.AssetAsync(number, buyer.Token);
        Assert.Equal(buyer.Code, view["holder"]!["partyCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_transfer_cannot_be_reviewed_without_the_new_holders_consent()
    {
        var (holder, number) = await _given.RegisteredAsync();
        var id = await _given.AppliedForTransferAsync(holder, number, Enterprise.New("买方"));

        await app.AssertRefusedAsync(() => Api.ActAsync("accept", id, RegistryApi.ClerkZhao), HttpStatusCode.Conflict, "application-awaiting-consent",
            asset: number, application: id);
    }

    [Fact]
    public async Task a_party_with_a_court_judgment_may_apply_for_a_transfer_without_the_holder()
    {
        var (_, number) = await _given.RegisteredAsync();
        var creditor = Enterprise.New("债权人有限公司");
        var judgment = await Api.UploadAsync(creditor.Token, "civil judgment (2026) 粤 03 民初 1 号");

        var id = await Api.AppliedAsync("transfer", creditor.Token, new
        {
            registrationNumber = number, newHolder = creditor.AsParty, ground = "courtJudgment", basisFingerprint = judgment,
        });
        await Api.CompletedAsync(id, creditor.Token);

        Assert.Equal(creditor.Code, (await _given.StoredAssetAsync(number)).Holder.PartyCode);
    }

    [Fact]
    public async Task two_transfers_of_one_asset_approved_at_the_same_moment_take_effect_once()
    {
        var (holder, number) = await _given.RegisteredAsync();
        var ids = new List<string>();
        foreach (var buyerName in new[] { "买方甲", "买方乙" })
        {
            var buyer = Enterprise.New(buyerName);
            var id = await _given.AppliedForTransferAsync(holder, number, buyer);
            await Api.ActedAsync("consent", id, buyer.Token);
            await Api.ActedAsync("accept", id, RegistryApi.ClerkZhao);
            ids.Add(id);
        }

        await Api.PassAsync(TimeSpan.FromDays(30));
        var responses = await Task.WhenAll(ids.Select(id => Api.ActAsync("approve", id, RegistryApi.ClerkQian)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        var refused = Assert.Single(responses, r => r.StatusCode != HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        await using (var session = app.Store.QuerySession())
        {
            Assert.Single(await session.Events.FetchStreamAsync(number), e => e.Data is TransferRegistered);
        }

        // Approved again later, the loser is refused by the rules, not only by the race.
        var loser = ids[Array.FindIndex(responses, r => r.StatusCode != HttpStatusCode.OK)];
        await app.AssertRefusedAsync(() => Api.ActAsync("approve", loser, RegistryApi.ClerkQian), HttpStatusCode.Conflict, "applicant-no-longer-holds",
            asset: number, application: loser);
    }
}
