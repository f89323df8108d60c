using AssetRegistry.Security;
using Marten;

namespace AssetRegistry.Documents;

/// <summary>A document an application cites: the request field that names it, and its fingerprint.</summary>
public sealed record CitedDocument(string Field, string Sha256);

/// <summary>
/// The documents an actor may cite, as its act's handler found them: a fact its decider takes.
/// </summary>
public sealed record CitableDocuments(IReadOnlySet<string> Fingerprints)
{
    /// <summary>
    /// Refuses at the first cited document that fails, naming its field: a malformed fingerprint is
    /// <see cref="RefusalKind.Invalid"/> (400); one the actor may not cite is <c>document-not-uploaded</c> (409) —
    /// whether or not someone else uploaded it, so that citing reveals no more than reading does (a fingerprint
    /// alone grants nothing).
    /// </summary>
    public void Ensure(IReadOnlyList<CitedDocument> cited)
    {
        ArgumentNullException.ThrowIfNull(cited);
        var fingerprints = new string[cited.Count];
        for (var i = 0; i < cited.Count; i++)
        {
            fingerprints[i] = Sha256Fingerprint.TryParse(cited[i].Sha256, out var fingerprint)
                ? fingerprint.Value
                : throw Refusal.Invalid(cited[i].Field, Refusals.NotAFingerprint, ("field", cited[i].Field));
        }

        for (var i = 0; i < cited.Count; i++)
        {
            if (!Fingerprints.Contains(fingerprints[i]))
            {
                throw new Refusal(Refusals.DocumentNotUploaded, cited[i].Field, ("fingerprint", fingerprints[i]));
            }
        }
    }
}

/// <summary>
/// How other features (applications) cite uploaded documents: check that the actor may cite them, then let
/// the application's parties read them.
/// </summary>
public static class DocumentCitations
{
    /// <summary>
    /// Checks the cited documents in order and refuses at the first one that fails (<see cref="CitableDocuments.Ensure"/>).
    /// For acts that decide nothing else; deciders take <see cref="CitableAsync"/>'s answer as a fact.
    /// </summary>
    public static async Task EnsureCitableAsync(IQuerySession session, Actor actor, IReadOnlyList<CitedDocument> cited, CancellationToken cancellation) =>
        (await CitableAsync(session, actor, cited, cancellation)).Ensure(cited);

    /// <summary>
    /// Of the documents cited, those the actor may cite: stored, and (unless a clerk) among its own uploads
    /// (<see cref="DocumentUploader"/>: its party, or <c>user:{sub}</c>). Uploads are never removed, so the answer
    /// holds until commit.
    /// </summary>
    public static async Task<CitableDocuments> CitableAsync(IQuerySession session, Actor actor, IReadOnlyList<CitedDocument> cited, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(cited);
        var fingerprints = cited.Select(c => Sha256Fingerprint.TryParse(c.Sha256, out var fingerprint) ? fingerprint.Value : null)
            .OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        if (fingerprints.Length == 0)
        {
            return new CitableDocuments(new HashSet<string>());
        }

        var stored = (await session.AdvancedSql.QueryAsync<string>(
            $"select sha256 from {DocumentTables.Contents} where sha256 = any(?)", cancellation, [fingerprints])).ToHashSet(StringComparer.Ordinal);
        if (actor.IsClerk)
        {
            return new CitableDocuments(stored);
        }

        var ours = (await session.AdvancedSql.QueryAsync<string>(
                $"select sha256 from {DocumentTables.Uploads} where uploader = ? and sha256 = any(?)", cancellation, DocumentUploader.Of(actor), fingerprints))
            .ToHashSet(StringComparer.Ordinal);
        ours.IntersectWith(stored);
        return new CitableDocuments(ours);
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
