using AssetRegistry.Assets;
using AssetRegistry.Changing;
using AssetRegistry.Corrections;
using AssetRegistry.Objections;
using static AssetRegistry.Rules.Tests.Given;

namespace AssetRegistry.Rules.Tests.Corrections;

/// <summary>更正登记: a clerk corrects the register, the holder included, on an upheld objection against this asset — once per objection.</summary>
public sealed class CorrectionRulesTests
{
    private static Objection ObjectionThat(string registrationNumber = Number, params object[] events) => events.Aggregate(
        Objection.Create(new ObjectionFiled(TheObjectionId, Objector, registrationNumber, null, "数据来源于我方系统", [BasisFingerprint], ObjectorStaff, Now.AddDays(-10))),
        (objection, e) => e switch
        {
            ObjectionRegistered r => objection.Apply(r),
            ObjectionUpheld u => objection.Apply(u),
            _ => throw new ArgumentException(e.GetType().Name),
        });

    private static Objection Upheld => ObjectionThat(Number, new ObjectionRegistered(TheObjectionId, Clerk, Now.AddDays(-9), Now.AddDays(6)),
        new ObjectionUpheld(TheObjectionId, "法院判决数据归异议人所有", Clerk, Now.AddDays(-1)));

    private static RegisterCorrection Command(ChangeRequest? changes = null, string objectionId = TheObjectionId) =>
        new(Number, objectionId, changes ?? new ChangeRequest(null, null, null, null, null, null, null, null, null, null), null, null, SecondClerk);

    [Fact]
    public void a_correction_on_an_upheld_objection_moves_the_holding_and_records_the_decision()
    {
        var corrected = CorrectionRules.Register(RegisteredAsset, Upheld, Command(), Objector, Now);

        Then.Recorded(corrected, new CorrectionRegistered(Number, TheObjectionId,
            [new FieldChange("holder", $"{Holder.Name} ({Holder.PartyCode})", $"{Objector.Name} ({Objector.PartyCode})")],
            Details(), Objector, "法院判决数据归异议人所有", SecondClerk, Now));
        var after = RegisteredAsset.After(corrected);
        Assert.Equal(Objector, after.Holder);
        Assert.Equal([TheObjectionId], after.CorrectedOnObjections);
    }

    [Fact]
    public void a_correction_may_change_registered_items_without_the_holder_applying()
    {
        var corrected = CorrectionRules.Register(RegisteredAsset, Upheld, Command(new ChangeRequest(null, null, null, "异议人业务系统采集", null, null, null, null, null, null)),
            null, Now);

        Assert.Equal([new FieldChange("dataSource", "自有业务系统采集", "异议人业务系统采集")], corrected.Changes);
        Assert.Equal((Holder, "异议人业务系统采集"), (corrected.HolderAfter, corrected.DetailsAfter.DataSource));
    }

    [Fact]
    public void a_correction_rests_on_an_objection_that_exists() =>
        Then.Refused(() => CorrectionRules.Register(RegisteredAsset, null, Command(), Objector, Now), "objection-not-found", "objectionId", RefusalKind.NotFound);

    [Fact]
    public void a_correction_rests_on_an_objection_against_this_asset() =>
        Then.Refused(() => CorrectionRules.Register(RegisteredAsset, ObjectionThat(OtherResource), Command(), Objector, Now), "objection-not-about-this-asset", "objectionId");

    [Fact]
    public void a_correction_rests_on_an_upheld_objection() =>
        Then.Refused(() => CorrectionRules.Register(RegisteredAsset, ObjectionThat(Number, new ObjectionRegistered(TheObjectionId, Clerk, Now.AddDays(-9), Now.AddDays(6))),
            Command(), Objector, Now), "objection-not-upheld", "objectionId");

    [Fact]
    public void one_correction_per_objection()
    {
        var corrected = RegisteredAsset.After(CorrectionRules.Register(RegisteredAsset, Upheld, Command(), Objector, Now));

        Then.Refused(() => CorrectionRules.Register(corrected, Upheld, Command(), Holder, Now), "correction-already-made", "objectionId");
    }

    [Fact]
    public void a_correction_that_changes_nothing_is_refused() =>
        Then.Refused(() => CorrectionRules.Register(RegisteredAsset, Upheld, Command(), Holder, Now), "change-changes-nothing");

    [Fact]
    public void a_correction_obeys_the_change_rules_on_licenses() =>
        Then.Refused(() => CorrectionRules.Register(LicensedAsset, Upheld, Command(new ChangeRequest(null, null, ["城市规划"], null, null, null, null, null, null, null)),
            null, Now), "scenario-used-by-license", "applicationScenarios");
}
