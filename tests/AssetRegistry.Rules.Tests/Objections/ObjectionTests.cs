using AssetRegistry.Objections;
using AssetRegistry.Security;
using static AssetRegistry.Rules.Tests.Given;

namespace AssetRegistry.Rules.Tests.Objections;

/// <summary>异议登记: filed, registered by a clerk, then withdrawn, dismissed, upheld — or lapsed after 15 days without proof of a lawsuit.</summary>
public sealed class ObjectionTests
{
    private static readonly ObjectionFiled FiledAgainstAsset =
        new(TheObjectionId, Objector, Number, null, "数据来源于我方系统", [BasisFingerprint], ObjectorStaff, Now.AddDays(-1));

    private static Objection Filed => Objection.Create(FiledAgainstAsset);

    private static Objection Registered => Filed.Apply(Filed.Register(Filed.Objector, Clerk, Now, Deadlines));

    private static Objection Withdrawn => Registered.Apply(Registered.Withdraw(ObjectorStaff, Now));

    [Fact]
    public void a_registered_objection_lapses_fifteen_calendar_days_on_at_midnight_china_time()
    {
        var registered = Filed.Register(Filed.Objector, Clerk, Now, Deadlines);

        Then.Recorded(registered, new ObjectionRegistered(TheObjectionId, Clerk, Now, At("2026-06-17T00:00+08:00")));
        Assert.Equal((ObjectionState.Registered, true), (Filed.Apply(registered).State, Filed.Apply(registered).IsOpen));
    }

    [Fact]
    public void a_registered_objection_is_not_registered_again() =>
        Then.Refused(() => Registered.Register(Registered.Objector, Clerk, Now, Deadlines), "objection-already-registered");

    [Fact]
    public void an_objection_is_not_registered_while_its_objector_is_not_verified() =>
        Then.Refused(() => Filed.Register(verifiedObjector: null, Clerk, Now, Deadlines), "objector-not-verified");

    [Fact]
    public void a_closed_objection_is_not_registered() =>
        Then.Refused(() => Withdrawn.Register(Withdrawn.Objector, Clerk, Now, Deadlines), "objection-closed");

    [Fact]
    public void a_clerk_refuses_to_register_a_filed_objection() =>
        Then.Recorded(Filed.Refuse(["无证据"], Clerk, Now), new ObjectionRefused(TheObjectionId, ["无证据"], Clerk, Now));

    [Fact]
    public void a_registered_objection_is_not_refused_but_dismissed() =>
        Then.Refused(() => Registered.Refuse(["无证据"], Clerk, Now), "objection-already-registered");

    [Fact]
    public void the_objector_proves_a_lawsuit_and_the_objection_no_longer_lapses()
    {
        var proved = Registered.ProveLawsuit(OrderFingerprint, Citable(OrderFingerprint), ObjectorStaff, Now.AddDays(3));

        Then.Recorded(proved, new LawsuitProofFiled(TheObjectionId, OrderFingerprint, ObjectorStaff, Now.AddDays(3)));
        Then.RecordedNothing(Registered.Apply(proved).LapseIfDue(Now.AddYears(1)));
    }

    [Fact]
    public void only_the_objector_proves_a_lawsuit() =>
        Then.Refused(() => Registered.ProveLawsuit(OrderFingerprint, Citable(OrderFingerprint), HolderStaff, Now), "not-the-objector", kind: RefusalKind.Forbidden);

    [Fact]
    public void a_lawsuit_is_proved_for_a_registered_objection_only() =>
        Then.Refused(() => Filed.ProveLawsuit(OrderFingerprint, Citable(OrderFingerprint), ObjectorStaff, Now), "objection-not-registered");

    [Fact]
    public void proof_after_the_lapse_comes_too_late() =>
        Then.Refused(() => Registered.ProveLawsuit(OrderFingerprint, Citable(OrderFingerprint), ObjectorStaff, Registered.LapsesAt!.Value), "objection-lapsed");

    [Fact]
    public void the_objector_withdraws_an_open_objection()
    {
        Then.Recorded(Filed.Withdraw(ObjectorStaff, Now), new ObjectionWithdrawn(TheObjectionId, ObjectorStaff, Now));
        Then.Recorded(Registered.Withdraw(ObjectorStaff, Now), new ObjectionWithdrawn(TheObjectionId, ObjectorStaff, Now));
    }

    [Fact]
    public void only_the_objector_withdraws() =>
        Then.Refused(() => Registered.Withdraw(Clerk, Now), "not-the-objector", kind: RefusalKind.Forbidden);

    [Fact]
    public void a_closed_objection_is_not_withdrawn() =>
        Then.Refused(() => Withdrawn.Withdraw(ObjectorStaff, Now), "objection-closed");

    [Fact]
    public void a_clerk_dismisses_or_upholds_a_registered_objection()
    {
        Then.Recorded(Registered.Dismiss(["证据不足"], Clerk, Now), new ObjectionDismissed(TheObjectionId, ["证据不足"], Clerk, Now));
        var upheld = Registered.Uphold("法院判决数据归异议人所有", Clerk, Now);
        Then.Recorded(upheld, new ObjectionUpheld(TheObjectionId, "法院判决数据归异议人所有", Clerk, Now));
        Assert.Equal((ObjectionState.Upheld, "法院判决数据归异议人所有"), (Registered.Apply(upheld).State, Registered.Apply(upheld).Decision));
    }

    [Fact]
    public void a_filed_objection_is_neither_dismissed_nor_upheld()
    {
        Then.Refused(() => Filed.Dismiss(["证据不足"], Clerk, Now), "objection-not-registered");
        Then.Refused(() => Filed.Uphold("成立", Clerk, Now), "objection-not-registered");
    }

    [Fact]
    public void a_closed_objection_is_not_decided_again() =>
        Then.Refused(() => Withdrawn.Uphold("成立", Clerk, Now), "objection-closed");

    [Fact]
    public void an_unproved_objection_lapses_by_itself_once_due()
    {
        var lapsesAt = Registered.LapsesAt!.Value;

        Then.RecordedNothing(Registered.LapseIfDue(lapsesAt.AddTicks(-1)));
        Then.Recorded(Registered.LapseIfDue(lapsesAt.AddHours(1)), new ObjectionLapsed(TheObjectionId, lapsesAt, lapsesAt.AddHours(1)));
        Then.RecordedNothing(Filed.LapseIfDue(lapsesAt.AddHours(1)));
        Then.RecordedNothing(Withdrawn.LapseIfDue(lapsesAt.AddHours(1)));
    }

    [Fact]
    public void the_end_of_a_registered_objection_is_recorded_on_the_asset()
    {
        var upheld = Registered.Uphold("成立", Clerk, Now);

        Then.Recorded(Registered.ResolutionOnAsset(upheld, Clerk, Now), new ObjectionResolvedOnAsset(Number, TheObjectionId, ObjectionOutcome.Upheld, Clerk, Now));
        Then.Recorded(Registered.ResolutionOnAsset(Registered.LapseIfDue(Now.AddYears(1))!, Actor.RegistryClock, Now.AddYears(1)),
            new ObjectionResolvedOnAsset(Number, TheObjectionId, ObjectionOutcome.Lapsed, Actor.RegistryClock, Now.AddYears(1)));
    }

    [Fact]
    public void an_objection_never_registered_or_against_an_application_records_nothing_on_an_asset()
    {
        Then.RecordedNothing(Filed.ResolutionOnAsset(Filed.Withdraw(ObjectorStaff, Now), ObjectorStaff, Now));
        var againstApplication = Objection.Create(FiledAgainstAsset with { RegistrationNumber = null, ApplicationId = TheApplicationId });
        var registered = againstApplication.Apply(againstApplication.Register(againstApplication.Objector, Clerk, Now, Deadlines));
        Then.RecordedNothing(registered.ResolutionOnAsset(registered.Withdraw(ObjectorStaff, Now), ObjectorStaff, Now));
    }

    [Fact]
    public void every_ending_but_upholding_favours_the_applicant()
    {
        Assert.True(Objection.FavoursApplicant(Filed.Refuse(["无"], Clerk, Now)));
        Assert.True(Objection.FavoursApplicant(Registered.Withdraw(ObjectorStaff, Now)));
        Assert.True(Objection.FavoursApplicant(Registered.Dismiss(["无"], Clerk, Now)));
        Assert.True(Objection.FavoursApplicant(Registered.LapseIfDue(Now.AddYears(1))!));
        Assert.False(Objection.FavoursApplicant(Registered.Uphold("成立", Clerk, Now)));
    }

    // ---- filing (the application's suspension of its notice is the application's own decision) ----

    private static FileObjection Filing(params string[] evidence) =>
        new(TheObjectionId, Number, null, "数据来源于我方系统", evidence, ObjectorStaff);

    [Fact]
    public void an_objection_is_filed_against_an_asset_with_the_objectors_own_evidence() =>
        Then.Recorded(Objection.File(Filing(BasisFingerprint), Objector, RegisteredAsset, Citable(BasisFingerprint), Now),
            new ObjectionFiled(TheObjectionId, Objector, Number, null, "数据来源于我方系统", [BasisFingerprint], ObjectorStaff, Now));

    [Fact]
    public void there_is_nothing_to_object_to_on_a_cancelled_asset() =>
        Then.Refused(() => Objection.File(Filing(), Objector, CancelledAsset, Citable(), Now), "asset-cancelled", "registrationNumber");

    [Fact]
    public void evidence_the_objector_did_not_upload_is_refused_naming_its_place() =>
        Then.Refused(() => Objection.File(Filing(OrderFingerprint, BasisFingerprint), Objector, RegisteredAsset, Citable(OrderFingerprint), Now),
            "document-not-uploaded", "evidence[1]");

    [Fact]
    public void proof_of_a_lawsuit_the_objector_did_not_upload_is_refused() =>
        Then.Refused(() => Registered.ProveLawsuit(OrderFingerprint, Citable(), ObjectorStaff, Now), "document-not-uploaded", "documentFingerprint");
}
