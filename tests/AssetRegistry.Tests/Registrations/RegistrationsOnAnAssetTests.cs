using AssetRegistry.Transferring;
using AssetRegistry.Changing;
using System.Net;
using AssetRegistry.Assets;
using AssetRegistry.Tests.Infrastructure;
using Marten;

namespace AssetRegistry.Tests.Registrations;

/// <summary>License, transfer, change and cancellation of a registered asset, with consent, and their refusals.</summary>
public sealed class RegistrationsOnAnAssetTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private readonly RegistryApi _api = new(app);

    private sealed record Enterprise(string Code, string Name, string Token);

    private static Enterprise NewEnterprise(string name)
    {
        var code = RegistryApi.NewCreditCode();
        return new Enterprise(code, name, RegistryApi.EnterpriseToken(code));
    }

    private async Task<(Enterprise Holder, string Number)> RegisteredAsync()
    {
        var holder = NewEnterprise("深圳市数据科技有限公司");
        return (holder, await _api.RegisteredAssetAsync(holder.Token));
    }

    private object License(string number, Enterprise licensee, string type = "nonExclusive", int startIn = 1, int endIn = 200) =>
        License(number, licensee, type, _api.Today(startIn), _api.Today(endIn));

    private static object License(string number, Enterprise licensee, string type, string startsOn, string endsOn) => new
    {
        registrationNumber = number,
        licensee = RegistryApi.Organisation(licensee.Code, licensee.Name),
        type,
        subLicensingAllowed = false,
        scope = new[] { "城市规划" },
        startsOn,
        endsOn,
    };

    private async Task<Asset> StoredAssetAsync(string number)
    {
        await using var session = app.Store.QuerySession();
        return (await session.LoadAsync<Asset>(number))!;
    }

    [Fact]
    public async Task a_license_waits_for_the_licensees_consent_and_then_binds_the_asset()
    {
        var (holder, number) = await RegisteredAsync();
        var licensee = NewEnterprise("广州算法有限公司");

        var id = await _api.AppliedAsync("license", holder.Token, License(number, licensee, "sole"));
        var waiting = await _api.GetApplicationAsync(id, holder.Token);
        Assert.Equal("awaitingConsent", waiting.Text("state"));

        var early = await _api.ActAsync("accept", id, RegistryApi.ClerkZhao);
        Assert.Equal("application-awaiting-consent", (await early.ReadProblemAsync()).Code());

        await _api.CompletedAsync(id, licensee.Token);

        var license = Assert.Single((await StoredAssetAsync(number)).Licenses);
        Assert.Equal(licensee.Code, license.Licensee.PartyCode);
        Assert.Equal(AssetRegistry.Licensing.LicenseType.Sole, license.Terms.Type);
    }

    [Fact]
    public async Task only_the_named_licensee_may_consent()
    {
        var (holder, number) = await RegisteredAsync();
        var id = await _api.AppliedAsync("license", holder.Token, License(number, NewEnterprise("被许可人"), "nonExclusive"));

        var response = await _api.ActAsync("consent", id, NewEnterprise("旁人").Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("not-the-counterparty", (await response.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task only_the_holder_may_license_an_asset()
    {
        var (_, number) = await RegisteredAsync();
        var stranger = NewEnterprise("旁人");

        var response = await _api.ApplyAsync("license", stranger.Token, License(number, NewEnterprise("被许可人")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("not-the-holder", (await response.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task an_exclusive_license_may_not_overlap_another_license()
    {
        var (holder, number) = await RegisteredAsync();
        var first = NewEnterprise("第一被许可人");
        await _api.CompletedAsync(await _api.AppliedAsync("license", holder.Token, License(number, first, "nonExclusive", 1, 100)), first.Token);

        var response = await _api.ApplyAsync("license", holder.Token, License(number, NewEnterprise("独占被许可人"), "exclusive", 50, 150));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("license-overlaps-exclusive", (await response.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task a_sole_license_may_not_overlap_another_sole_one_but_may_overlap_a_non_exclusive_one()
    {
        var (holder, number) = await RegisteredAsync();
        var sole = NewEnterprise("排他被许可人");
        await _api.CompletedAsync(await _api.AppliedAsync("license", holder.Token, License(number, sole, "sole", 1, 100)), sole.Token);

        var secondSole = await _api.ApplyAsync("license", holder.Token, License(number, NewEnterprise("另一排他"), "sole", 10, 20));
        var nonExclusive = await _api.ApplyAsync("license", holder.Token, License(number, NewEnterprise("普通被许可人"), "nonExclusive", 10, 20));

        Assert.Equal("license-overlaps-sole", (await secondSole.ReadProblemAsync()).Code());
        Assert.Equal(HttpStatusCode.Created, nonExclusive.StatusCode);
    }

    [Fact]
    public async Task licenses_that_do_not_overlap_in_time_are_both_registered()
    {
        var (holder, number) = await RegisteredAsync();
        var first = NewEnterprise("上半年");
        var second = NewEnterprise("下半年");
        await _api.CompletedAsync(await _api.AppliedAsync("license", holder.Token, License(number, first, "exclusive", 60, 100)), first.Token);

        await _api.CompletedAsync(await _api.AppliedAsync("license", holder.Token, License(number, second, "exclusive", 101, 200)), second.Token);

        Assert.Equal(2, (await StoredAssetAsync(number)).Licenses.Count);
    }

    [Fact]
    public async Task a_transfer_with_the_new_holders_consent_and_public_notice_moves_the_holding_and_licenses_survive()
    {
        var (holder, number) = await RegisteredAsync();
        var licensee = NewEnterprise("被许可人");
        await _api.CompletedAsync(await _api.AppliedAsync("license", holder.Token, License(number, licensee)), licensee.Token);
        var buyer = NewEnterprise("杭州数据交易有限公司");
        var contract = await _api.UploadAsync(holder.Token, "data transfer contract");

        var id = await _api.AppliedAsync("transfer", holder.Token, new
        {
            registrationNumber = number, newHolder = RegistryApi.Organisation(buyer.Code, buyer.Name), ground = "trade", basisFingerprint = contract,
        });
        await _api.ActedAsync("consent", id, buyer.Token);
        var accepted = await _api.ActedAsync("accept", id, RegistryApi.ClerkZhao);
        Assert.Equal("underPublicNotice", accepted.Text("state"));
        await _api.PassAsync(TimeSpan.FromDays(30));
        await _api.ActedAsync("approve", id, RegistryApi.ClerkQian);

        var asset = await StoredAssetAsync(number);
        Assert.Equal(buyer.Code, asset.Holder.PartyCode);
        Assert.Single(asset.Licenses);
        var view = await _api.AssetAsync(number, buyer.Token);
        Assert.Equal(buyer.Code, view["holder"]!["partyCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_transfer_cannot_be_reviewed_without_the_new_holders_consent()
    {
        var (holder, number) = await RegisteredAsync();
        var buyer = NewEnterprise("买方");
        var contract = await _api.UploadAsync(holder.Token, "contract without consent");
        var id = await _api.AppliedAsync("transfer", holder.Token, new
        {
            registrationNumber = number, newHolder = RegistryApi.Organisation(buyer.Code, buyer.Name), ground = "trade", basisFingerprint = contract,
        });

        var response = await _api.ActAsync("accept", id, RegistryApi.ClerkZhao);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application-awaiting-consent", (await response.ReadProblemAsync()).Code());
        Assert.Equal(holder.Code, (await StoredAssetAsync(number)).Holder.PartyCode);
    }

    [Fact]
    public async Task a_party_with_a_court_judgment_may_apply_for_a_transfer_without_the_holder()
    {
        var (_, number) = await RegisteredAsync();
        var creditor = NewEnterprise("债权人有限公司");
        var judgment = await _api.UploadAsync(creditor.Token, "civil judgment (2026) 粤 03 民初 1 号");

        var id = await _api.AppliedAsync("transfer", creditor.Token, new
        {
            registrationNumber = number, newHolder = RegistryApi.Organisation(creditor.Code, creditor.Name), ground = "courtJudgment",
            basisFingerprint = judgment, applicantName = creditor.Name,
        });
        await _api.CompletedAsync(id, creditor.Token);

        Assert.Equal(creditor.Code, (await StoredAssetAsync(number)).Holder.PartyCode);
    }

    [Fact]
    public async Task two_transfers_of_one_asset_approved_at_the_same_moment_take_effect_once()
    {
        var (holder, number) = await RegisteredAsync();
        var ids = new List<string>();
        foreach (var buyerName in new[] { "买方甲", "买方乙" })
        {
            var buyer = NewEnterprise(buyerName);
            var contract = await _api.UploadAsync(holder.Token, $"contract with {buyerName} {Guid.NewGuid()}");
            var id = await _api.AppliedAsync("transfer", holder.Token, new
            {
                registrationNumber = number, newHolder = RegistryApi.Organisation(buyer.Code, buyer.Name), ground = "trade", basisFingerprint = contract,
            });
            await _api.ActedAsync("consent", id, buyer.Token);
            await _api.ActedAsync("accept", id, RegistryApi.ClerkZhao);
            ids.Add(id);
        }

        await _api.PassAsync(TimeSpan.FromDays(30));
        var responses = await Task.WhenAll(ids.Select(id => _api.ActAsync("approve", id, RegistryApi.ClerkQian)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        var refused = Assert.Single(responses, r => r.StatusCode != HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        await using var session = app.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(number);
        Assert.Single(events, e => e.Data is TransferRegistered);

        // Approved again later, the loser is refused by the rules, not only by the race.
        var loser = ids[Array.FindIndex(responses, r => r.StatusCode != HttpStatusCode.OK)];
        var retry = await _api.ActAsync("approve", loser, RegistryApi.ClerkQian);
        Assert.Equal("applicant-no-longer-holds", (await retry.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task a_change_records_each_item_before_and_after_and_keeps_the_holder()
    {
        var (holder, number) = await RegisteredAsync();

        var id = await _api.AppliedAsync("change", holder.Token, new { registrationNumber = number, updateFrequency = "每小时", holderName = "深圳市数据集团有限公司" });
        await _api.CompletedAsync(id);

        await using var session = app.Store.QuerySession();
        var changed = (await session.Events.FetchStreamAsync(number)).Select(e => e.Data).OfType<ChangeRegistered>().Single();
        Assert.Contains(changed.Changes, c => c is { Field: "updateFrequency", After: "每小时" } && c.Before != null);
        Assert.Contains(changed.Changes, c => c is { Field: "holderName", Before: "深圳市数据科技有限公司", After: "深圳市数据集团有限公司" });
        var asset = await StoredAssetAsync(number);
        Assert.Equal(holder.Code, asset.Holder.PartyCode);
        Assert.Equal("深圳市数据集团有限公司", asset.Holder.Name);
    }

    [Fact]
    public async Task a_change_that_tries_to_change_the_holder_is_refused()
    {
        var (holder, number) = await RegisteredAsync();

        var response = await _api.ApplyAsync("change", holder.Token, new { registrationNumber = number, holderPartyCode = RegistryApi.NewCreditCode() });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("change-cannot-change-holder", (await response.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task a_change_that_changes_nothing_is_refused()
    {
        var (holder, number) = await RegisteredAsync();

        var response = await _api.ApplyAsync("change", holder.Token, new { registrationNumber = number, industry = "交通运输" });

        Assert.Equal("change-changes-nothing", (await response.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task a_change_of_a_licenses_terms_obeys_the_overlap_rules()
    {
        var (holder, number) = await RegisteredAsync();
        var early = NewEnterprise("前段");
        var late = NewEnterprise("后段");
        // Dates fixed now: each completion below moves the clock on by a month.
        var (earlyStart, earlyEnd, lateStart, lateEnd, overlapping) = (_api.Today(200), _api.Today(250), _api.Today(300), _api.Today(350), _api.Today(320));
        var earlyId = await _api.AppliedAsync("license", holder.Token, License(number, early, "exclusive", earlyStart, earlyEnd));
        await _api.CompletedAsync(earlyId, early.Token);
        await _api.CompletedAsync(await _api.AppliedAsync("license", holder.Token, License(number, late, "exclusive", lateStart, lateEnd)), late.Token);

        var response = await _api.ApplyAsync("change", holder.Token, new { registrationNumber = number, license = new { licenseId = earlyId, endsOn = overlapping } });

        Assert.Equal("license-overlaps-exclusive", (await response.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task a_cancelled_asset_accepts_no_further_registration_and_stays_readable()
    {
        var (holder, number) = await RegisteredAsync();

        await _api.CompletedAsync(await _api.AppliedAsync("cancellation", holder.Token, new { registrationNumber = number, ground = "voluntary" }));

        var asset = await _api.AssetAsync(number, holder.Token);
        Assert.Equal("cancelled", asset.Text("status"));
        var license = await _api.ApplyAsync("license", holder.Token, License(number, NewEnterprise("太迟了")));
        Assert.Equal(HttpStatusCode.Conflict, license.StatusCode);
        Assert.Equal("asset-cancelled", (await license.ReadProblemAsync()).Code());
        var again = await _api.ApplyAsync("cancellation", holder.Token, new { registrationNumber = number, ground = "voluntary" });
        Assert.Equal("asset-cancelled", (await again.ReadProblemAsync()).Code());
    }

    [Fact]
    public async Task a_licensee_may_cancel_its_license_and_the_asset_stays_active()
    {
        var (holder, number) = await RegisteredAsync();
        var licensee = NewEnterprise("被许可人");
        var licenseId = await _api.AppliedAsync("license", holder.Token, License(number, licensee, "exclusive"));
        await _api.CompletedAsync(licenseId, licensee.Token);

        await _api.CompletedAsync(await _api.AppliedAsync("cancellation", licensee.Token, new { registrationNumber = number, ground = "voluntary", licenseId }));

        var asset = await StoredAssetAsync(number);
        Assert.NotNull(Assert.Single(asset.Licenses).CancelledAt);
        Assert.Equal("active", (await _api.AssetAsync(number, holder.Token)).Text("status"));
        // With the exclusive license gone, another may be granted over the same time.
        var other = NewEnterprise("新被许可人");
        Assert.Equal(HttpStatusCode.Created, (await _api.ApplyAsync("license", holder.Token, License(number, other, "exclusive"))).StatusCode);
    }

    [Fact]
    public async Task only_the_registry_revokes_a_registration()
    {
        var (holder, number) = await RegisteredAsync();

        var byHolder = await _api.ApplyAsync("cancellation", holder.Token, new { registrationNumber = number, ground = "revocation" });
        Assert.Equal(HttpStatusCode.Forbidden, byHolder.StatusCode);
        Assert.Equal("revocation-by-registry-only", (await byHolder.ReadProblemAsync()).Code());

        await _api.CompletedAsync(await _api.AppliedAsync("cancellation", RegistryApp.ClerkToken("clerk-sun"), new { registrationNumber = number, ground = "revocation" }));
        Assert.True((await StoredAssetAsync(number)).Cancelled);
    }

    /// <summary>What a refusal must leave as it was: the asset's stream and the applications on it.</summary>
    private async Task<(long AssetVersion, int Applications)> RecordedAsync(string number)
    {
        await using var session = app.Store.QuerySession();
        var stream = await session.Events.FetchStreamStateAsync(number);
        var applications = await session.Query<AssetRegistry.Applications.Application>().CountAsync(a => a.RegistrationNumber == number);
        return (stream!.Version, applications);
    }

    [Fact]
    public async Task a_license_whose_scope_lies_outside_the_registered_scenarios_is_refused_and_nothing_is_recorded()
    {
        // Registered for 城市规划 and 出行服务.
        var (holder, number) = await RegisteredAsync();
        var before = await RecordedAsync(number);
        var body = new
        {
            registrationNumber = number, licensee = RegistryApi.Organisation(RegistryApi.NewCreditCode(), "军工数据有限公司"), type = "nonExclusive",
            subLicensingAllowed = false, scope = new[] { "城市规划", "军事用途" }, startsOn = _api.Today(1), endsOn = _api.Today(30),
        };

        var response = await _api.ApplyAsync("license", holder.Token, body);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal(("license-scope-outside-scenarios", "scope"), (problem.Code(), problem.Text("field")));
        Assert.Contains("军事用途", problem.Text("detail"), StringComparison.Ordinal);
        Assert.Equal(before, await RecordedAsync(number));
    }

    [Fact]
    public async Task a_scope_written_with_other_white_space_and_unicode_form_matches_its_scenario()
    {
        var (holder, number) = await RegisteredAsync();
        var licensee = NewEnterprise("规划院");
        var body = new
        {
            registrationNumber = number, licensee = RegistryApi.Organisation(licensee.Code, licensee.Name), type = "nonExclusive",
            subLicensingAllowed = false, scope = new[] { "　出行服务 " }, startsOn = _api.Today(1), endsOn = _api.Today(30),
        };

        await _api.CompletedAsync(await _api.AppliedAsync("license", holder.Token, body), licensee.Token);

        Assert.Single((await StoredAssetAsync(number)).Licenses);
    }

    [Fact]
    public async Task a_change_that_removes_a_scenario_a_license_in_force_uses_is_refused_and_nothing_is_recorded()
    {
        var (holder, number) = await RegisteredAsync();
        var licensee = NewEnterprise("出行服务商");
        var license = License(number, licensee, "nonExclusive");
        await _api.CompletedAsync(await _api.AppliedAsync("license", holder.Token, license), licensee.Token);
        var before = await RecordedAsync(number);

        // The license's scope is 城市规划.
        var response = await _api.ApplyAsync("change", holder.Token, new { registrationNumber = number, applicationScenarios = new[] { "出行服务" } });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal(("scenario-used-by-license", "applicationScenarios"), (problem.Code(), problem.Text("field")));
        Assert.Equal(before, await RecordedAsync(number));
    }

    [Fact]
    public async Task a_change_approved_after_a_license_took_up_the_scenario_it_removes_is_refused_at_approval()
    {
        var (holder, number) = await RegisteredAsync();
        var change = await _api.AppliedAsync("change", holder.Token, new { registrationNumber = number, applicationScenarios = new[] { "出行服务" } });
        var licensee = NewEnterprise("规划院");
        await _api.CompletedAsync(await _api.AppliedAsync("license", holder.Token, License(number, licensee, "nonExclusive")), licensee.Token);
        await _api.ActedAsync("accept", change, RegistryApi.ClerkZhao);
        var before = await RecordedAsync(number);

        var response = await _api.ActAsync("approve", change, RegistryApi.ClerkQian);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("scenario-used-by-license", (await response.ReadProblemAsync()).Code());
        Assert.Equal(before.AssetVersion, (await RecordedAsync(number)).AssetVersion);
    }

    [Fact]
    public async Task a_holder_applying_to_cancel_on_the_ground_expiry_not_renewed_is_refused_and_nothing_is_recorded()
    {
        var (holder, number) = await RegisteredAsync();
        var before = await RecordedAsync(number);

        var byHolder = await _api.ApplyAsync("cancellation", holder.Token, new { registrationNumber = number, ground = "expiryNotRenewed" });
        var byClerk = await _api.ApplyAsync("cancellation", RegistryApp.ClerkToken("clerk-sun"), new { registrationNumber = number, ground = "expiryNotRenewed" });

        Assert.Equal(HttpStatusCode.Forbidden, byHolder.StatusCode);
        var problem = await byHolder.ReadProblemAsync();
        Assert.Equal(("expiry-cancellation-by-registry-only", "ground"), (problem.Code(), problem.Text("field")));
        Assert.Equal(HttpStatusCode.Forbidden, byClerk.StatusCode);
        Assert.Equal("expiry-cancellation-by-registry-only", (await byClerk.ReadProblemAsync()).Code());
        Assert.Equal(before, await RecordedAsync(number));
        Assert.Equal("active", (await _api.AssetAsync(number, holder.Token)).Text("status"));
    }

    [Fact]
    public async Task a_registration_on_an_unknown_asset_is_a_404_and_a_mistyped_number_a_400()
    {
        var holder = NewEnterprise("无资产");
        var unknown = AssetRegistry.Verification.Identifiers.RegistrationNumber.Create("AR", AssetRegistry.Verification.Identifiers.AssetKind.DataResource, 2026, 99_999_997).ToString();

        var missing = await _api.ApplyAsync("cancellation", holder.Token, new { registrationNumber = unknown, ground = "voluntary" });
        var mistyped = await _api.ApplyAsync("cancellation", holder.Token, new { registrationNumber = unknown[..^1] + (unknown[^1] == '0' ? '1' : '0'), ground = "voluntary" });

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, mistyped.StatusCode);
        Assert.Equal(["registrationNumber"], (await mistyped.ReadProblemAsync()).FieldsAtFault());
    }

    [Fact]
    public async Task a_natural_person_licensee_must_first_be_recorded_by_a_clerk()
    {
        var (holder, number) = await RegisteredAsync();
        var person = new { type = "residentIdNumber", number = "110105200002290013", name = "李四" };
        var body = new { registrationNumber = number, licensee = person, type = "nonExclusive", subLicensingAllowed = false, scope = new[] { "出行服务" }, startsOn = _api.Today(1), endsOn = _api.Today(30) };

        var before = await _api.ApplyAsync("license", holder.Token, body);
        Assert.Equal("party-not-recorded", (await before.ReadProblemAsync()).Code());

        var recorded = await app.Client.SendAsync(HttpExtensions.Json(HttpMethod.Post, "/api/parties",
            new { name = "李四", identifier = new { type = "residentIdNumber", number = "110105200002290013" } }, RegistryApi.ClerkZhao));
        var partyCode = (await recorded.ReadJsonAsync()).Text("partyCode");
        var id = await _api.AppliedAsync("license", holder.Token, body);
        await _api.CompletedAsync(id, AssetRegistry.Tests.Infrastructure.RegistryApp.Token("natural-person", "li-si", partyCode));

        Assert.Equal(partyCode, Assert.Single((await StoredAssetAsync(number)).Licenses).Licensee.PartyCode);
    }
}
