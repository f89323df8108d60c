using AssetRegistry.Freezes;
using static AssetRegistry.Rules.Tests.Given;

namespace AssetRegistry.Rules.Tests.Freezes;

/// <summary>查封: recorded on a court's order, lifted by its release order or at the end of its term; several may stand at once.</summary>
public sealed class FreezeRulesTests
{
    private static FreezeOrder Order(string? endsOn = null, string caseNumber = "(2026)粤03民初1号") =>
        new("深圳市中级人民法院", caseNumber, OrderFingerprint, endsOn is null ? null : Day(endsOn));

    [Fact]
    public void a_clerk_records_a_courts_freeze()
    {
        var frozen = FreezeRules.Freeze(RegisteredAsset, TheFreezeId, Order("2026-12-31"), Citable(OrderFingerprint), Clerk, Now);

        Then.Recorded(frozen, new AssetFrozen(Number, TheFreezeId, "深圳市中级人民法院", "(2026)粤03民初1号", OrderFingerprint, Day("2026-12-31"), Clerk, Now));
        Assert.True(RegisteredAsset.After(frozen).IsFrozenAt(Now));
    }

    [Fact]
    public void a_cancelled_asset_is_not_frozen() =>
        Then.Refused(() => FreezeRules.Freeze(CancelledAsset, TheFreezeId, Order(), Citable(OrderFingerprint), Clerk, Now), "asset-cancelled", "registrationNumber");

    [Fact]
    public void a_freezes_last_day_is_not_in_the_past()
    {
        Then.Refused(() => FreezeRules.Freeze(RegisteredAsset, TheFreezeId, Order("2026-05-31"), Citable(OrderFingerprint), Clerk, Now), "invalid-field", "endsOn", RefusalKind.Invalid);
        Then.Allowed(() => FreezeRules.Freeze(RegisteredAsset, TheFreezeId, Order("2026-06-01"), Citable(OrderFingerprint), Clerk, Now));
    }

    [Fact]
    public void the_same_courts_freeze_in_the_same_case_is_recorded_once() =>
        Then.Refused(() => FreezeRules.Freeze(FrozenAsset, "freeze-2", Order(), Citable(OrderFingerprint), Clerk, Now), "freeze-already-recorded", "caseNumber");

    [Fact]
    public void another_case_may_freeze_the_asset_again() =>
        Assert.Equal("freeze-2", FreezeRules.Freeze(FrozenAsset, "freeze-2", Order(caseNumber: "(2026)粤03民初2号"), Citable(OrderFingerprint), Clerk, Now).FreezeId);

    [Fact]
    public void the_release_order_lifts_a_standing_freeze()
    {
        var released = FreezeRules.Release(FrozenAsset, TheFreezeId, BasisFingerprint, Citable(BasisFingerprint), Clerk, Now);

        Then.Recorded(released, new AssetUnfrozen(Number, TheFreezeId, FreezeEnd.ReleaseOrder, BasisFingerprint, Clerk, Now));
        Assert.False(FrozenAsset.After(released).IsFrozenAt(Now));
    }

    [Fact]
    public void a_freeze_the_asset_never_had_is_not_found() =>
        Then.Refused(() => FreezeRules.Release(RegisteredAsset, "freeze-x", BasisFingerprint, Citable(BasisFingerprint), Clerk, Now), "freeze-not-found", kind: RefusalKind.NotFound);

    [Fact]
    public void a_released_freeze_is_already_lifted()
    {
        var released = FrozenAsset.After(FreezeRules.Release(FrozenAsset, TheFreezeId, BasisFingerprint, Citable(BasisFingerprint), Clerk, Now));

        Then.Refused(() => FreezeRules.Release(released, TheFreezeId, BasisFingerprint, Citable(BasisFingerprint), Clerk, Now.AddMinutes(1)), "freeze-already-lifted");
    }

    [Fact]
    public void a_freeze_whose_term_ended_is_already_lifted() =>
        Then.Refused(() => FreezeRules.Release(AssetWith(Frozen(endsOn: "2026-05-31")), TheFreezeId, BasisFingerprint, Citable(BasisFingerprint), Clerk, Now), "freeze-already-lifted");

    [Fact]
    public void a_freezes_term_ends_at_midnight_china_time_of_its_last_day_recorded_by_the_registrys_clock()
    {
        var asset = AssetWith(Frozen(endsOn: "2026-06-10"));
        var endsAt = At("2026-06-11T00:00+08:00");

        Then.RecordedNothing(FreezeRules.EndTermIfDue(asset, TheFreezeId, endsAt.AddTicks(-1)));
        Then.Recorded(FreezeRules.EndTermIfDue(asset, TheFreezeId, endsAt.AddHours(2)),
            new AssetUnfrozen(Number, TheFreezeId, FreezeEnd.TermEnded, null, Security.Actor.RegistryClock, endsAt));
    }

    [Fact]
    public void a_freeze_without_a_term_or_released_before_has_no_term_to_end()
    {
        Then.RecordedNothing(FreezeRules.EndTermIfDue(FrozenAsset, TheFreezeId, Now.AddYears(5)));
        var released = AssetWith(Frozen(endsOn: "2026-06-10"), new AssetUnfrozen(Number, TheFreezeId, FreezeEnd.ReleaseOrder, BasisFingerprint, Clerk, Now));
        Then.RecordedNothing(FreezeRules.EndTermIfDue(released, TheFreezeId, Now.AddYears(1)));
        Then.RecordedNothing(FreezeRules.EndTermIfDue(RegisteredAsset, "freeze-x", Now.AddYears(1)));
    }

    [Fact]
    public void a_freeze_rests_on_an_order_the_clerk_uploaded() =>
        Then.Refused(() => FreezeRules.Freeze(RegisteredAsset, TheFreezeId, Order(), Citable(), Clerk, Now), "document-not-uploaded", "orderFingerprint");

    [Fact]
    public void a_release_rests_on_an_order_the_clerk_uploaded() =>
        Then.Refused(() => FreezeRules.Release(FrozenAsset, TheFreezeId, BasisFingerprint, Citable(), Clerk, Now), "document-not-uploaded", "orderFingerprint");
}
