using System.Globalization;
using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Calendars;
using AssetRegistry.InitialRegistration;
using AssetRegistry.Security;
using AssetRegistry.Verification.Identifiers;

namespace AssetRegistry.Seeding;

/// <summary>
/// Realistic, varied and reproducible (one <see cref="Random"/> seed) values for seeded registrations:
/// enterprises with valid unified social credit codes, review institutions, clerks, and the details of data
/// resources and products in the words applicants use.
/// </summary>
internal sealed class SeedData
{
    private const string CreditCodeAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] CreditCodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private static readonly (string Division, string Place)[] Places =
    [
        ("110108", "北京"), ("310115", "上海"), ("440300", "深圳"), ("440106", "广州"), ("330106", "杭州"), ("350100", "福建"),
        ("510107", "成都"), ("420111", "武汉"), ("320505", "苏州"), ("370202", "青岛"), ("500112", "重庆"), ("610131", "西安"),
        ("120116", "天津"), ("430104", "长沙"), ("520115", "贵阳"), ("340104", "合肥"),
    ];

    private static readonly string[] TradeNames =
    [
        "星河", "瀚海", "云图", "数联", "智源", "九州", "天衡", "融通", "鼎信", "蓝湾", "启明", "华数", "长风", "睿见", "青禾", "恒拓",
        "北辰", "海纳", "数智", "易联", "卓越", "明川", "万象", "聚合",
    ];

    private static readonly string[] Lines = ["数据科技", "信息技术", "大数据", "智能科技", "数字科技", "网络科技", "数据服务"];
    private static readonly string[] Forms = ["有限公司", "有限公司", "有限公司", "股份有限公司", "集团有限公司"];

    private static readonly (string Name, string Industry)[] Topics =
    [
        ("城市交通出行", "交通运输"), ("公交刷卡客流", "交通运输"), ("港口集装箱吞吐", "交通运输"), ("电力负荷", "能源电力"),
        ("充电桩运行", "能源电力"), ("逐时气象观测", "气象"), ("企业信用画像", "金融"), ("小微企业经营流水", "金融"),
        ("门诊诊疗服务", "医疗卫生"), ("药品流通追溯", "医疗卫生"), ("快递物流轨迹", "物流"), ("冷链仓储温湿度", "物流"),
        ("农业遥感影像", "农业"), ("耕地土壤墒情", "农业"), ("商圈零售消费", "零售"), ("城市部件巡检", "城市治理"),
        ("空气质量监测", "环境保护"), ("水务管网压力", "城市治理"), ("工业设备运行", "制造业"), ("文旅景区客流", "文化旅游"),
    ];

    private static readonly string[] ProductForms = ["指数服务", "分析报告", "风险评估模型", "数据接口服务", "可视化平台", "预测模型", "标签服务"];

    private static readonly string[] Scenarios =
    [
        "城市规划", "出行服务", "信贷风控", "保险定价", "精准营销", "应急管理", "供应链优化", "科学研究", "政府决策", "能源调度",
        "选址分析", "公共卫生",
    ];

    private static readonly string[] Sources =
    [
        "自有业务系统采集，经用户授权", "公共数据授权运营", "物联网传感器采集", "合作方授权共享，已签订数据共享协议", "公开渠道采集并清洗",
        "政务数据开放平台获取，依开放协议使用",
    ];

    private static readonly string[] Frequencies = ["每日", "每日 02:00 全量更新", "每小时增量更新", "每周", "每月", "实时", "不定期"];

    private static readonly string[] Rules =
    [
        "脱敏、聚合至 500 米网格", "去标识化处理，k-匿名（k≥20）", "字段级加密，按需解密", "统计汇总，不含个人信息",
        "差分隐私处理（ε=1）", "剔除敏感字段后按区县聚合",
    ];

    private static readonly string[] Notarisations = ["已存证", "已在区块链存证平台存证", "已公证", "未存证"];
    private static readonly string[] Conclusions = ["数据来源合法，内容真实", "合规性审查通过", "来源合法，处理规则符合要求，建议登记"];

    private static readonly (string Name, string CreditCode)[] Institutions = MakeInstitutions();

    private readonly Random _random;
    private readonly (string Code, string Name)[] _enterprises;

    public SeedData(Random random, int enterprises)
    {
        _random = random;
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<(string, string)>(enterprises);
        while (list.Count < enterprises)
        {
            var (division, place) = Pick(Places);
            var code = CreditCode(_random, division);
            if (codes.Add(code))
            {
                list.Add((code, $"{place}{Pick(TradeNames)}{Pick(TradeNames)}{Pick(Lines)}{Pick(Forms)}"));
            }
        }

        _enterprises = [.. list];
    }

    public static Actor[] Clerks { get; } =
        [new("clerk-zhao", RegistryRoles.Clerk, null), new("clerk-qian", RegistryRoles.Clerk, null), new("clerk-sun", RegistryRoles.Clerk, null),
         new("clerk-li", RegistryRoles.Clerk, null), new("clerk-zhou", RegistryRoles.Clerk, null), new("clerk-wu", RegistryRoles.Clerk, null)];

    /// <summary>Every enterprise that may apply: the seeder records each as a verified party first (实名).</summary>
    public IReadOnlyList<(string Code, string Name)> Enterprises => _enterprises;

    public Applicant Applicant()
    {
        var (code, name) = Pick(_enterprises);
        return new Applicant(code, name);
    }

    public Actor StaffOf(Applicant applicant) =>
        new($"staff-{_random.Next(1, 6)}", RegistryRoles.Enterprise, applicant.PartyCode);

    /// <summary>The user of the institution a review report names, as it confirms the report (the reviewer's token carries its credit code).</summary>
    public static Actor ReviewerOf(ThirdPartyReviewReport report) => new("reviewer-1", RegistryRoles.Reviewer, report.InstitutionCreditCode);

    /// <summary>Two different clerks: the one who accepts and the one who approves (four eyes).</summary>
    public (Actor Accepting, Actor Approving) TwoClerks()
    {
        var first = _random.Next(Clerks.Length);
        var second = (first + _random.Next(1, Clerks.Length)) % Clerks.Length;
        return (Clerks[first], Clerks[second]);
    }

    public InitialRegistrationDetails Details(AssetKind kind, DateTimeOffset submittedAt, IReadOnlyList<string> derivedFrom, DateTimeOffset now)
    {
        var (topic, industry) = Pick(Topics);
        var place = Pick(Places).Place;
        var name = kind == AssetKind.DataResource ? $"{place}{topic}数据集" : $"{place}{topic}{Pick(ProductForms)}";
        var scenarios = Scenarios.OrderBy(_ => _random.Next()).Take(_random.Next(1, 4)).ToArray();
        var scale = _random.Next(3) switch
        {
            0 => $"结构化表格，约 {_random.Next(10, 50_000):N0} 万条记录",
            1 => $"时序数据，约 {_random.Next(1, 900)} GB，{_random.Next(20, 400)} 个字段",
            _ => $"半结构化 JSON，日增约 {_random.Next(1, 500)} 万条",
        };
        var institution = Pick(Institutions);
        var reportDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(submittedAt, WorkingCalendar.ChinaStandardTime).Date).AddDays(-_random.Next(5, 60));
        var report = new ThirdPartyReviewReport(
            institution.Name, institution.CreditCode,
            string.Create(CultureInfo.InvariantCulture, $"REV-{reportDate.Year}-{_random.Next(1, 100_000):D5}"),
            reportDate, Pick(Conclusions), Fingerprint());
        var declaration = new DeclarationAndCommitment(true, _random.Next(4) == 0 ? Fingerprint() : null);

        // Some rest on an authorisation that ends; never before now, so that nothing seeded is already expired.
        DateOnly? authorisationEndsOn = _random.Next(10) < 3
            ? DateOnly.FromDateTime(now.UtcDateTime).AddDays(_random.Next(180, 6 * 365))
            : null;

        var items = new RegisteredItems(name, industry, scenarios, Pick(Sources), scale, Pick(Frequencies), Pick(Rules), Pick(Notarisations));
        return InitialRegistrationDetails.Of(kind, items, Fingerprint(), report, declaration, authorisationEndsOn, derivedFrom);
    }

    public int Next(int maxExclusive) => _random.Next(maxExclusive);

    public int Next(int minInclusive, int maxExclusive) => _random.Next(minInclusive, maxExclusive);

    public TimeSpan Minutes(int min, int max) => TimeSpan.FromMinutes(_random.Next(min, max));

    /// <summary>A random SHA-256 fingerprint, as the service stores them: 64 lowercase hex digits.</summary>
    public string Fingerprint()
    {
        Span<byte> bytes = stackalloc byte[32];
        _random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    /// <summary>A valid unified social credit code of an enterprise (9 1 …) registered in <paramref name="division"/>.</summary>
    private static string CreditCode(Random random, string division)
    {
        Span<char> code = stackalloc char[18];
        code[0] = '9';
        code[1] = '1';
        division.AsSpan().CopyTo(code[2..]);
        for (var i = 8; i < 17; i++)
        {
            // Mostly digits, as most codes are; now and then a letter.
            code[i] = random.Next(6) == 0 ? CreditCodeAlphabet[random.Next(10, CreditCodeAlphabet.Length)] : CreditCodeAlphabet[random.Next(10)];
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += CreditCodeAlphabet.IndexOf(code[i], StringComparison.Ordinal) * CreditCodeWeights[i];
        }

        var check = CreditCodeAlphabet.Length - sum % CreditCodeAlphabet.Length;
        code[17] = CreditCodeAlphabet[check == CreditCodeAlphabet.Length ? 0 : check];
        return UnifiedSocialCreditCode.Parse(new string(code)).Value;
    }

    private static (string, string)[] MakeInstitutions()
    {
        var random = new Random(20_26);
        return
        [
            ("深圳数据合规评估中心", CreditCode(random, "440300")), ("上海数据交易所合规服务部", CreditCode(random, "310115")),
            ("北京数据资产评估有限公司", CreditCode(random, "110108")), ("浙江数据合规审查中心", CreditCode(random, "330106")),
            ("福建大数据法律服务中心", CreditCode(random, "350100")), ("广东数据资产登记服务中心", CreditCode(random, "440106")),
        ];
    }
}
