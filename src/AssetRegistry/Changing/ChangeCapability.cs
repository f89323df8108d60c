using AssetRegistry.Assets;
using AssetRegistry.Infrastructure;

namespace AssetRegistry.Changing;

/// <summary>变更登记: an application on a registered asset, through the procedure.</summary>
public sealed class ChangeCapability : IRegistryCapability
{
    public IEnumerable<StoredEvent> Events =>
    [
        StoredEvent.Of<ChangeApplied>("change_applied"),
        StoredEvent.Of<ChangeRegistered>("change_registered", RegistrationKind.Change),
    ];

    public IEnumerable<(Type Subject, string StoredAs)> ApplicationSubjects => [(typeof(ChangeSubject), "change")];

    public void Map(RouteGroupBuilder api) => api.MapGroup("/applications").WithTags("Applications").MapApplyForChange();
}
