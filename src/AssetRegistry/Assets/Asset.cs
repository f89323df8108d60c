using System.Collections.Frozen;
using System.Linq.Expressions;
using System.Reflection;
using AssetRegistry.Applications;
using AssetRegistry.Calendars;
using AssetRegistry.Freezes;
using AssetRegistry.InitialRegistration;
using AssetRegistry.Licensing;
using AssetRegistry.Objections;
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

/// <summary>
/// A registered data asset: one event stream, keyed by its registration number (登记编号). Each registration kind
/// folds its own events into it from its own folder — <c>partial</c> members, since Marten folds one type — and
/// <see cref="After"/> finds them there.
/// </summary>
public sealed partial record Asset(
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

    /// <summary>Status at a moment, from dates: right even when a timer fires late.</summary>
    public AssetStatus StatusAt(DateTimeOffset now) =>
        Cancelled ? AssetStatus.Cancelled : now >= ValidUntil ? AssetStatus.Expired : AssetStatus.Active;

    /// <summary>The status as a refusal says it: "{number} 已到期" / "{number} is expired".</summary>
    public static Sentence Describe(AssetStatus status) => status switch
    {
        AssetStatus.Expired => new("已到期", "expired"),
        AssetStatus.Cancelled => new("已注销", "cancelled"),
        _ => new("有效", "active"),
    };

    public IEnumerable<License> LicensesInForceAt(DateTimeOffset now) => Licenses.Where(l => l.InForceAt(now));

    private static readonly FrozenDictionary<Type, Func<Asset, object, Asset>> Folds = typeof(Asset).GetMethods()
        .Where(m => m is { Name: "Apply", IsStatic: false } && m.ReturnType == typeof(Asset) && m.GetParameters().Length == 1)
        .ToFrozenDictionary(m => m.GetParameters()[0].ParameterType, FoldOf);

    /// <summary>The asset after one more event of its stream (Marten folds with the Apply methods; the ledger with this).</summary>
    public Asset After(object @event) => Folds.TryGetValue(@event.GetType(), out var fold)
        ? fold(this, @event)
        : throw new ArgumentException($"{@event.GetType().Name} is not an event of an asset.", nameof(@event));

    private static Func<Asset, object, Asset> FoldOf(MethodInfo apply)
    {
        var asset = Expression.Parameter(typeof(Asset));
        var @event = Expression.Parameter(typeof(object));
        return Expression.Lambda<Func<Asset, object, Asset>>(
            Expression.Call(asset, apply, Expression.Convert(@event, apply.GetParameters()[0].ParameterType)), asset, @event).Compile();
    }

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
