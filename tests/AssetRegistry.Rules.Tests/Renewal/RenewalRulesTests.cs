using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Renewal;
using AssetRegistry.Security;
using static AssetRegistry.Rules.Tests.Given;

namespace AssetRegistry.Rules.Tests.Renewal;

/// <summary>续展: the holder applies in the last 90 days (or during the grace after expiry); validity runs on from the previous end.</summary>
public sealed class RenewalRulesTests
{
    /// <summary>Valid until 24:00 CST of 2026-07-31: the window opened at 00:00 CST of 2026-05-03.</summary>
    private static readonly DateTimeOffset ValidUntil = At("2026-08-01T00:00+08:00");

    private static Asset InWindow(DateOnly? authorisationEndsOn = null, params object[] events) =>
        AssetWith(Registered(details: Details(authorisationEndsOn: authorisationEndsOn), validUntil: ValidUntil), events);

    private static RenewalApplied Apply(Asset asset, Actor? by = null, string? pending = null) =>
        RenewalRules.Apply(asset, new ApplyForRenewal(TheApplicationId, Number, by ?? HolderStaff), pending, Now, Deadlines, Settings);

    [Fact]
    public void the_window_opens_at_midnight_china_time_ninety_days_before_validity_ends() =>
        Assert.Equal(At("2026-05-03T00:00+08:00"), RenewalRules.WindowOpensAt(InWindow(), 90));

    [Fact]
    public void the_holder_applies_in_the_window()
    {
        Then.Recorded(Apply(InWindow()), new RenewalApplied(TheApplicationId, Number, Verification.Identifiers.AssetKind.DataResource, "城市交通出行数据集", Holder,
            HolderStaff, Now, Deadlines.ReplyDue(Now)));
    }

    [Fact]
    public void renewal_before_the_window_is_refused() =>
        Then.Refused(() => Apply(RegisteredAsset), "renewal-not-in-window", "registrationNumber");

    [Fact]
    public void only_the_holder_renews() =>
        Then.Refused(() => Apply(InWindow(), Stranger), "not-the-holder", kind: RefusalKind.Forbidden);

    [Fact]
    public void a_cancelled_registration_is_not_renewed() =>
        Then.Refused(() => Apply(InWindow(null, CancelledVoluntarily())), "asset-cancelled", "registrationNumber");

    [Fact]
    public void a_second_renewal_under_way_is_refused() =>
        Then.Refused(() => Apply(InWindow(), pending: "application-5"), "renewal-already-applied", "registrationNumber");

    [Fact]
    public void renewal_cannot_take_the_registration_past_its_authorisation() =>
        Then.Refused(() => Apply(InWindow(Day("2026-07-31"))), "renewal-beyond-authorisation", "registrationNumber");

    [Fact]
    public void renewal_disposes_of_nothing_so_a_freeze_or_an_objection_does_not_block_it()
    {
        Then.Allowed(() => RenewalRules.EnsureRenewable(InWindow(null, Frozen()), HolderStaff, Now, Settings));
        Then.Allowed(() => RenewalRules.EnsureRenewable(InWindow(null, ObjectionOnAsset()), HolderStaff, Now, Settings));
    }

    [Fact]
    public void an_expired_registration_may_be_renewed_during_its_grace() =>
        Then.Allowed(() => RenewalRules.EnsureRenewable(ExpiredAsset, HolderStaff, Now, Settings));

    // ---- approval ----

    private static Application RenewalApplication => ReadyForApproval(Application.Create(RenewalApplied()));

    [Fact]
    public void at_approval_validity_runs_on_three_years_from_the_previous_end()
    {
        var renewed = RenewalRules.Register(InWindow(), RenewalApplication, SecondClerk, Now, Settings);

        Then.Recorded(renewed, new RegistrationRenewed(Number, TheApplicationId, ValidUntil, At("2029-08-01T00:00+08:00"), SecondClerk, Now));
        Assert.Equal(At("2029-08-01T00:00+08:00"), InWindow().After(renewed).ValidUntil);
    }

    [Fact]
    public void renewed_validity_is_capped_by_the_authorisation() =>
        Assert.Equal(At("2027-01-01T00:00+08:00"), RenewalRules.Register(InWindow(Day("2026-12-31")), RenewalApplication, SecondClerk, Now, Settings).ValidUntil);

    [Fact]
    public void a_renewal_approved_meanwhile_moves_the_window_so_a_second_is_refused()
    {
        var renewedOnce = InWindow().After(RenewalRules.Register(InWindow(), RenewalApplication, SecondClerk, Now, Settings));

        Then.Refused(() => RenewalRules.Register(renewedOnce, RenewalApplication, SecondClerk, Now, Settings), "renewal-not-in-window", "registrationNumber");
    }

    [Fact]
    public void at_approval_the_applicant_must_still_hold() =>
        Then.Refused(() => RenewalRules.Register(AssetWith(Registered(holder: NewHolder, validUntil: ValidUntil)), RenewalApplication, SecondClerk, Now, Settings),
            "applicant-no-longer-holds");

    [Fact]
    public void at_approval_a_registration_cancelled_meanwhile_is_not_renewed() =>
        Then.Refused(() => RenewalRules.Register(InWindow(null, CancelledVoluntarily()), RenewalApplication, SecondClerk, Now, Settings),
            "asset-cancelled", "registrationNumber");
}
