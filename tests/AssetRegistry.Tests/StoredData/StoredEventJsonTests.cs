using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Changing;
using AssetRegistry.Corrections;
using AssetRegistry.Infrastructure;
using AssetRegistry.InitialRegistration;
using AssetRegistry.Licensing;
using AssetRegistry.Security;
using AssetRegistry.Verification.Identifiers;

namespace AssetRegistry.Tests.StoredData;

/// <summary>
/// Events already stored are read back with the types of today: the events that carry the registered items
/// serialise, with the service's own Marten settings, exactly as they did when they were first written.
/// </summary>
public sealed class StoredEventJsonTests
{
    private static readonly DateTimeOffset At = new(2026, 6, 1, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly Applicant Holder = new("91440300MA5FXXXX1A", "深圳市数据科技有限公司");
    private static readonly Actor Staff = new("staff-1", RegistryRoles.Enterprise, Holder.PartyCode);
    private static readonly Actor Clerk = new("clerk-qian", RegistryRoles.Clerk, null);

    private static readonly InitialRegistrationDetails Details = new(
        AssetKind.DataProduct, "城市交通出行指数服务", "交通运输", ["城市规划", "出行服务"], "自有业务系统采集", "结构化表格，约 120 万条记录", "每日",
        "脱敏、聚合至 500 米网格", "已存证", new string('a', 64),
        new ThirdPartyReviewReport("深圳数据合规评估中心", "91350100M000100Y43", "SZ-REV-1", new DateOnly(2026, 2, 20), "数据来源合法", new string('b', 64)),
        new DeclarationAndCommitment(true, null), new DateOnly(2030, 12, 31), ["AR-2026-000001"]);

    private static readonly ChangeRequest Change = new(
        "城市出行指数服务", null, ["城市规划"], null, null, "每小时增量更新", null, null, "深圳市数据智能有限公司",
        new LicenseTermsChange("L-1", ["城市规划"], new DateOnly(2027, 6, 30), null));

    private static readonly Marten.ISerializer Serializer = RegistryStore.Options("Host=localhost;Database=registry", TimeProvider.System).Serializer();

    // The expected texts were captured from this serializer before the registered items had a type of their own; never
    // edit them to make a test pass. Read back, a stored event is written again unchanged: no member is lost on the way.
    private static void AssertStoredAsBefore<T>(string before, T @event) where T : notnull
    {
        Assert.Equal(before, Serializer.ToJson(@event));
        using var stored = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(before));
        Assert.Equal(before, Serializer.ToJson(Serializer.FromJson<T>(stored)));
    }

    [Fact]
    public void an_initial_application_is_stored_as_before()
    {
        AssertStoredAsBefore(
            """"
            {"ApplicationId":"app-1","Applicant":{"PartyCode":"91440300MA5FXXXX1A","Name":"\u6DF1\u5733\u5E02\u6570\u636E\u79D1\u6280\u6709\u9650\u516C\u53F8"},"Details":{"AssetKind":"DataProduct","Name":"\u57CE\u5E02\u4EA4\u901A\u51FA\u884C\u6307\u6570\u670D\u52A1","Industry":"\u4EA4\u901A\u8FD0\u8F93","ApplicationScenarios":["\u57CE\u5E02\u89C4\u5212","\u51FA\u884C\u670D\u52A1"],"DataSource":"\u81EA\u6709\u4E1A\u52A1\u7CFB\u7EDF\u91C7\u96C6","StructureAndScale":"\u7ED3\u6784\u5316\u8868\u683C\uFF0C\u7EA6 120 \u4E07\u6761\u8BB0\u5F55","UpdateFrequency":"\u6BCF\u65E5","ProcessingRules":"\u8131\u654F\u3001\u805A\u5408\u81F3 500 \u7C73\u7F51\u683C","NotarisationStatus":"\u5DF2\u5B58\u8BC1","SampleDataFingerprint":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","ReviewReport":{"InstitutionName":"\u6DF1\u5733\u6570\u636E\u5408\u89C4\u8BC4\u4F30\u4E2D\u5FC3","InstitutionCreditCode":"91350100M000100Y43","ReportNumber":"SZ-REV-1","ReportDate":"2026-02-20","Conclusion":"\u6570\u636E\u6765\u6E90\u5408\u6CD5","DocumentFingerprint":"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"},"Declaration":{"Committed":true,"DocumentFingerprint":null},"AuthorisationEndsOn":"2030-12-31","DerivedFrom":["AR-2026-000001"]},"SubmittedBy":{"UserId":"staff-1","Role":"enterprise","PartyCode":"91440300MA5FXXXX1A"},"SubmittedAt":"2026-06-01T10:00:00+08:00","ReplyDueAt":"2026-06-06T10:00:00+08:00"}
            """",
            new InitialRegistrationApplied("app-1", Holder, Details, Staff, At, At.AddDays(5)));
    }

    [Fact]
    public void an_asset_registered_is_stored_as_before()
    {
        AssertStoredAsBefore(
            """"
            {"RegistrationNumber":"AR-2026-000002","ApplicationId":"app-1","Holder":{"PartyCode":"91440300MA5FXXXX1A","Name":"\u6DF1\u5733\u5E02\u6570\u636E\u79D1\u6280\u6709\u9650\u516C\u53F8"},"Right":"Holding","Details":{"AssetKind":"DataProduct","Name":"\u57CE\u5E02\u4EA4\u901A\u51FA\u884C\u6307\u6570\u670D\u52A1","Industry":"\u4EA4\u901A\u8FD0\u8F93","ApplicationScenarios":["\u57CE\u5E02\u89C4\u5212","\u51FA\u884C\u670D\u52A1"],"DataSource":"\u81EA\u6709\u4E1A\u52A1\u7CFB\u7EDF\u91C7\u96C6","StructureAndScale":"\u7ED3\u6784\u5316\u8868\u683C\uFF0C\u7EA6 120 \u4E07\u6761\u8BB0\u5F55","UpdateFrequency":"\u6BCF\u65E5","ProcessingRules":"\u8131\u654F\u3001\u805A\u5408\u81F3 500 \u7C73\u7F51\u683C","NotarisationStatus":"\u5DF2\u5B58\u8BC1","SampleDataFingerprint":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","ReviewReport":{"InstitutionName":"\u6DF1\u5733\u6570\u636E\u5408\u89C4\u8BC4\u4F30\u4E2D\u5FC3","InstitutionCreditCode":"91350100M000100Y43","ReportNumber":"SZ-REV-1","ReportDate":"2026-02-20","Conclusion":"\u6570\u636E\u6765\u6E90\u5408\u6CD5","DocumentFingerprint":"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"},"Declaration":{"Committed":true,"DocumentFingerprint":null},"AuthorisationEndsOn":"2030-12-31","DerivedFrom":["AR-2026-000001"]},"ValidFrom":"2026-06-01T10:00:00+08:00","ValidUntil":"2029-06-01T10:00:00+08:00","ApprovedBy":{"UserId":"clerk-qian","Role":"clerk","PartyCode":null},"RegisteredAt":"2026-06-01T10:00:00+08:00"}
            """",
            new AssetRegistered("AR-2026-000002", "app-1", Holder, RightType.Holding, Details, At, At.AddYears(3), Clerk, At));
    }

    [Fact]
    public void a_change_applied_for_is_stored_as_before()
    {
        AssertStoredAsBefore(
            """"
            {"ApplicationId":"app-2","RegistrationNumber":"AR-2026-000002","AssetKind":"DataProduct","AssetName":"\u57CE\u5E02\u4EA4\u901A\u51FA\u884C\u6307\u6570\u670D\u52A1","Applicant":{"PartyCode":"91440300MA5FXXXX1A","Name":"\u6DF1\u5733\u5E02\u6570\u636E\u79D1\u6280\u6709\u9650\u516C\u53F8"},"Change":{"Name":"\u57CE\u5E02\u51FA\u884C\u6307\u6570\u670D\u52A1","Industry":null,"ApplicationScenarios":["\u57CE\u5E02\u89C4\u5212"],"DataSource":null,"StructureAndScale":null,"UpdateFrequency":"\u6BCF\u5C0F\u65F6\u589E\u91CF\u66F4\u65B0","ProcessingRules":null,"NotarisationStatus":null,"HolderName":"\u6DF1\u5733\u5E02\u6570\u636E\u667A\u80FD\u6709\u9650\u516C\u53F8","License":{"LicenseId":"L-1","Scope":["\u57CE\u5E02\u89C4\u5212"],"EndsOn":"2027-06-30","SubLicensingAllowed":null}},"SubmittedBy":{"UserId":"staff-1","Role":"enterprise","PartyCode":"91440300MA5FXXXX1A"},"SubmittedAt":"2026-06-01T10:00:00+08:00","ReplyDueAt":"2026-06-06T10:00:00+08:00"}
            """",
            new ChangeApplied("app-2", "AR-2026-000002", AssetKind.DataProduct, Details.Name, Holder, Change, Staff, At, At.AddDays(5)));
    }

    [Fact]
    public void a_change_registered_is_stored_as_before()
    {
        var after = Details with { Name = "城市出行指数服务", ApplicationScenarios = ["城市规划"] };
        AssertStoredAsBefore(
            """"
            {"RegistrationNumber":"AR-2026-000002","ApplicationId":"app-2","Changes":[{"Field":"applicationScenarios","Before":"\u57CE\u5E02\u89C4\u5212\uFF1B\u51FA\u884C\u670D\u52A1","After":"\u57CE\u5E02\u89C4\u5212"},{"Field":"name","Before":"\u57CE\u5E02\u4EA4\u901A\u51FA\u884C\u6307\u6570\u670D\u52A1","After":"\u57CE\u5E02\u51FA\u884C\u6307\u6570\u670D\u52A1"}],"DetailsAfter":{"AssetKind":"DataProduct","Name":"\u57CE\u5E02\u51FA\u884C\u6307\u6570\u670D\u52A1","Industry":"\u4EA4\u901A\u8FD0\u8F93","ApplicationScenarios":["\u57CE\u5E02\u89C4\u5212"],"DataSource":"\u81EA\u6709\u4E1A\u52A1\u7CFB\u7EDF\u91C7\u96C6","StructureAndScale":"\u7ED3\u6784\u5316\u8868\u683C\uFF0C\u7EA6 120 \u4E07\u6761\u8BB0\u5F55","UpdateFrequency":"\u6BCF\u65E5","ProcessingRules":"\u8131\u654F\u3001\u805A\u5408\u81F3 500 \u7C73\u7F51\u683C","NotarisationStatus":"\u5DF2\u5B58\u8BC1","SampleDataFingerprint":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","ReviewReport":{"InstitutionName":"\u6DF1\u5733\u6570\u636E\u5408\u89C4\u8BC4\u4F30\u4E2D\u5FC3","InstitutionCreditCode":"91350100M000100Y43","ReportNumber":"SZ-REV-1","ReportDate":"2026-02-20","Conclusion":"\u6570\u636E\u6765\u6E90\u5408\u6CD5","DocumentFingerprint":"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"},"Declaration":{"Committed":true,"DocumentFingerprint":null},"AuthorisationEndsOn":"2030-12-31","DerivedFrom":["AR-2026-000001"]},"HolderNameAfter":"\u6DF1\u5733\u5E02\u6570\u636E\u667A\u80FD\u6709\u9650\u516C\u53F8","LicenseId":"L-1","LicenseTermsAfter":{"Type":"NonExclusive","SubLicensingAllowed":false,"Scope":["\u57CE\u5E02\u89C4\u5212"],"StartsOn":"2026-06-02","EndsOn":"2027-06-30"},"ApprovedBy":{"UserId":"clerk-qian","Role":"clerk","PartyCode":null},"RegisteredAt":"2026-06-01T10:00:00+08:00"}
            """",
            new ChangeRegistered("AR-2026-000002", "app-2", [new FieldChange("applicationScenarios", "城市规划；出行服务", "城市规划"), new FieldChange("name", Details.Name, after.Name)],
                after, "深圳市数据智能有限公司", "L-1", new LicenseTerms(LicenseType.NonExclusive, false, ["城市规划"], new DateOnly(2026, 6, 2), new DateOnly(2027, 6, 30)), Clerk, At));
    }

    [Fact]
    public void a_correction_registered_is_stored_as_before()
    {
        var after = Details with { Industry = "城市治理" };
        AssertStoredAsBefore(
            """"
            {"RegistrationNumber":"AR-2026-000002","ObjectionId":"obj-1","Changes":[{"Field":"industry","Before":"\u4EA4\u901A\u8FD0\u8F93","After":"\u57CE\u5E02\u6CBB\u7406"}],"DetailsAfter":{"AssetKind":"DataProduct","Name":"\u57CE\u5E02\u4EA4\u901A\u51FA\u884C\u6307\u6570\u670D\u52A1","Industry":"\u57CE\u5E02\u6CBB\u7406","ApplicationScenarios":["\u57CE\u5E02\u89C4\u5212","\u51FA\u884C\u670D\u52A1"],"DataSource":"\u81EA\u6709\u4E1A\u52A1\u7CFB\u7EDF\u91C7\u96C6","StructureAndScale":"\u7ED3\u6784\u5316\u8868\u683C\uFF0C\u7EA6 120 \u4E07\u6761\u8BB0\u5F55","UpdateFrequency":"\u6BCF\u65E5","ProcessingRules":"\u8131\u654F\u3001\u805A\u5408\u81F3 500 \u7C73\u7F51\u683C","NotarisationStatus":"\u5DF2\u5B58\u8BC1","SampleDataFingerprint":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","ReviewReport":{"InstitutionName":"\u6DF1\u5733\u6570\u636E\u5408\u89C4\u8BC4\u4F30\u4E2D\u5FC3","InstitutionCreditCode":"91350100M000100Y43","ReportNumber":"SZ-REV-1","ReportDate":"2026-02-20","Conclusion":"\u6570\u636E\u6765\u6E90\u5408\u6CD5","DocumentFingerprint":"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"},"Declaration":{"Committed":true,"DocumentFingerprint":null},"AuthorisationEndsOn":"2030-12-31","DerivedFrom":["AR-2026-000001"]},"HolderAfter":{"PartyCode":"91440300MA5FXXXX1A","Name":"\u6DF1\u5733\u5E02\u6570\u636E\u79D1\u6280\u6709\u9650\u516C\u53F8"},"Decision":"\u5F02\u8BAE\u6210\u7ACB","RegisteredBy":{"UserId":"clerk-qian","Role":"clerk","PartyCode":null},"RegisteredAt":"2026-06-01T10:00:00+08:00"}
            """",
            new CorrectionRegistered("AR-2026-000002", "obj-1", [new FieldChange("industry", "交通运输", "城市治理")], after, Holder, "异议成立", Clerk, At));
    }
}
