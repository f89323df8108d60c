namespace AssetRegistry.Infrastructure.Http;

/// <summary>
/// The members of a request body its endpoint refuses to go without, by their JSON names: what the OpenAPI document
/// publishes as <c>required</c>. A body's members are all nullable in C# so that the endpoint can name every missing
/// one in a single 400; this says which of them are missing only by mistake.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiredMembersAttribute(params string[] members) : Attribute
{
    public IReadOnlyList<string> Members { get; } = members;
}
