using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AssetRegistry.Applications;
using AssetRegistry.Assets;
using Marten;

namespace AssetRegistry.Infrastructure;

/// <summary>
/// An event type under the name it is stored by (<c>mt_events.type</c>). The name is the contract with the data
/// already written: the class may move or be renamed, the name never changes. <see cref="Registers"/> says which
/// registration an asset event records (one certificate each); null for the procedure's and the clocks' events.
/// </summary>
public sealed record StoredEvent(Type Type, string Name, RegistrationKind? Registers = null)
{
    public static StoredEvent Of<TEvent>(string name, RegistrationKind? registers = null) where TEvent : class => new(typeof(TEvent), name, registers);
}

/// <summary>
/// A capability's entry into the registry — a registration kind, the procedure, parties, documents: the events it
/// records, the application subjects it adds, its Marten configuration and its endpoints. Each folder declares its
/// own; the host takes them all, so adding a kind edits no file outside its folder.
/// </summary>
public interface IRegistryCapability
{
    IEnumerable<StoredEvent> Events => [];

    /// <summary>The <see cref="ApplicationSubject"/> types it adds, stored in an application under their discriminator.</summary>
    IEnumerable<(Type Subject, string StoredAs)> ApplicationSubjects => [];

    void Configure(StoreOptions options) { }

    /// <summary>Its endpoints, under <c>/api</c>.</summary>
    void Map(RouteGroupBuilder api) { }
}

public static class Capabilities
{
    /// <summary>Every capability of the service, found once in this assembly.</summary>
    public static readonly IReadOnlyList<IRegistryCapability> All = typeof(Capabilities).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IRegistryCapability).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (IRegistryCapability)Activator.CreateInstance(t)!)
        .ToArray();

    public static readonly IReadOnlyList<StoredEvent> StoredEvents = All.SelectMany(c => c.Events).ToArray();

    /// <summary>Every event type under its stored name, every capability's own configuration.</summary>
    public static void ConfigureAll(StoreOptions options)
    {
        foreach (var stored in StoredEvents)
        {
            options.Events.MapEventType(stored.Type, stored.Name);
        }

        foreach (var capability in All)
        {
            capability.Configure(options);
        }
    }

    public static void MapAll(RouteGroupBuilder api)
    {
        foreach (var capability in All)
        {
            capability.Map(api);
        }
    }

    /// <summary>
    /// Lets System.Text.Json store an application's subject with its kind's discriminator: the subject types come
    /// from the capabilities, not from a list on the base type that every new kind would edit.
    /// </summary>
    public static void AddApplicationSubjects(JsonTypeInfo info)
    {
        if (info.Type != typeof(ApplicationSubject))
        {
            return;
        }

        info.PolymorphismOptions = new JsonPolymorphismOptions { TypeDiscriminatorPropertyName = "$subject" };
        foreach (var (subject, storedAs) in All.SelectMany(c => c.ApplicationSubjects))
        {
            info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(subject, storedAs));
        }
    }

    public static IJsonTypeInfoResolver JsonResolver(IJsonTypeInfoResolver? inner = null) =>
        (inner ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(AddApplicationSubjects);
}
