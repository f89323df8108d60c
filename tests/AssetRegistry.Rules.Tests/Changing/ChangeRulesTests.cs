using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Changing;
using AssetRegistry.Licensing;
using AssetRegistry.Security;
using AssetRegistry.Cancelling;
using static AssetRegistry.Rules.Tests.Given;

namespace AssetRegistry.Rules.Tests.Changing;

/// <summary>变更登记: registered items change, never who holds; the register keeps each item's value before and after.</summary>
public sealed class ChangeRulesTests
{
    private static ChangeRequest Change(string? name = null, string[]? scenarios = null, string? holderName = null, LicenseTermsChange? license = null) =>
        new(name, null, scenarios, null, null, null, null, null, holderName, license);

    private static ApplyForChange Command(ChangeRequest change, Actor? by = null) => new(TheApplicationId, Number, change, by ?? HolderStaff);

    [Fact]
    public void the_holder_applies_to_change_an_item()
    {
        var change = Change(name: "城市交通出行数据集（2026版）");

        Then.Recorded(ChangeRules.Apply(RegisteredAsset, Command(change), Now, Deadlines),
            new ChangeApplied(TheApplicationId, Number, Verification.Identifiers.AssetKind.DataResource, "城市交通出行数据集", Holder, change, HolderStaff, Now,
                Deadlines.ReplyDue(Now)));
    }

    [Fact]
    public void only_the_holder_applies_for_a_change() =>
        Then.Refused(() => ChangeRules.Apply(RegisteredAsset, Command(Change(name: "新"), Stranger), Now, Deadlines), "not-the-holder", kind: RefusalKind.Forbidden);

    [Fact]
    public void a_change_that_changes_nothing_is_refused() =>
        Then.Refused(() => ChangeRules.Apply(RegisteredAsset, Command(Change(name: "城市交通出行数据集", scenarios: Scenarios)), Now, Deadlines), "change-changes-nothing");

    [Fact]
    public void a_cancelled_asset_is_not_changed() =>
        Then.Refused(() => ChangeRules.Apply(CancelledAsset, Command(Change(name: "新")), Now, Deadlines), "asset-cancelled", "registrationNumber");

    [Fact]
    public void an_expired_asset_is_not_changed() =>
        Then.Refused(() => ChangeRules.Apply(ExpiredAsset, Command(Change(name: "新")), Now, Deadlines), "asset-expired", "registrationNumber");

    [Fact]
    public void a_change_disposes_of_nothing_so_a_freeze_or_an_objection_does_not_block_it()
    {
        Then.Allowed(() => ChangeRules.EnsureChangeable(FrozenAsset, HolderStaff, Change(name: "新"), Now));
        Then.Allowed(() => ChangeRules.EnsureChangeable(AssetUnderObjection, HolderStaff, Change(name: "新"), Now));
    }

    [Fact]
    public void a_license_that_is_not_on_the_asset_is_not_changed() =>
        Then.Refused(() => ChangeRules.EnsureChangeable(RegisteredAsset, HolderStaff, Change(license: new LicenseTermsChange("license-x", null, Day("2026-10-31"), null)), Now),
            "license-not-found", "license.licenseId");

    [Fact]
    public void a_cancelled_license_is_not_changed()
    {
        var asset = AssetWith(Licensed(), new LicenseCancelled(Number, TheLicenseId, "application-7", CancellationGround.Voluntary, null,
            Clerk, Now.AddHours(-1)));

        Then.Refused(() => ChangeRules.EnsureChangeable(asset, HolderStaff, Change(license: new LicenseTermsChange(TheLicenseId, null, Day("2026-10-31"), null)), Now),
            "license-not-in-force", "license.licenseId");
    }

    [Fact]
    public void a_licenses_new_scope_lies_within_the_scenarios() =>
        Then.Refused(() => ChangeRules.EnsureChangeable(LicensedAsset, HolderStaff, Change(license: new LicenseTermsChange(TheLicenseId, ["军事用途"], null, null)), Now),
            "license-scope-outside-scenarios", "license.scope");

    [Fact]
    public void a_licenses_new_term_does_not_outlast_the_registration() =>
        Then.Refused(() => ChangeRules.EnsureChangeable(LicensedAsset, HolderStaff, Change(license: new LicenseTermsChange(TheLicenseId, null, Day("2029-01-01"), null)), Now),
            "license-outlasts-registration", "endsOn");

    [Fact]
    public void a_licenses_longer_term_does_not_overlap_an_exclusive_one()
    {
        var asset = AssetWith(Licensed(), Licensed(Terms(LicenseType.Exclusive, startsOn: "2027-01-01", endsOn: "2027-06-30"), "license-2", NewHolder));

        Then.Refused(() => ChangeRules.EnsureChangeable(asset, HolderStaff, Change(license: new LicenseTermsChange(TheLicenseId, null, Day("2027-03-31"), null)), Now),
            "license-overlaps-exclusive", "startsOn");
    }

    [Fact]
    public void a_scenario_a_binding_license_uses_stays_registered() =>
        Then.Refused(() => ChangeRules.EnsureChangeable(LicensedAsset, HolderStaff, Change(scenarios: ["城市规划"]), Now), "scenario-used-by-license", "applicationScenarios");

    [Fact]
    public void a_scenario_no_license_uses_may_be_removed() =>
        Then.Allowed(() => ChangeRules.EnsureChangeable(LicensedAsset, HolderStaff, Change(scenarios: ["出行服务"]), Now));

    // ---- approval ----

    private static Application ChangeApplication(ChangeRequest change) => ReadyForApproval(Application.Create(ChangeApplied(change)));

    [Fact]
    public void at_approval_each_changed_item_is_recorded_before_and_after()
    {
        var change = Change(name: "新名称", scenarios: ["城市规划", "出行服务", "保险精算"], holderName: "深圳市数据科技集团有限公司");
        var registered = ChangeRules.Register(RegisteredAsset, ChangeApplication(change), change, SecondClerk, Now);

        var detailsAfter = Details() with { Name = "新名称", ApplicationScenarios = ["城市规划", "出行服务", "保险精算"] };
        Then.Recorded(registered, new ChangeRegistered(Number, TheApplicationId,
            [
                new FieldChange("applicationScenarios", "城市规划；出行服务", "城市规划；出行服务；保险精算"),
                new FieldChange("name", "城市交通出行数据集", "新名称"),
                new FieldChange("holderName", "深圳市数据科技有限公司", "深圳市数据科技集团有限公司"),
            ], detailsAfter, "深圳市数据科技集团有限公司", null, null, SecondClerk, Now));
        var after = RegisteredAsset.After(registered);
        Assert.Equal((Holder.PartyCode, "深圳市数据科技集团有限公司", "新名称"), (after.Holder.PartyCode, after.Holder.Name, after.Name));
    }

    [Fact]
    public void at_approval_a_licenses_terms_change()
    {
        var change = Change(license: new LicenseTermsChange(TheLicenseId, null, Day("2026-10-31"), true));
        var registered = ChangeRules.Register(LicensedAsset, ChangeApplication(change), change, SecondClerk, Now);

        var termsAfter = Terms() with { EndsOn = Day("2026-10-31"), SubLicensingAllowed = true };
        Then.Recorded(registered, new ChangeRegistered(Number, TheApplicationId,
            [
                new FieldChange($"license[{TheLicenseId}].endsOn", "2026-12-31", "2026-10-31"),
                new FieldChange($"license[{TheLicenseId}].subLicensingAllowed", "False", "True"),
            ], Details(), Holder.Name, TheLicenseId, termsAfter, SecondClerk, Now));
        Assert.Equal(Day("2026-10-31"), LicensedAsset.After(registered).Licenses[0].Terms.EndsOn);
    }

    [Fact]
    public void at_approval_the_applicant_must_still_hold()
    {
        var change = Change(name: "新");

        Then.Refused(() => ChangeRules.Register(AssetWith(Registered(holder: NewHolder)), ChangeApplication(change), change, SecondClerk, Now), "applicant-no-longer-holds");
    }

    [Fact]
    public void at_approval_a_change_made_meanwhile_leaves_nothing_to_change()
    {
        var change = Change(name: "城市交通出行数据集");

        Then.Refused(() => ChangeRules.Register(RegisteredAsset, ChangeApplication(change), change, SecondClerk, Now), "change-changes-nothing");
    }

    [Fact]
    public void at_approval_a_cancelled_asset_is_not_changed()
    {
        var change = Change(name: "新");

        Then.Refused(() => ChangeRules.Register(CancelledAsset, ChangeApplication(change), change, SecondClerk, Now), "asset-cancelled", "registrationNumber");
    }
}
