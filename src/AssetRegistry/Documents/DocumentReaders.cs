using AssetRegistry.Security;

namespace AssetRegistry.Documents;

/// <summary>
/// Who may read a document: clerks and supervisors, all of them; anyone else only what its uploader
/// identity (<see cref="DocumentUploader"/>) uploaded, or what was cited in an application it is a party to.
/// Knowing a fingerprint grants nothing.
/// </summary>
public static class DocumentReaders
{
    public static bool MayReadEverything(Actor actor) => actor.IsClerk || actor.Role == RegistryRoles.Supervisor;
}
