using AssetRegistry.Security;

namespace AssetRegistry.Documents;

/// <summary>
/// Who counts as a document's uploader: the party the actor speaks for, so that every member of an
/// enterprise's staff may use what a colleague uploaded; <c>user:{sub}</c> for someone who acts for no party
/// (a clerk, a supervisor). Party codes never start with <c>user:</c>, so the two cannot collide.
/// </summary>
public static class DocumentUploader
{
    public static string Of(Actor actor) => actor.Party ?? $"user:{actor.UserId}";
}
