using AssetRegistry.Security;
using Marten;

namespace AssetRegistry.Documents;

/// <summary>A document an application cites: the request field that names it, and its fingerprint.</summary>
public sealed record CitedDocument(string Field, string Sha256);

/// <summary>
/// How other features (applications) cite uploaded documents: check that the actor may cite them, then let
/// the application's parties read them.
/// </summary>
public static class DocumentCitations
{
    /// <summary>
    /// Checks the cited documents in order and refuses at the first one that fails, naming its field:
    /// <c>document-not-uploaded</c> when the actor (unless a clerk) is not among its uploaders
    /// (<see cref="DocumentUploader"/>: its party, or <c>user:{sub}</c>) — whether or not someone else uploaded
    /// it, so that citing reveals no more than reading does (a fingerprint alone grants nothing). A
    /// <see cref="RefusalKind.Conflict"/> refusal: 409 with <c>field</c>. A malformed fingerprint is an
    /// <see cref="RefusalKind.Invalid"/> refusal (400) — callers should have checked it with
    /// <see cref="Sha256Fingerprint.TryParse"/> already.
    /// </summary>
    public static async Task EnsureCitableAsync(IQuerySession session, Actor actor, IReadOnlyList<CitedDocument> cited, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(cited);
        if (cited.Count == 0)
        {
            return;
        }

        var fingerprints = new string[cited.Count];
        for (var i = 0; i < cited.Count; i++)
        {
            if (!Sha256Fingerprint.TryParse(cited[i].Sha256, out var fingerprint))
            {
                throw Refusal.Invalid(cited[i].Field, $"'{cited[i].Field}' must be a SHA-256 fingerprint: 64 hexadecimal digits.");
            }

            fingerprints[i] = fingerprint.Value;
        }

        var stored = (await session.AdvancedSql.QueryAsync<string>(
            $"select sha256 from {DocumentTables.Contents} where sha256 = any(?)", cancellation, [fingerprints])).ToHashSet(StringComparer.Ordinal);
        var ours = actor.IsClerk
            ? stored
            : (await session.AdvancedSql.QueryAsync<string>(
                $"select sha256 from {DocumentTables.Uploads} where uploader = ? and sha256 = any(?)", cancellation, DocumentUploader.Of(actor), fingerprints))
                .ToHashSet(StringComparer.Ordinal);

        for (var i = 0; i < cited.Count; i++)
        {
            if (!stored.Contains(fingerprints[i]) || !ours.Contains(fingerprints[i]))
            {
                throw new Refusal("document-not-uploaded",
                    $"You have not uploaded a document with fingerprint {fingerprints[i]}; upload it first, then cite it.", cited[i].Field);
            }
        }
    }

    /// <summary>
    /// Lets every one of <paramref name="partyCodes"/> read every one of <paramref name="fingerprints"/>, as cited in
    /// application <paramref name="applicationId"/>. Queued in the session: the grants commit with the
    /// application, or not at all. Fingerprints must be well formed (any case).
    /// </summary>
    public static void GrantToParties(IDocumentSession session, string applicationId, IEnumerable<string> fingerprints, IEnumerable<string> partyCodes)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentException.ThrowIfNullOrWhiteSpace(applicationId);
        ArgumentNullException.ThrowIfNull(fingerprints);
        ArgumentNullException.ThrowIfNull(partyCodes);

        var documents = fingerprints
            .Select(text => Sha256Fingerprint.TryParse(text, out var fingerprint)
                ? fingerprint.Value
                : throw new ArgumentException($"'{text}' is not a SHA-256 fingerprint.", nameof(fingerprints)))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var parties = partyCodes.Distinct(StringComparer.Ordinal).ToArray();
        if (documents.Length == 0 || parties.Length == 0)
        {
            return;
        }

        session.QueueSqlCommand(
            $"insert into {DocumentTables.Grants} (sha256, party, application_id) " +
            "select document, party, ? from unnest(?::text[]) as document cross join unnest(?::text[]) as party on conflict do nothing",
            applicationId, documents, parties);
    }
}
