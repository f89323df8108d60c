using AssetRegistry.Applications;
using AssetRegistry.Cancelling;
using AssetRegistry.Licensing;
using AssetRegistry.Parties;
using AssetRegistry.Security;
using static AssetRegistry.Rules.Tests.Given;

namespace AssetRegistry.Rules.Tests.Licensing;

/// <summary>许可登记: the holder applies, the licensee consents, a clerk approves; the terms must fit the asset then.</summary>
public sealed class LicenseRulesTests
{
    private static ApplyForLicense Command(LicenseTerms? terms = null, Actor? by = null) =>
        new(TheApplicationId, Number, new PartyIdentity(PartyIdentifierType.UnifiedSocialCreditCode, Licensee.PartyCode, null),
            terms ?? Terms(), by ?? HolderStaff);

    [Fact]
    public void the_holder_applies_to_license_and_the_application_names_asset_licensee_and_terms()
    {
        var applied = LicenseRules.Apply(RegisteredAsset, Command(), Licensee, Now);

        Then.Recorded(applied, new LicenseApplied(TheApplicationId, Number, Verification.Identifiers.AssetKind.DataResource, "城市交通出行数据集", Holder,
            Licensee, Terms(), HolderStaff, Now));
        Assert.Equal(ApplicationState.AwaitingConsent, Application.Create(applied).State);
    }

    [Fact]
    public void only_the_holder_applies_for_a_license() =>
        Then.Refused(() => LicenseRules.Apply(RegisteredAsset, Command(by: Stranger), Licensee, Now), "not-the-holder", kind: RefusalKind.Forbidden);

    [Fact]
    public void a_cancelled_asset_is_not_licensed() =>
        Then.Refused(() => LicenseRules.Apply(CancelledAsset, Command(), Licensee, Now), "asset-cancelled", "registrationNumber");

    [Fact]
    public void an_expired_asset_is_not_licensed() =>
        Then.Refused(() => LicenseRules.Apply(ExpiredAsset, Command(), Licensee, Now), "asset-expired", "registrationNumber");

    [Fact]
    public void a_frozen_asset_is_not_licensed() =>
        Then.Refused(() => LicenseRules.Apply(FrozenAsset, Command(), Licensee, Now), "asset-frozen", "registrationNumber");

    [Fact]
    public void an_asset_under_objection_is_not_licensed() =>
        Then.Refused(() => LicenseRules.Apply(AssetUnderObjection, Command(), Licensee, Now), "asset-under-objection", "registrationNumber");

    [Fact]
    public void the_holder_does_not_license_to_itself() =>
        Then.Refused(() => LicenseRules.EnsureGrantable(RegisteredAsset, Holder, Terms(), Now), "licensee-is-holder", "licensee");

    [Fact]
    public void a_term_ends_on_or_after_it_starts() =>
        Then.Refused(() => LicenseRules.EnsureGrantable(RegisteredAsset, Licensee, Terms(startsOn: "2026-07-01", endsOn: "2026-06-30"), Now),
            "invalid-field", "endsOn", RefusalKind.Invalid);

    [Fact]
    public void a_one_day_term_is_a_term() =>
        Then.Allowed(() => LicenseRules.EnsureGrantable(RegisteredAsset, Licensee, Terms(startsOn: "2026-07-01", endsOn: "2026-07-01"), Now));

    [Fact]
    public void a_scope_outside_the_registered_scenarios_is_refused() =>
        Then.Refused(() => LicenseRules.EnsureGrantable(RegisteredAsset, Licensee, Terms(scope: ["军事用途"]), Now), "license-scope-outside-scenarios", "scope");

    [Fact]
    public void a_license_does_not_outlast_the_registration()
    {
        // Valid two years from now: 2028-06-01 10:00 CST; a term to that day would run to its midnight.
        Then.Refused(() => LicenseRules.EnsureGrantable(RegisteredAsset, Licensee, Terms(endsOn: "2028-06-01"), Now), "license-outlasts-registration", "endsOn");
        Then.Allowed(() => LicenseRules.EnsureGrantable(RegisteredAsset, Licensee, Terms(endsOn: "2028-05-31"), Now));
    }

    [Fact]
    public void an_exclusive_license_overlaps_no_other_license() =>
        Then.Refused(() => LicenseRules.EnsureGrantable(LicensedAsset, NewHolder, Terms(LicenseType.Exclusive, startsOn: "2026-12-01", endsOn: "2027-01-31"), Now),
            "license-overlaps-exclusive", "startsOn");

    [Fact]
    public void no_license_overlaps_an_exclusive_one() =>
        Then.Refused(() => LicenseRules.EnsureGrantable(AssetWith(Licensed(Terms(LicenseType.Exclusive))), NewHolder, Terms(), Now),
            "license-overlaps-exclusive", "startsOn");

    [Fact]
    public void a_sole_license_overlaps_no_other_sole_license() =>
        Then.Refused(() => LicenseRules.EnsureGrantable(AssetWith(Licensed(Terms(LicenseType.Sole))), NewHolder, Terms(LicenseType.Sole), Now),
            "license-overlaps-sole", "startsOn");

    [Fact]
    public void a_sole_license_may_overlap_a_non_exclusive_one() =>
        Then.Allowed(() => LicenseRules.EnsureGrantable(LicensedAsset, NewHolder, Terms(LicenseType.Sole), Now));

    [Fact]
    public void non_exclusive_licenses_overlap_freely() =>
        Then.Allowed(() => LicenseRules.EnsureGrantable(LicensedAsset, NewHolder, Terms(), Now));

    [Fact]
    public void an_exclusive_license_may_follow_another_license_that_ends_before_it() =>
        Then.Allowed(() => LicenseRules.EnsureGrantable(LicensedAsset, NewHolder, Terms(LicenseType.Exclusive, startsOn: "2027-01-01", endsOn: "2027-12-31"), Now));

    [Fact]
    public void a_cancelled_license_no_longer_blocks_an_exclusive_one()
    {
        var asset = AssetWith(Licensed(), new LicenseCancelled(Number, TheLicenseId, "application-7", CancellationGround.Voluntary, null,
            Clerk, Now.AddHours(-1)));

        Then.Allowed(() => LicenseRules.EnsureGrantable(asset, NewHolder, Terms(LicenseType.Exclusive), Now));
    }

    [Fact]
    public void a_license_whose_term_ended_no_longer_blocks_an_exclusive_one()
    {
        var ended = AssetWith(Licensed(Terms(startsOn: "2026-01-01", endsOn: "2026-05-31")));

        Then.Allowed(() => LicenseRules.EnsureGrantable(ended, NewHolder, Terms(LicenseType.Exclusive, startsOn: "2026-05-01"), Now));
    }

    [Fact]
    public void scope_and_scenarios_compare_after_nfc_and_trimming() =>
        Then.Allowed(() => LicenseRules.EnsureWithinScenarios([" 出行服务 "], ["城市规划", "出行服务"]));

    // ---- approval ----

    private static Application LicenseApplication(LicenseTerms? terms = null) => ReadyForApproval(Application.Create(LicenseApplied(terms)));

    [Fact]
    public void at_approval_the_license_is_registered_under_the_applications_id()
    {
        var application = LicenseApplication();
        var registered = LicenseRules.Register(RegisteredAsset, application, (LicenseSubject)application.Subject, SecondClerk, Now);

        Then.Recorded(registered, new LicenseRegistered(Number, TheApplicationId, TheApplicationId, Holder, Licensee, Terms(), SecondClerk, Now));
        var license = Assert.Single(RegisteredAsset.After(registered).Licenses);
        Assert.Equal((TheApplicationId, Licensee, Now), (license.LicenseId, license.Licensee, license.RegisteredAt));
    }

    [Fact]
    public void at_approval_the_applicant_must_still_hold()
    {
        var application = LicenseApplication();
        var transferred = AssetWith(Registered(holder: NewHolder));

        Then.Refused(() => LicenseRules.Register(transferred, application, (LicenseSubject)application.Subject, SecondClerk, Now), "applicant-no-longer-holds");
    }

    [Fact]
    public void at_approval_the_terms_are_checked_again_against_licenses_registered_meanwhile()
    {
        var application = LicenseApplication(Terms(LicenseType.Exclusive));

        Then.Refused(() => LicenseRules.Register(LicensedAsset, application, (LicenseSubject)application.Subject, SecondClerk, Now), "license-overlaps-exclusive", "startsOn");
    }

    [Fact]
    public void at_approval_a_freeze_recorded_meanwhile_blocks_the_license()
    {
        var application = LicenseApplication();

        Then.Refused(() => LicenseRules.Register(FrozenAsset, application, (LicenseSubject)application.Subject, SecondClerk, Now), "asset-frozen", "registrationNumber");
    }
}
