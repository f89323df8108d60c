using System.Collections.Frozen;
using AssetRegistry.Assets;
using AssetRegistry.Infrastructure;
using Marten.Events;

namespace AssetRegistry.Ledger.Audit;

/// <summary>How <c>mt_events.type</c> names the events that each issue a certificate (<see cref="RegistrationKinds.EventTypes"/>).</summary>
internal static class CertifyingEvents
{
    public static readonly FrozenSet<string> Types = TypeNames();

    private static FrozenSet<string> TypeNames()
    {
        // Named as the service's store names them; no database is touched.
        var events = (EventGraph)RegistryStore.Options("Host=localhost", TimeProvider.System).Events;
        return RegistrationKinds.EventTypes.Select(type => events.EventMappingFor(type).EventTypeName).ToFrozenSet(StringComparer.Ordinal);
    }
}
