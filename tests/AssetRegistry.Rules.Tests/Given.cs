using System.Globalization;
using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Calendars;
using AssetRegistry.Cancelling;
using AssetRegistry.Changing;
using AssetRegistry.Documents;
using AssetRegistry.Freezes;
using AssetRegistry.InitialRegistration;
using AssetRegistry.Licensing;
using AssetRegistry.Objections;
using AssetRegistry.Renewal;
using AssetRegistry.Security;
using AssetRegistry.Transferring;
using AssetRegistry.Verification.Identifiers;
using Microsoft.Extensions.Options;

namespace AssetRegistry.Rules.Tests;

/// <summary>
/// The registry a rule test starts from, in one place: the parties, the clock, the procedure's numbers, and the
/// usual states — an asset registered, licensed, under objection, frozen; an application awaiting consent, under
/// notice, awaiting correction — each made by folding the events that lead there, as Marten would.
/// </summary>
public static class Given
{
    /// <summary>The documents an act's handler found the actor may cite: a fact its decider takes.</summary>
    public static CitableDocuments Citable(params string[] fingerprints) => new(new HashSet<string>(fingerprints, StringComparer.Ordinal));

    /// <summary>A Monday, at ten in the morning in China.</summary>
    public static readonly DateTimeOffset Now = At("2026-06-01T10:00+08:00");

    /// <summary>
    /// Weekends only, no holidays: a rule test needs a calendar, not the State Council's (the calendar's own tests
    /// read that); deadlines are then simple to state.
    /// </summary>
    public static readonly ProcedureSettings Settings = new();

    public static readonly ProcedureDeadlines Deadlines = new(new WorkingCalendar([]), Options.Create(Settings));

    public static readonly Applicant Holder = new("91440300MA5FXXXX1A", "深圳市数据科技有限公司");
    public static readonly Applicant Licensee = new("91440101MA5CXXXX2B", "广州算法有限公司");
    public static readonly Applicant NewHolder = new("91310000MA1KXXXX3C", "上海数据交易有限公司");
    public static readonly Applicant Objector = new("91110000MA0XXXXX4D", "北京数据权益有限公司");

    public static readonly Actor HolderStaff = new("staff-holder", RegistryRoles.Enterprise, Holder.PartyCode);
    public static readonly Actor LicenseeStaff = new("staff-licensee", RegistryRoles.Enterprise, Licensee.PartyCode);
    public static readonly Actor NewHolderStaff = new("staff-new-holder", RegistryRoles.Enterprise, NewHolder.PartyCode);
    public static readonly Actor ObjectorStaff = new("staff-objector", RegistryRoles.Enterprise, Objector.PartyCode);
    /// <summary>A party with no part in anything here.</summary>
    public static readonly Actor Stranger = new("staff-stranger", RegistryRoles.Enterprise, "91500000MA5UXXXX5E");
    public static readonly Actor Clerk = new("clerk-qian", RegistryRoles.Clerk, null);
    public static readonly Actor SecondClerk = new("clerk-sun", RegistryRoles.Clerk, null);

    public const string Number = "AR-R-2026-00000042-F";
    public const string OtherResource = "AR-R-2026-00000043-D";
    public const string Product = "AR-P-2026-00000044-B";
    public const string TheLicenseId = "license-1";
    public const string TheObjectionId = "objection-1";
    public const string TheFreezeId = "freeze-1";
    public const string TheApplicationId = "application-1";

    public static readonly string ReviewReportFingerprint = new('b', 64);
    public static readonly string DeclarationFingerprint = new('c', 64);
    public static readonly string BasisFingerprint = new('d', 64);
    public static readonly string OrderFingerprint = new('e', 64);

    public static readonly string[] Scenarios = ["城市规划", "出行服务"];

    public static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);

    public static DateOnly Day(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    // ---- assets ----

    public static InitialRegistrationDetails Details(AssetKind kind = AssetKind.DataResource, string[]? scenarios = null,
        DateOnly? authorisationEndsOn = null, string[]? derivedFrom = null, string? declarationFingerprint = null,
        string? reviewReportFingerprint = null) =>
        new(kind, "城市交通出行数据集", "交通运输", scenarios ?? Scenarios, "自有业务系统采集", "结构化表格，约 2 亿条", "每日", "脱敏后按日汇总",
            "已存证", new string('a', 64),
            new ThirdPartyReviewReport("深圳数据合规评估中心", "91350100M000100Y43", "SZ-REV-1", Day("2026-02-20"), "数据来源合法",
                reviewReportFingerprint ?? ReviewReportFingerprint),
            new DeclarationAndCommitment(true, declarationFingerprint), authorisationEndsOn, derivedFrom ?? []);

    /// <summary>Registered 30 days ago, valid for two more years.</summary>
    public static AssetRegistered Registered(string number = Number, InitialRegistrationDetails? details = null, DateTimeOffset? validUntil = null,
        Applicant? holder = null)
    {
        details ??= Details();
        return new AssetRegistered(number, "application-0", holder ?? Holder, Asset.RightFor(details.AssetKind), details, Now.AddDays(-30),
            validUntil ?? Now.AddYears(2), Clerk, Now.AddDays(-30));
    }

    /// <summary>The asset after its events: the first its registration, folded as Marten folds the stream.</summary>
    public static Asset AssetWith(AssetRegistered registered, params object[] events) =>
        events.Aggregate(Asset.Create(registered), (asset, e) => asset.After(e));

    public static Asset AssetWith(params object[] events) => AssetWith(Registered(), events);

    public static LicenseTerms Terms(LicenseType type = LicenseType.NonExclusive, string[]? scope = null, string startsOn = "2026-06-02",
        string endsOn = "2026-12-31") =>
        new(type, false, scope ?? ["出行服务"], Day(startsOn), Day(endsOn));

    public static LicenseRegistered Licensed(LicenseTerms? terms = null, string licenseId = TheLicenseId, Applicant? licensee = null) =>
        new(Number, licenseId, licenseId, Holder, licensee ?? Licensee, terms ?? Terms(), Clerk, Now.AddDays(-1));

    public static ObjectionRegisteredOnAsset ObjectionOnAsset(string objectionId = TheObjectionId) =>
        new(Number, objectionId, Objector, "数据来源于我方系统", Now.AddDays(14), Clerk, Now.AddDays(-1));

    public static AssetFrozen Frozen(string freezeId = TheFreezeId, string? endsOn = null, string caseNumber = "(2026)粤03民初1号") =>
        new(Number, freezeId, "深圳市中级人民法院", caseNumber, OrderFingerprint, endsOn is null ? null : Day(endsOn), Clerk, Now.AddDays(-1));

    public static AssetCancelled CancelledVoluntarily() =>
        new(Number, "application-9", CancellationGround.Voluntary, null, SecondClerk, Now.AddDays(-1));

    public static Asset RegisteredAsset => AssetWith();

    public static Asset LicensedAsset => AssetWith(Licensed());

    public static Asset AssetUnderObjection => AssetWith(ObjectionOnAsset());

    public static Asset FrozenAsset => AssetWith(Frozen());

    public static Asset CancelledAsset => AssetWith(CancelledVoluntarily());

    /// <summary>Its validity ran out a day ago.</summary>
    public static Asset ExpiredAsset => AssetWith(Registered(validUntil: Now.AddDays(-1)));

    /// <summary>A data product: not something a product derives from.</summary>
    public static Asset ProductAsset => AssetWith(Registered(Product, Details(AssetKind.DataProduct)));

    // ---- applications ----

    public static InitialRegistrationApplied InitialApplied(InitialRegistrationDetails? details = null) =>
        new(TheApplicationId, Holder, details ?? Details(), HolderStaff, Now.AddDays(-20), Deadlines.ReplyDue(Now.AddDays(-20)));

    public static LicenseApplied LicenseApplied(LicenseTerms? terms = null) =>
        new(TheApplicationId, Number, AssetKind.DataResource, "城市交通出行数据集", Holder, Licensee, terms ?? Terms(), HolderStaff, Now.AddDays(-20));

    public static TransferApplied TransferApplied(TransferGround ground = TransferGround.Trade, Applicant? applicant = null) =>
        new(TheApplicationId, Number, AssetKind.DataResource, "城市交通出行数据集", applicant ?? Holder, new TransferRequest(NewHolder, ground, BasisFingerprint),
            HolderStaff, Now.AddDays(-20));

    public static ChangeApplied ChangeApplied(ChangeRequest change) =>
        new(TheApplicationId, Number, AssetKind.DataResource, "城市交通出行数据集", Holder, change, HolderStaff, Now.AddDays(-20), Deadlines.ReplyDue(Now.AddDays(-20)));

    public static CancellationApplied CancellationApplied(CancellationRequest cancellation, Applicant? applicant = null) =>
        new(TheApplicationId, Number, AssetKind.DataResource, "城市交通出行数据集", applicant ?? Holder, cancellation, HolderStaff, Now.AddDays(-20),
            Deadlines.ReplyDue(Now.AddDays(-20)));

    public static RenewalApplied RenewalApplied() =>
        new(TheApplicationId, Number, AssetKind.DataResource, "城市交通出行数据集", Holder, HolderStaff, Now.AddDays(-20), Deadlines.ReplyDue(Now.AddDays(-20)));

    /// <summary>The application after its events, folded as Marten folds the stream.</summary>
    public static Application ApplicationAfter(Application opened, params object[] events) => events.Aggregate(opened, (application, e) => application.After(e));

    public static ApplicationAccepted Accepted(Actor? by = null) =>
        new(TheApplicationId, by ?? Clerk, Now.AddDays(-15), Deadlines.ReplyDue(Now.AddDays(-15)));

    /// <summary>Notice began 15 days ago and ends in 10 working days from then: 2026-05-31, i.e. before now unless moved.</summary>
    public static PublicNoticeStarted NoticeStarted(DateTimeOffset? endsAt = null) =>
        new(TheApplicationId, Now.AddDays(-15), endsAt ?? Deadlines.NoticeEnds(Now.AddDays(-15)), Settings.PublicNoticeWorkingDays);

    public static PublicNoticeEnded NoticeEnded() =>
        new(TheApplicationId, Deadlines.NoticeEnds(Now.AddDays(-15)), Now.AddDays(-1), Deadlines.ReplyDue(Now.AddDays(-1)));

    public static CorrectionRequested CorrectionRequestedUntil(DateTimeOffset deadline) =>
        new(TheApplicationId, ["reviewReport"], deadline, Clerk, Now.AddDays(-5));

    /// <summary>Submitted for formal review; its review report awaits its institution's confirmation.</summary>
    public static Application InitialSubmitted => Application.Create(InitialApplied());

    /// <summary>The credit code the review report of <see cref="InitialApplied"/> names, and that institution's user.</summary>
    public static string ReviewInstitutionCode => InitialSubmitted.Subject is InitialSubject s ? s.Details.ReviewReport.InstitutionCreditCode : "";

    public static Actor Reviewer => new("reviewer-wang", RegistryRoles.Reviewer, ReviewInstitutionCode);

    public static ReviewReportConfirmed ReviewConfirmed() =>
        ReviewReportRules.Confirm(InitialSubmitted, Reviewer, Now.AddDays(-1));

    /// <summary>Submitted, its review report confirmed: ready for formal review to accept.</summary>
    public static Application InitialConfirmed => ApplicationAfter(InitialSubmitted, ReviewConfirmed());

    /// <summary>Under public notice until five working days from now.</summary>
    public static Application UnderNotice => ApplicationAfter(InitialSubmitted, Accepted(), NoticeStarted(Deadlines.AfterWorkingDays(Now, 5)));

    public static Application NoticeSuspended => ApplicationAfter(UnderNotice,
        new PublicNoticeSuspended(TheApplicationId, TheObjectionId, Now.AddHours(-1), 5));

    /// <summary>Accepted by <see cref="Clerk"/>, notice over: waiting for approval.</summary>
    public static Application AwaitingApproval => ApplicationAfter(InitialSubmitted, Accepted(), NoticeStarted(), NoticeEnded());

    /// <summary>A license application, waiting for the licensee's consent.</summary>
    public static Application AwaitingConsent => Application.Create(LicenseApplied());

    /// <summary>Returned for correction until five working days from now.</summary>
    public static Application AwaitingCorrection => ApplicationAfter(InitialSubmitted, CorrectionRequestedUntil(Deadlines.AfterWorkingDays(Now, 5)));

    public static Application Withdrawn => ApplicationAfter(InitialSubmitted, new ApplicationWithdrawn(TheApplicationId, null, HolderStaff, Now.AddDays(-1)));

    /// <summary>An application of a kind that went through review to approval, ready for its registration to be decided.</summary>
    public static Application ReadyForApproval(Application opened) =>
        opened.State == ApplicationState.AwaitingConsent
            ? ApplicationAfter(opened, new CounterpartyConsented(TheApplicationId, opened.Subject.ConsentsAwaited[0],
                new Actor("staff-counterparty", RegistryRoles.Enterprise, opened.Subject.ConsentsAwaited[0].PartyCode), Now.AddDays(-19),
                Deadlines.ReplyDue(Now.AddDays(-19))), Accepted())
            : ApplicationAfter(opened, Accepted());
}
