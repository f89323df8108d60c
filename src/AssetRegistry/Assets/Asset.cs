using AssetRegistry.Applications;
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

    public static Asset Create(AssetRegistered registered) => new(
        registered.RegistrationNumber, registered.Details.AssetKind, registered.Holder, registered.Right, registered.Details,
        registered.RegisteredAt, registered.ValidFrom, registered.ValidUntil);

    /// <summary>Status at a moment, from dates: right even when a timer fires late.</summary>
    public AssetStatus StatusAt(DateTimeOffset now) => now >= ValidUntil ? AssetStatus.Expired : AssetStatus.Active;

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
