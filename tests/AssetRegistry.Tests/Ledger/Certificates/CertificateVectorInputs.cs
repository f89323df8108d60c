using System.Security.Cryptography;
using System.Text;
using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Cancelling;
using AssetRegistry.Changing;
using AssetRegistry.Corrections;
using AssetRegistry.Freezes;
using AssetRegistry.InitialRegistration;
using AssetRegistry.Licensing;
using AssetRegistry.Objections;
using AssetRegistry.Renewal;
using AssetRegistry.Security;
using AssetRegistry.Transferring;
using AssetRegistry.Verification.Identifiers;
using JasperFx.Events;

namespace AssetRegistry.Tests.Ledger.Certificates;

/// <summary>
/// Fixed inputs of certificates, one of every registration kind and the hard cases of each (a basis document or none,
/// a freeze with a term or without, text that needs escapes): two assets' histories in ledger order. Everything issuance
/// would draw or read is fixed here — the stored event's hash, the instant of issue, the salts — so that the bytes are.
/// </summary>
public static class CertificateVectorInputs
{
    public const string RegistryName = "深圳数据交易所登记中心";
    public const string RegistryCode = "SZDE";

    public const string First = "SZDE-R-2026-00000042-F";
    public const string Second = "SZDE-P-2026-00000007-K";

    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 30, 0, TimeSpan.Zero);
    private static readonly Actor Clerk = new("clerk-qian", RegistryRoles.Clerk, null);
    private static readonly Applicant Holder = new("91310000MA1FL3L9X2", "浙江数据科技有限公司");
    private static readonly Applicant Buyer = new("91440300MA5F8KXX1B", "深圳\"前海\"数据应用有限公司");
    private static readonly Applicant Licensee = new("91110000MA01ABCD2E", "北京数据\\应用有限公司");
    private static readonly Applicant Objector = new("P-7F3A9C21", "张三 😀");

    private static readonly InitialRegistrationDetails Resource = new(
        AssetKind.DataResource, "长三角气象观测数据 \"逐时\"", "气象", ["城市规划", "农业保险"], "自有观测站采集", "结构化表格，约 1.2 亿条", "每小时",
        "脱敏", "已存证", new string('a', 64),
        new ThirdPartyReviewReport("深圳数据合规评估中心", "91350100M000100Y43", "SZ-REV-2026-0001", new DateOnly(2026, 2, 20), "数据来源合法", new string('b', 64)),
        new DeclarationAndCommitment(true, null), new DateOnly(2030, 12, 31), []);

    private static readonly InitialRegistrationDetails Product = new(
        AssetKind.DataProduct, "城市交通出行指数\tAPI", "交通运输", ["城市规划"], "加工自登记的数据资源", "接口，每日约 5 万次调用", "每日",
        "加工规则见说明书", "未存证", new string('c', 64),
        new ThirdPartyReviewReport("上海数据评估所", "91310000MA1FL0000Q", "SH-2026-77", new DateOnly(2026, 1, 5), "合规\n无异常", new string('d', 64)),
        new DeclarationAndCommitment(true, new string('e', 64)), null, [First]);

    private static readonly LicenseTerms Terms = new(LicenseType.Sole, false, ["模型训练", "内部分析"], new DateOnly(2026, 4, 1), new DateOnly(2027, 3, 31));

    /// <summary>The salt issuance would have drawn for <paramref name="field"/> of certificate <paramref name="leafIndex"/>: 32 bytes, fixed.</summary>
    public static byte[] Salt(long leafIndex, string field) => SHA256.HashData(Encoding.UTF8.GetBytes($"salt {leafIndex} {field}"));

    /// <summary>What the event as stored would hash to: fixed bytes, since no database stores it here.</summary>
    public static byte[] StoredEventHash(long sequence) => SHA256.HashData(Encoding.UTF8.GetBytes($"event {sequence}"));

    /// <summary>When certificate <paramref name="leafIndex"/> was issued: a little after its event, with microseconds.</summary>
    public static DateTimeOffset IssuedAt(long leafIndex) => Start.AddDays(leafIndex).AddSeconds(3).AddTicks(1_234_560);

    /// <summary>The events, in ledger order: each completes a registration, so leaf i is certificate of event i.</summary>
    public static IReadOnlyList<IEvent> Events()
    {
        var events = new List<IEvent>();
        var versions = new Dictionary<string, long>();
        void Add<T>(string stream, T data, DateTimeOffset at) where T : notnull
        {
            versions[stream] = versions.GetValueOrDefault(stream) + 1;
            events.Add(new Event<T>(data)
            {
                StreamKey = stream, Version = versions[stream], Sequence = 1000 + (events.Count * 7), Timestamp = at, Id = Guid.Empty,
            });
        }

        var at = Start;
        Add(First, new AssetRegistered(First, "0195a3c0-0000-7000-8000-000000000001", Holder, RightType.Holding, Resource, at, at.AddYears(3), Clerk, at), at);
        at = at.AddDays(1);
        Add(First, new LicenseRegistered(First, "LIC-0001", "0195a3c0-0000-7000-8000-000000000002", Holder, Licensee, Terms, Clerk, at), at);
        at = at.AddDays(1).AddTicks(7);
        Add(Second, new AssetRegistered(Second, "0195a3c0-0000-7000-8000-000000000003", Holder, RightType.Operating, Product, at, at.AddYears(2), Clerk, at), at);
        at = at.AddDays(1);
        Add(First, new TransferRegistered(First, "0195a3c0-0000-7000-8000-000000000004", Holder, Buyer, TransferGround.Trade, new string('f', 64), Clerk, at), at);
        at = at.AddDays(1);
        Add(First, new ChangeRegistered(First, "0195a3c0-0000-7000-8000-000000000005",
            [new FieldChange("updateFrequency", "每小时", "每日"), new FieldChange("holderName", Buyer.Name, "深圳前海数据应用有限公司")],
            Resource with { UpdateFrequency = "每日" }, "深圳前海数据应用有限公司", null, null, Clerk, at), at);
        at = at.AddDays(1);
        Add(First, new ObjectionRegisteredOnAsset(First, "OBJ-0001", Objector, "数据来源存疑", at.AddDays(15), Clerk, at), at);
        at = at.AddDays(1);
        Add(First, new CorrectionRegistered(First, "OBJ-0001", [new FieldChange("dataSource", "自有观测站采集", "合作观测站采集")],
            Resource with { UpdateFrequency = "每日", DataSource = "合作观测站采集" }, Buyer with { Name = "深圳前海数据应用有限公司" }, "更正决定 2026-01", Clerk, at), at);
        at = at.AddDays(1);
        Add(First, new ObjectionResolvedOnAsset(First, "OBJ-0001", ObjectionOutcome.Upheld, Clerk, at), at);
        at = at.AddDays(1);
        Add(Second, new TransferRegistered(Second, "0195a3c0-0000-7000-8000-000000000006", Holder, Licensee, TransferGround.MergerOrSplit, null, Clerk, at), at);
        at = at.AddDays(1);
        Add(First, new AssetFrozen(First, "FRZ-0001", "深圳市中级人民法院", "(2026)粤03执保12号", new string('9', 64), new DateOnly(2026, 9, 30), Clerk, at), at);
        at = at.AddDays(1);
        Add(First, new AssetUnfrozen(First, "FRZ-0001", FreezeEnd.ReleaseOrder, null, Clerk, at), at);
        at = at.AddDays(1);
        Add(Second, new AssetFrozen(Second, "FRZ-0002", "上海市第一中级人民法院", "(2026)沪01执保3号", new string('8', 64), null, Clerk, at), at);
        at = at.AddDays(1);
        Add(Second, new AssetUnfrozen(Second, "FRZ-0002", FreezeEnd.TermEnded, new string('7', 64), Clerk, at), at);
        at = at.AddDays(1);
        Add(First, new RegistrationRenewed(First, "0195a3c0-0000-7000-8000-000000000007", Start.AddYears(3), Start.AddYears(6), Clerk, at), at);
        at = at.AddDays(1);
        Add(First, new LicenseCancelled(First, "LIC-0001", "0195a3c0-0000-7000-8000-000000000008", CancellationGround.Voluntary, null, Clerk, at), at);
        at = at.AddDays(1);
        Add(First, new AssetCancelled(First, "0195a3c0-0000-7000-8000-000000000009", CancellationGround.CourtOrder, new string('6', 64), Clerk, at), at);
        return events;
    }
}
