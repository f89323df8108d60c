using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Cancelling;
using AssetRegistry.Changing;
using AssetRegistry.InitialRegistration;
using AssetRegistry.Licensing;
using AssetRegistry.Objections;
using AssetRegistry.Security;
using AssetRegistry.Tests.Calendars;
using AssetRegistry.Verification.Identifiers;
using Microsoft.Extensions.Options;

namespace AssetRegistry.Tests.Assets;

/// <summary>The rules of licenses, changes, cancellations and objections as functions of state, command and time: no database.</summary>
public sealed class RegistrationRulesTests
{
    private static readonly DateTimeOffset Now = CalendarSource.At("2026-06-01T10:00+08:00");
    private static readonly Applicant Holder = new("91440300MA5FXXXX1A", "深圳市数据科技有限公司");
    private static readonly Applicant Licensee = new("91440101MA5CXXXX2B", "广州算法有限公司");
    private static readonly Actor HolderStaff = new("staff-1", RegistryRoles.Enterprise, Holder.PartyCode);
    private static readonly Actor Clerk = new("clerk-qian", RegistryRoles.Clerk, null);

    private static Asset AssetFor(params string[] scenarios) => Asset.Create(new AssetRegistered(
        "AR-TEST-1", Guid.CreateVersion7().ToString(), Holder, RightType.Holding,
        new InitialRegistrationDetails(AssetKind.DataResource, "城市交通出行数据集", "交通运输", scenarios, "自有业务系统采集", "结构化表格", "每日",
            "脱敏", "已存证", new string('a', 64), new ThirdPartyReviewReport("深圳数据合规评估中心", "91350100M000100Y43", "SZ-REV-1",
                new DateOnly(2026, 2, 20), "数据来源合法", new string('b', 64)), new DeclarationAndCommitment(true, null), null, []),
        Now.AddDays(-30), Now.AddYears(2), Clerk, Now.AddDays(-30)));

    private static LicenseTerms Terms(params string[] scope) =>
        new(LicenseType.NonExclusive, false, scope, new DateOnly(2026, 6, 2), new DateOnly(2026, 12, 31));

    private static Asset Licensed(Asset asset, LicenseTerms terms) =>
        asset.After(new LicenseRegistered(asset.Id, "L-1", Guid.CreateVersion7().ToString(), Holder, Licensee, terms, Clerk, Now.AddDays(-1)));

    private static ChangeRequest Scenarios(params string[] scenarios) => new(null, null, scenarios, null, null, null, null, null, null, null);

    // ---- a license's scope lies within the registered application scenarios ----

    [Fact]
    public void a_license_whose_scope_is_outside_the_assets_scenarios_is_refused_naming_the_scope()
    {
        var refusal = Assert.Throws<Refusal>(() => LicenseRules.EnsureGrantable(AssetFor("城市规划", "出行服务"), Licensee, Terms("城市规划", "军事用途"), Now));

        Assert.Equal(("license-scope-outside-scenarios", "scope", RefusalKind.Conflict), (refusal.Code, refusal.Field, refusal.Kind));
        Assert.Contains("军事用途", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void scope_and_scenarios_are_compared_after_nfc_and_trimming()
    {
        // "Café" composed (U+00E9) on the register, decomposed (e + U+0301) and padded in the scope.
        var asset = AssetFor("城市规划", "Caf\u00e9 选址");

        LicenseRules.EnsureGrantable(asset, Licensee, Terms(" Cafe\u0301 选址 ", "城市规划\u3000"), Now);
    }

    [Fact]
    public void a_license_within_the_scenarios_is_grantable()
    {
        LicenseRules.EnsureGrantable(AssetFor("城市规划", "出行服务"), Licensee, Terms("出行服务"), Now);
    }

    [Fact]
    public void a_change_of_a_licenses_scope_to_outside_the_scenarios_is_refused_on_the_license_scope()
    {
        var asset = Licensed(AssetFor("城市规划", "出行服务"), Terms("城市规划"));
        var change = new ChangeRequest(null, null, null, null, null, null, null, null, null, new LicenseTermsChange("L-1", ["军事用途"], null, null));

        var refusal = Assert.Throws<Refusal>(() => ChangeRules.EnsureChangeable(asset, HolderStaff, change, Now));

        Assert.Equal(("license-scope-outside-scenarios", "license.scope"), (refusal.Code, refusal.Field));
    }

    [Fact]
    public void a_change_that_removes_a_scenario_a_binding_license_uses_is_refused()
    {
        var asset = Licensed(AssetFor("城市规划", "出行服务"), Terms("出行服务"));

        var refusal = Assert.Throws<Refusal>(() => ChangeRules.EnsureChangeable(asset, HolderStaff, Scenarios("城市规划"), Now));

        Assert.Equal(("scenario-used-by-license", "applicationScenarios"), (refusal.Code, refusal.Field));
        Assert.Contains("出行服务", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_change_that_removes_a_scenario_no_binding_license_uses_is_allowed()
    {
        var asset = Licensed(AssetFor("城市规划", "出行服务"), Terms("出行服务"));
        var cancelled = asset.After(new LicenseCancelled(asset.Id, "L-1", Guid.CreateVersion7().ToString(), CancellationGround.Voluntary, null, Clerk, Now));

        ChangeRules.EnsureChangeable(asset, HolderStaff, Scenarios("出行服务", "智慧交通"), Now);
        ChangeRules.EnsureChangeable(cancelled, HolderStaff, Scenarios("城市规划"), Now);
    }

    [Fact]
    public void a_change_that_narrows_a_license_and_removes_the_scenario_together_is_allowed()
    {
        var asset = Licensed(AssetFor("城市规划", "出行服务"), Terms("城市规划", "出行服务"));
        var change = Scenarios("城市规划") with { License = new LicenseTermsChange("L-1", ["城市规划"], null, null) };

        ChangeRules.EnsureChangeable(asset, HolderStaff, change, Now);
    }

    [Fact]
    public void approval_checks_the_scope_again_against_the_scenarios_then()
    {
        var applied = new LicenseApplied(Guid.CreateVersion7().ToString(), "AR-TEST-1", AssetKind.DataResource, "城市交通出行数据集", Holder, Licensee,
            Terms("出行服务"), HolderStaff, Now);
        var application = Application.Create(applied);
        // Between application and approval a change removed 出行服务.
        var asset = AssetFor("城市规划");

        var refusal = Assert.Throws<Refusal>(() => LicenseRules.Register(asset, application, (LicenseSubject)application.Subject, Clerk, Now));

        Assert.Equal("license-scope-outside-scenarios", refusal.Code);
    }

    // ---- expiry not renewed is the registry's own ground ----

    [Theory]
    [InlineData(RegistryRoles.Enterprise)]
    [InlineData(RegistryRoles.Clerk)]
    public void no_one_applies_to_cancel_on_the_ground_expiry_not_renewed(string role)
    {
        var actor = role == RegistryRoles.Clerk ? Clerk : HolderStaff;

        var refusal = Assert.Throws<Refusal>(() =>
            CancellationRules.EnsureCancellable(AssetFor("城市规划"), actor, new CancellationRequest(CancellationGround.ExpiryNotRenewed, null, null, null), Now));

        Assert.Equal(("expiry-cancellation-by-registry-only", "ground", RefusalKind.Forbidden), (refusal.Code, refusal.Field, refusal.Kind));
    }

    [Fact]
    public void an_application_on_the_ground_expiry_not_renewed_is_refused_again_at_approval()
    {
        var request = new CancellationRequest(CancellationGround.ExpiryNotRenewed, null, null, null);
        var application = Application.Create(new CancellationApplied(Guid.CreateVersion7().ToString(), "AR-TEST-1", AssetKind.DataResource, "城市交通出行数据集",
            Holder, request, HolderStaff, Now, Now.AddDays(14)));

        var refusal = Assert.Throws<Refusal>(() => CancellationRules.Register(AssetFor("城市规划"), application, request, Clerk, Now));

        Assert.Equal("expiry-cancellation-by-registry-only", refusal.Code);
    }

    [Fact]
    public void the_holder_may_still_cancel_voluntarily()
    {
        var applicant = CancellationRules.EnsureCancellable(AssetFor("城市规划"), HolderStaff, new CancellationRequest(CancellationGround.Voluntary, null, null, null), Now);

        Assert.Equal(Holder, applicant);
    }

    // ---- refusals name the state things are in ----

    private static Objection FiledObjection() => Objection.Create(new ObjectionFiled(
        $"O-{Guid.NewGuid():N}", Licensee, "AR-TEST-1", null, "该数据集由本公司采集", [new string('c', 64)], HolderStaff, Now));

    private static ProcedureDeadlines Deadlines => new(CalendarSource.China, Options.Create(new ProcedureSettings()));

    [Fact]
    public void registering_a_registered_objection_says_it_is_already_registered()
    {
        var objection = FiledObjection();
        var registered = objection.Apply(objection.Register(objection.Objector, Clerk, Now, Deadlines));

        var again = Assert.Throws<Refusal>(() => registered.Register(registered.Objector, Clerk, Now, Deadlines));
        var refusedAfterRegistration = Assert.Throws<Refusal>(() => registered.Refuse(["无依据"], Clerk, Now));

        Assert.Equal("objection-already-registered", again.Code);
        Assert.Equal("Cannot register the objection: it is already registered.", again.Message);
        Assert.Equal("objection-already-registered", refusedAfterRegistration.Code);
    }

    [Fact]
    public void deciding_an_objection_not_yet_registered_says_it_is_not_registered_and_a_closed_one_that_it_is_closed()
    {
        var filed = FiledObjection();
        var withdrawn = filed.Apply(filed.Withdraw(new Actor("staff-2", RegistryRoles.Enterprise, Licensee.PartyCode), Now));

        Assert.Equal("objection-not-registered", Assert.Throws<Refusal>(() => filed.Dismiss(["无依据"], Clerk, Now)).Code);
        Assert.Equal("objection-closed", Assert.Throws<Refusal>(() => withdrawn.Register(withdrawn.Objector, Clerk, Now, Deadlines)).Code);
    }

    [Fact]
    public void a_license_that_ended_is_not_in_force_and_one_never_registered_is_not_found()
    {
        var asset = Licensed(AssetFor("城市规划"), Terms("城市规划"));
        var cancelled = asset.After(new LicenseCancelled(asset.Id, "L-1", Guid.CreateVersion7().ToString(), CancellationGround.Voluntary, null, Clerk, Now));
        var request = new CancellationRequest(CancellationGround.Voluntary, "L-1", null, null);

        var ended = Assert.Throws<Refusal>(() => CancellationRules.EnsureCancellable(cancelled, HolderStaff, request, Now.AddMinutes(1)));
        var unknown = Assert.Throws<Refusal>(() => CancellationRules.EnsureCancellable(asset, HolderStaff, request with { LicenseId = "L-9" }, Now));

        Assert.Equal(("license-not-in-force", "licenseId"), (ended.Code, ended.Field));
        Assert.Equal(("license-not-found", "licenseId"), (unknown.Code, unknown.Field));
    }
}
