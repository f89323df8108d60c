using AssetRegistry.Assets;
using AssetRegistry.Cancelling;
using AssetRegistry.Applications;
using AssetRegistry.Freezes;
using AssetRegistry.Objections;
using static AssetRegistry.Rules.Tests.Given;

namespace AssetRegistry.Rules.Tests.Assets;

/// <summary>What every registration on an existing asset obeys, whatever its kind; and the asset's status from its dates.</summary>
public sealed class AssetRulesTests
{
    [Fact]
    public void an_active_asset_accepts_registrations_and_dispositions()
    {
        Then.Allowed(() => RegisteredAsset.EnsureAcceptsRegistrations(Now));
        Then.Allowed(() => RegisteredAsset.EnsureDisposable(Now));
    }

    [Fact]
    public void a_cancelled_asset_accepts_no_registration() =>
        Then.Refused(() => CancelledAsset.EnsureAcceptsRegistrations(Now), "asset-cancelled", "registrationNumber");

    [Fact]
    public void an_expired_asset_accepts_no_registration_until_renewed() =>
        Then.Refused(() => ExpiredAsset.EnsureAcceptsRegistrations(Now), "asset-expired", "registrationNumber");

    [Fact]
    public void an_asset_expires_at_the_instant_its_validity_ends()
    {
        var asset = AssetWith(Registered(validUntil: Now));

        Assert.Equal((AssetStatus.Active, AssetStatus.Expired), (asset.StatusAt(Now.AddTicks(-1)), asset.StatusAt(Now)));
    }

    [Fact]
    public void a_standing_freeze_blocks_every_disposition() =>
        Then.Refused(() => FrozenAsset.EnsureDisposable(Now), "asset-frozen", "registrationNumber");

    [Fact]
    public void a_freeze_whose_term_ended_blocks_nothing() =>
        Then.Allowed(() => AssetWith(Frozen(endsOn: "2026-05-31")).EnsureDisposable(Now));

    [Fact]
    public void a_lifted_freeze_blocks_nothing() =>
        Then.Allowed(() => AssetWith(Frozen(), new AssetUnfrozen(Number, TheFreezeId, FreezeEnd.ReleaseOrder, OrderFingerprint, Clerk, Now.AddHours(-1)))
            .EnsureDisposable(Now));

    [Fact]
    public void an_open_objection_blocks_dispositions_unless_the_act_is_not_blocked_by_objections()
    {
        Then.Refused(() => AssetUnderObjection.EnsureDisposable(Now), "asset-under-objection", "registrationNumber");
        Then.Allowed(() => AssetUnderObjection.EnsureDisposable(Now, objectionsBlock: false));
    }

    [Fact]
    public void a_resolved_objection_blocks_nothing() =>
        Then.Allowed(() => AssetWith(ObjectionOnAsset(), new ObjectionResolvedOnAsset(Number, TheObjectionId, ObjectionOutcome.Dismissed, Clerk, Now))
            .EnsureDisposable(Now));

    [Fact]
    public void only_the_holder_speaks_for_the_asset()
    {
        Then.Allowed(() => RegisteredAsset.EnsureHeldBy(HolderStaff));
        Then.Refused(() => RegisteredAsset.EnsureHeldBy(Stranger), "not-the-holder", kind: RefusalKind.Forbidden);
        Then.Refused(() => RegisteredAsset.EnsureHeldBy(Clerk), "not-the-holder", kind: RefusalKind.Forbidden);
    }

    [Fact]
    public void a_license_in_force_is_found_by_its_id() =>
        Assert.Equal(TheLicenseId, LicensedAsset.LicenseInForce(TheLicenseId, Now, "licenseId").LicenseId);

    [Fact]
    public void a_license_the_asset_never_had_is_not_found() =>
        Then.Refused(() => RegisteredAsset.LicenseInForce("license-x", Now, "licenseId"), "license-not-found", "licenseId");

    [Fact]
    public void a_cancelled_license_is_not_in_force() =>
        Then.Refused(() => AssetWith(Licensed(), new LicenseCancelled(Number, TheLicenseId, "application-7", CancellationGround.Voluntary, null, Clerk, Now.AddHours(-1)))
            .LicenseInForce(TheLicenseId, Now, "license.licenseId"), "license-not-in-force", "license.licenseId");

    [Fact]
    public void a_license_whose_term_ended_is_not_in_force() =>
        Then.Refused(() => AssetWith(Licensed(Terms(startsOn: "2026-01-01", endsOn: "2026-05-31"))).LicenseInForce(TheLicenseId, Now, "licenseId"),
            "license-not-in-force", "licenseId");

    [Fact]
    public void a_license_that_starts_later_binds_but_is_not_yet_in_force()
    {
        var later = AssetWith(Licensed(Terms(startsOn: "2026-07-01")));

        Assert.Equal(TheLicenseId, later.LicenseInForce(TheLicenseId, Now, "licenseId").LicenseId);
        Assert.Empty(later.LicensesInForceAt(Now));
    }

    [Fact]
    public void the_holder_applies_under_its_registered_name() =>
        Assert.Equal(Holder, RegisteredAsset.ApplicantFor(HolderStaff, Holder with { Name = "改名后的名称" }));

    [Fact]
    public void another_party_applies_under_its_party_records_name() =>
        Assert.Equal(new Applicant(NewHolder.PartyCode, "上海"), RegisteredAsset.ApplicantFor(NewHolderStaff, new Applicant(NewHolder.PartyCode, "上海")));

    [Fact]
    public void another_party_must_be_verified() =>
        Then.Refused(() => RegisteredAsset.ApplicantFor(NewHolderStaff, null), "party-not-verified", kind: RefusalKind.Forbidden);

    [Fact]
    public void another_partys_record_does_not_name_the_applicant() =>
        Then.Refused(() => RegisteredAsset.ApplicantFor(NewHolderStaff, Holder), "party-not-verified", kind: RefusalKind.Forbidden);

    [Fact]
    public void an_actor_without_a_party_code_is_not_an_applicant() =>
        Then.Refused(() => RegisteredAsset.ApplicantFor(Clerk, null), "not-a-party", kind: RefusalKind.Forbidden);

    [Fact]
    public void validity_runs_the_years_given_capped_by_the_end_of_the_authorisation_at_midnight_china_time()
    {
        Assert.Equal(Now.AddYears(3), Asset.ValidUntilFor(Now, 3, null));
        Assert.Equal(At("2027-01-01T00:00+08:00"), Asset.ValidUntilFor(Now, 3, Day("2026-12-31")));
        Assert.Equal(Now.AddYears(3), Asset.ValidUntilFor(Now, 3, Day("2030-01-01")));
    }

    [Fact]
    public void an_event_of_another_stream_is_not_folded_into_an_asset() =>
        Assert.Throws<ArgumentException>(() => RegisteredAsset.After(new object()));
}
