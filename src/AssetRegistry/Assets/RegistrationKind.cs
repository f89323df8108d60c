using System.Collections.Frozen;
using AssetRegistry.Infrastructure;

namespace AssetRegistry.Assets;

/// <summary>The registrations recorded on an asset's stream, as the history and the public register name them.</summary>
public enum RegistrationKind
{
    /// <summary>首次登记.</summary>
    Initial,
    /// <summary>许可登记.</summary>
    License,
    /// <summary>转移登记.</summary>
    Transfer,
    /// <summary>变更登记.</summary>
    Change,
    /// <summary>注销登记 of the asset.</summary>
    Cancellation,
    /// <summary>注销登记 of one license, before its term ends.</summary>
    LicenseCancellation,
    /// <summary>更正登记, on an upheld objection.</summary>
    Correction,
    /// <summary>续展.</summary>
    Renewal,
    /// <summary>异议登记: an objection registered against the asset.</summary>
    ObjectionRegistered,
    /// <summary>An objection against the asset ended (withdrawn, dismissed, upheld, lapsed).</summary>
    ObjectionResolved,
    /// <summary>查封.</summary>
    Freeze,
    /// <summary>解除查封.</summary>
    FreezeRelease,
}

/// <summary>Which registration each asset event records, as the kinds' capabilities declare it (<see cref="StoredEvent.Registers"/>).</summary>
public static class RegistrationKinds
{
    private static readonly FrozenDictionary<Type, RegistrationKind> ByEvent =
        Capabilities.StoredEvents.Where(e => e.Registers is not null).ToFrozenDictionary(e => e.Type, e => e.Registers!.Value);

    /// <summary>The events that record a registration on an asset's stream: each is one certificate in the ledger.</summary>
    public static IReadOnlyCollection<Type> EventTypes => ByEvent.Keys;

    /// <summary>The kind of registration an asset event records; null for an event that records none.</summary>
    public static RegistrationKind? Of(object @event) => ByEvent.TryGetValue(@event.GetType(), out var kind) ? kind : null;
}
