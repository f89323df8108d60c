using AssetRegistry.Assets;
using AssetRegistry.Infrastructure;

namespace AssetRegistry.Transferring;

/// <summary>转移登记: an application on a registered asset, through the procedure.</summary>
public sealed class TransferCapability : IRegistryCapability
{
    public IEnumerable<StoredEvent> Events =>
    [
        StoredEvent.Of<TransferApplied>("transfer_applied"),
        StoredEvent.Of<TransferRegistered>("transfer_registered", RegistrationKind.Transfer),
    ];

    public IEnumerable<(Type Subject, string StoredAs)> ApplicationSubjects => [(typeof(TransferSubject), "transfer")];

    public void Map(RouteGroupBuilder api) => api.MapGroup("/applications").WithTags("Applications").MapApplyForTransfer();
}
