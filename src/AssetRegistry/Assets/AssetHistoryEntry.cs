using AssetRegistry.Transferring;
using AssetRegistry.Licensing;
using AssetRegistry.Changing;
using AssetRegistry.InitialRegistration;
using AssetRegistry.Cancelling;
using AssetRegistry.Security;
using JasperFx.Events;

namespace AssetRegistry.Assets;

/// <summary>
/// One registration on an asset's stream: its kind, when the registry recorded it, the stream version it
/// made, the role of whoever approved it, the application behind it, and its basis. An event on the stream
/// that is no registration (none yet) is listed by its event name alone, so the trail never drops a record.
/// </summary>
public sealed record AssetHistoryEntry(
    long Version, string Event, RegistrationKind? Kind, DateTimeOffset RecordedAt, string? ApprovedByRole, string? ApplicationId,
    RegistrationBasis? Basis)
{
    public static AssetHistoryEntry Of(IEvent @event)
    {
        var approved = @event.Data as IApprovedOnApplication;
        return new AssetHistoryEntry(@event.Version, @event.EventTypeName, RegistrationKinds.Of(@event.Data), @event.Timestamp,
            approved?.ApprovedBy.Role, approved?.ApplicationId, (@event.Data as IRecordsRegistration)?.Basis());
    }
}
