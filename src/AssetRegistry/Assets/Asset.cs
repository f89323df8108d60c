using AssetRegistry.Applications;
using AssetRegistry.Calendars;
using AssetRegistry.Licensing;
using AssetRegistry.InitialRegistration;
using AssetRegistry.Security;
using AssetRegistry.Verification.Identifiers;

namespace AssetRegistry.Assets;

/// <summary>The right a registration confirms [source: 数据二十条 art. 3].</summary>
public enum RightType
{
    /// <summary>数据资源持有权 — holding a data resource.</summary>
    Holding,
    /// <summary>数据加工使用权 — processing and using data.</summary>
    ProcessingUse,
    /// <summary>数据产品经营权 — operating a data product.</summary>
    Operating,
}

public enum AssetStatus
{
    Active,
    /// <summary>Its validity ran out without renewal; computed from dates, whatever timers did.</summary>
    Expired,
    /// <summary>注销: ended by a cancellation registration; accepts no further registration, stays readable.</summary>
    Cancelled,
}

/// <summary>A license on the asset; in force from the start of its term to 24:00 CST of its last day, unless cancelled.</summary>
public sealed record License(string LicenseId, Applicant Licensee, LicenseTerms Terms, string ApplicationId, DateTimeOffset RegisteredAt)
{
    public DateTimeOffset? CancelledAt { get; init; }

    public DateTimeOffset StartsAt => WorkingCalendar.StartOfLocalDay(Terms.StartsOn);

    public DateTimeOffset EndsAt => WorkingCalendar.EndOfLocalDay(Terms.EndsOn);

    public bool InForceAt(DateTimeOffset now) => CancelledAt is null && StartsAt <= now && now < EndsAt;

    /// <summary>Not cancelled and not yet past its term: it still binds the asset, now or later.</summary>
    public bool BindsAt(DateTimeOffset now) => CancelledAt is null && now < EndsAt;
}

/// <summary>A registered objection as the asset shows it to everyone: who objects, on what grounds, until when.</summary>
public sealed record OpenObjection(string ObjectionId, string ObjectorName, string Grounds, DateTimeOffset RegisteredAt, DateTimeOffset LapsesAt);

/// <summary>A judicial freeze (查封); it stands until released, or until 24:00 CST of its last day if it has a term.</summary>
public sealed record Freeze(string FreezeId, string Court, string CaseNumber, DateTimeOffset FrozenAt, DateOnly? EndsOn)
{
    public DateTimeOffset? LiftedAt { get; init; }

    public bool StandsAt(DateTimeOffset now) =>
        LiftedAt is null && (EndsOn is not { } last || now < WorkingCalendar.EndOfLocalDay(last));
}

/// <summary>
/// The initial registration was approved: the asset exists under its registration number, held (a data
/// resource) or operated (a data product) by the applicant.
/// </summary>
public sealed record AssetRegistered(
    string RegistrationNumber,
    string ApplicationId,
    Applicant Holder,
    RightType Right,
    InitialRegistrationDetails Details,
    DateTimeOffset ValidFrom,
    DateTimeOffset ValidUntil,
    Actor ApprovedBy,
    DateTimeOffset RegisteredAt);

/// <summary>A registered data asset: one event stream, keyed by its registration number (登记编号).</summary>
public sealed record Asset(
    string Id,
    AssetKind Kind,
    Applicant Holder,
    RightType Right,
    InitialRegistrationDetails Details,
    DateTimeOffset RegisteredAt,
    DateTimeOffset ValidFrom,
    DateTimeOffset ValidUntil)
{
    public long Version { get; init; }
    public bool Cancelled { get; init; }
    public DateTimeOffset? CancelledAt { get; init; }
    public IReadOnlyList<License> Licenses { get; init; } = [];
    public IReadOnlyList<OpenObjection> OpenObjections { get; init; } = [];
    public IReadOnlyList<Freeze> Freezes { get; init; } = [];

    /// <summary>The objections a correction registration (更正登记) was already made on.</summary>
    public IReadOnlyList<string> CorrectedOnObjections { get; init; } = [];

    public bool IsFrozenAt(DateTimeOffset now) => Freezes.Any(f => f.StandsAt(now));

    public string Name => Details.Name;

    public static Asset Create(AssetRegistered registered) => new(
        registered.RegistrationNumber, registered.Details.AssetKind, registered.Holder, registered.Right, registered.Details,
        registered.RegisteredAt, registered.ValidFrom, registered.ValidUntil);

    /// <summary>Status at a moment, from dates: right even when a timer fires late.</summary>
    public AssetStatus StatusAt(DateTimeOffset now) =>
        Cancelled ? AssetStatus.Cancelled : now >= ValidUntil ? AssetStatus.Expired : AssetStatus.Active;

    public IEnumerable<License> LicensesInForceAt(DateTimeOffset now) => Licenses.Where(l => l.InForceAt(now));

    /// <summary>The asset after one more event of its stream (Marten folds with the Apply methods; the ledger with this).</summary>
    public Asset After(object @event) => @event switch
    {
        LicenseRegistered e => Apply(e),
        TransferRegistered e => Apply(e),
        ChangeRegistered e => Apply(e),
        AssetCancelled e => Apply(e),
        LicenseCancelled e => Apply(e),
        ObjectionRegisteredOnAsset e => Apply(e),
        ObjectionResolvedOnAsset e => Apply(e),
        CorrectionRegistered e => Apply(e),
        AssetFrozen e => Apply(e),
        AssetUnfrozen e => Apply(e),
        RegistrationRenewed e => Apply(e),
        RegistrationExpired e => Apply(e),
        LicenseTermEnded e => Apply(e),
        _ => throw new ArgumentException($"{@event.GetType().Name} is not an event of an asset.", nameof(@event)),
    };

    public Asset Apply(LicenseRegistered registered) => this with
    {
        Licenses = [.. Licenses, new License(registered.LicenseId, registered.Licensee, registered.Terms, registered.ApplicationId, registered.RegisteredAt)],
    };

    public Asset Apply(TransferRegistered transferred) => this with { Holder = transferred.NewHolder };

    public Asset Apply(ChangeRegistered changed) => this with
    {
        Details = changed.DetailsAfter,
        Holder = Holder with { Name = changed.HolderNameAfter },
        Licenses = changed.LicenseId is null
            ? Licenses
            : [.. Licenses.Select(l => l.LicenseId == changed.LicenseId ? l with { Terms = changed.LicenseTermsAfter! } : l)],
    };

    public Asset Apply(ObjectionRegisteredOnAsset registered) => this with
    {
        OpenObjections = [.. OpenObjections, new OpenObjection(registered.ObjectionId, registered.Objector.Name, registered.Grounds, registered.RegisteredAt, registered.LapsesAt)],
    };

    public Asset Apply(ObjectionResolvedOnAsset resolved) => this with
    {
        OpenObjections = [.. OpenObjections.Where(o => o.ObjectionId != resolved.ObjectionId)],
    };

    public Asset Apply(CorrectionRegistered corrected) => this with
    {
        Details = corrected.DetailsAfter,
        Holder = corrected.HolderAfter,
        CorrectedOnObjections = [.. CorrectedOnObjections, corrected.ObjectionId],
    };

    public Asset Apply(AssetFrozen frozen) => this with
    {
        Freezes = [.. Freezes, new Freeze(frozen.FreezeId, frozen.Court, frozen.CaseNumber, frozen.FrozenAt, frozen.EndsOn)],
    };

    public Asset Apply(AssetUnfrozen unfrozen) => this with
    {
        Freezes = [.. Freezes.Select(f => f.FreezeId == unfrozen.FreezeId ? f with { LiftedAt = unfrozen.UnfrozenAt } : f)],
    };

    public Asset Apply(RegistrationRenewed renewed) => this with { ValidUntil = renewed.ValidUntil };

    // Recorded for the history and the ledger; status already follows from the dates.
    public Asset Apply(RegistrationExpired expired) => this;

    public Asset Apply(LicenseTermEnded ended) => this;

    public Asset Apply(AssetCancelled cancelled) => this with { Cancelled = true, CancelledAt = cancelled.CancelledAt };

    public Asset Apply(LicenseCancelled cancelled) => this with
    {
        Licenses = [.. Licenses.Select(l => l.LicenseId == cancelled.LicenseId ? l with { CancelledAt = cancelled.CancelledAt } : l)],
    };

    /// <summary>
    /// Validity runs <paramref name="validityYears"/> years from approval [source: Henan], capped by the end
    /// of the authorisation the data rests on [source: Beijing data-IP rules].
    /// </summary>
    public static DateTimeOffset ValidUntilFor(DateTimeOffset approvedAt, int validityYears, DateOnly? authorisationEndsOn)
    {
        var byTerm = approvedAt.AddYears(validityYears);
        return authorisationEndsOn is { } end && ProcedureDeadlines.EndOfDay(end) < byTerm ? ProcedureDeadlines.EndOfDay(end) : byTerm;
    }

    public static RightType RightFor(AssetKind kind) => kind == AssetKind.DataProduct ? RightType.Operating : RightType.Holding;
}
