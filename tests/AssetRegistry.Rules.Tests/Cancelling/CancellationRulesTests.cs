using AssetRegistry.Applications;
using AssetRegistry.Cancelling;
using AssetRegistry.Documents;
using AssetRegistry.Security;
using AssetRegistry.Assets;
using static AssetRegistry.Rules.Tests.Given;

namespace AssetRegistry.Rules.Tests.Cancelling;

/// <summary>注销登记: the holder gives up the asset or the data is destroyed; a court orders it; the registry revokes it; a license ends early.</summary>
public sealed class CancellationRulesTests
{
    private static readonly CitableDocuments BasisUploaded = new(new HashSet<string> { BasisFingerprint });

    private static CancellationRequest Voluntary => new(CancellationGround.Voluntary, null, null, "不再经营");

    private static CancellationRequest CourtOrder => new(CancellationGround.CourtOrder, null, BasisFingerprint, null);

    private static CancellationRequest Revocation => new(CancellationGround.Revocation, null, null, "以欺骗手段取得登记");

    private static CancellationRequest OfLicense(CancellationGround ground = CancellationGround.Voluntary) => new(ground, TheLicenseId, null, null);

    private static CancellationApplied Apply(Actor by, CancellationRequest cancellation, Asset? asset = null, CitableDocuments? citable = null) =>
        CancellationRules.Apply(asset ?? RegisteredAsset, new ApplyForCancellation(TheApplicationId, Number, cancellation, by), citable ?? BasisUploaded, Now, Deadlines);

    [Fact]
    public void the_holder_applies_to_cancel_the_asset()
    {
        Then.Recorded(Apply(HolderStaff, Voluntary), new CancellationApplied(TheApplicationId, Number, Verification.Identifiers.AssetKind.DataResource,
            "城市交通出行数据集", Holder, Voluntary, HolderStaff, Now, Deadlines.ReplyDue(Now)));
    }

    [Fact]
    public void only_the_holder_gives_up_the_asset() =>
        Then.Refused(() => Apply(Stranger, Voluntary), "not-the-holder", kind: RefusalKind.Forbidden);

    [Fact]
    public void a_cancelled_asset_is_not_cancelled_again() =>
        Then.Refused(() => Apply(HolderStaff, Voluntary, CancelledAsset), "asset-cancelled", "registrationNumber");

    [Fact]
    public void no_one_applies_on_expiry_not_renewed()
    {
        Then.Refused(() => Apply(HolderStaff, new CancellationRequest(CancellationGround.ExpiryNotRenewed, null, null, null)),
            "expiry-cancellation-by-registry-only", "ground", RefusalKind.Forbidden);
        Then.Refused(() => Apply(Clerk, new CancellationRequest(CancellationGround.ExpiryNotRenewed, null, null, null)),
            "expiry-cancellation-by-registry-only", "ground", RefusalKind.Forbidden);
    }

    [Fact]
    public void a_freeze_blocks_the_holders_cancellation() =>
        Then.Refused(() => Apply(HolderStaff, Voluntary, FrozenAsset), "asset-frozen", "registrationNumber");

    [Fact]
    public void a_freeze_blocks_a_court_ordered_cancellation_too() =>
        Then.Refused(() => Apply(HolderStaff, CourtOrder, FrozenAsset), "asset-frozen", "registrationNumber");

    [Fact]
    public void an_objection_blocks_the_holders_own_cancellation() =>
        Then.Refused(() => Apply(HolderStaff, new CancellationRequest(CancellationGround.DataDestroyed, null, null, null), AssetUnderObjection),
            "asset-under-objection", "registrationNumber");

    [Fact]
    public void an_objection_does_not_block_a_court_ordered_cancellation() =>
        Assert.Equal(Holder, Apply(HolderStaff, CourtOrder, AssetUnderObjection).Applicant);

    [Fact]
    public void an_expired_asset_may_still_be_given_up() =>
        Assert.Equal(Holder, Apply(HolderStaff, Voluntary, ExpiredAsset).Applicant);

    [Fact]
    public void a_court_ordered_cancellation_cites_the_order() =>
        Then.Refused(() => Apply(HolderStaff, CourtOrder with { BasisFingerprint = null }), "invalid-field", "basisFingerprint", RefusalKind.Invalid);

    [Fact]
    public void the_order_is_a_document_the_applicant_uploaded() =>
        Then.Refused(() => Apply(HolderStaff, CourtOrder, citable: new CitableDocuments(new HashSet<string>())), "document-not-uploaded", "basisFingerprint");

    [Fact]
    public void the_registry_revokes_and_is_recorded_as_the_applicant()
    {
        Assert.Equal(CancellationRules.Registry, Apply(Clerk, Revocation).Applicant);
        // Revocation ends a registration obtained by fraud: neither a freeze nor an objection holds it off.
        Assert.Equal(CancellationRules.Registry, Apply(Clerk, Revocation, FrozenAsset).Applicant);
    }

    [Fact]
    public void only_the_registry_revokes() =>
        Then.Refused(() => Apply(HolderStaff, Revocation), "revocation-by-registry-only", kind: RefusalKind.Forbidden);

    [Fact]
    public void the_licensee_may_cancel_its_license_and_applies_as_licensee() =>
        Assert.Equal(Licensee, Apply(LicenseeStaff, OfLicense(), LicensedAsset).Applicant);

    [Fact]
    public void the_holder_may_cancel_a_license_even_while_the_asset_is_frozen() =>
        Assert.Equal(Holder, Apply(HolderStaff, OfLicense(), AssetWith(Licensed(), Frozen())).Applicant);

    [Fact]
    public void only_the_holder_or_the_licensee_cancels_a_license() =>
        Then.Refused(() => Apply(Stranger, OfLicense(), LicensedAsset), "not-a-party-to-the-license", kind: RefusalKind.Forbidden);

    [Fact]
    public void a_license_not_on_the_asset_is_not_cancelled() =>
        Then.Refused(() => Apply(HolderStaff, OfLicense(), RegisteredAsset), "license-not-found", "licenseId");

    [Fact]
    public void a_license_whose_term_ended_is_not_cancelled() =>
        Then.Refused(() => Apply(HolderStaff, OfLicense(), AssetWith(Licensed(Terms(startsOn: "2026-01-01", endsOn: "2026-05-31")))),
            "license-not-in-force", "licenseId");

    // ---- approval ----

    private static Application CancellationApplication(CancellationRequest cancellation) =>
        ReadyForApproval(Application.Create(CancellationApplied(cancellation)));

    [Fact]
    public void at_approval_the_asset_is_cancelled_and_accepts_no_further_registration()
    {
        var cancelled = CancellationRules.Register(RegisteredAsset, CancellationApplication(Voluntary), Voluntary, SecondClerk, Now);

        Then.Recorded(cancelled, new AssetCancelled(Number, TheApplicationId, CancellationGround.Voluntary, null, SecondClerk, Now));
        var after = RegisteredAsset.After(cancelled);
        Assert.Equal((AssetStatus.Cancelled, Now), (after.StatusAt(Now), after.CancelledAt));
    }

    [Fact]
    public void at_approval_a_license_is_cancelled()
    {
        var cancelled = CancellationRules.Register(LicensedAsset, CancellationApplication(OfLicense()), OfLicense(), SecondClerk, Now);

        Then.Recorded(cancelled, new LicenseCancelled(Number, TheLicenseId, TheApplicationId, CancellationGround.Voluntary, null, SecondClerk, Now));
        Assert.Empty(LicensedAsset.After(cancelled).LicensesInForceAt(Now));
    }

    [Fact]
    public void at_approval_an_asset_cancelled_meanwhile_is_refused() =>
        Then.Refused(() => CancellationRules.Register(CancelledAsset, CancellationApplication(Voluntary), Voluntary, SecondClerk, Now), "asset-cancelled");

    [Fact]
    public void at_approval_a_freeze_recorded_meanwhile_blocks_it() =>
        Then.Refused(() => CancellationRules.Register(FrozenAsset, CancellationApplication(Voluntary), Voluntary, SecondClerk, Now), "asset-frozen", "registrationNumber");

    [Fact]
    public void at_approval_expiry_not_renewed_is_still_not_a_ground_to_apply_on()
    {
        var expiry = new CancellationRequest(CancellationGround.ExpiryNotRenewed, null, null, null);

        Then.Refused(() => CancellationRules.Register(ExpiredAsset, CancellationApplication(expiry), expiry, SecondClerk, Now),
            "expiry-cancellation-by-registry-only", "ground", RefusalKind.Forbidden);
    }

    [Fact]
    public void at_approval_a_license_cancelled_meanwhile_is_refused()
    {
        var asset = AssetWith(Licensed(), new LicenseCancelled(Number, TheLicenseId, "application-7", CancellationGround.Voluntary, null, Clerk, Now.AddHours(-1)));

        Then.Refused(() => CancellationRules.Register(asset, CancellationApplication(OfLicense()), OfLicense(), SecondClerk, Now), "license-not-in-force", "licenseId");
    }
}
