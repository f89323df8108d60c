using AssetRegistry.Register;
using AssetRegistry.Assets;
using AssetRegistry.Calendars;
using AssetRegistry.Security;

namespace AssetRegistry.Freezes;

/// <summary>A court's freeze order (查封) was recorded: every disposition is refused while it stands.</summary>
public sealed record AssetFrozen(
    string RegistrationNumber, string FreezeId, string Court, string CaseNumber, string OrderFingerprint, DateOnly? EndsOn, Actor RecordedBy, DateTimeOffset FrozenAt) : IRecordsRegistration
{
    public PublicRegisterEntry OnRegister(PublicRegisterEntry entry, Asset? before, Asset after) => entry.With(CounterpartyRole.Court, Court);
}

public enum FreezeEnd
{
    /// <summary>The court's release order (解除查封).</summary>
    ReleaseOrder,
    /// <summary>The freeze's term ran out.</summary>
    TermEnded,
}

/// <summary>A freeze was lifted.</summary>
public sealed record AssetUnfrozen(string RegistrationNumber, string FreezeId, FreezeEnd How, string? OrderFingerprint, Actor RecordedBy, DateTimeOffset UnfrozenAt) : IRecordsRegistration
{
    public PublicRegisterEntry OnRegister(PublicRegisterEntry entry, Asset? before, Asset after) =>
        entry.With(CounterpartyRole.Court, after.Freezes.FirstOrDefault(f => f.FreezeId == FreezeId)?.Court);
}

/// <summary>A judicial freeze (查封); it stands until released, or until 24:00 CST of its last day if it has a term.</summary>
public sealed record Freeze(string FreezeId, string Court, string CaseNumber, DateTimeOffset FrozenAt, DateOnly? EndsOn)
{
    public DateTimeOffset? LiftedAt { get; init; }

    public bool StandsAt(DateTimeOffset now) =>
        LiftedAt is null && (EndsOn is not { } last || now < WorkingCalendar.EndOfLocalDay(last));
}
