using AssetRegistry.InitialRegistration;
using System.Diagnostics;
using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Calendars;
using AssetRegistry.Parties;
using AssetRegistry.Validity;
using AssetRegistry.Verification.Identifiers;
using Marten;

namespace AssetRegistry.Seeding;

public sealed record SeedProgress(int Assets, int TotalAssets, long Events, TimeSpan Elapsed)
{
    public double AssetsPerSecond => Elapsed > TimeSpan.Zero ? Assets / Elapsed.TotalSeconds : 0;
}

public sealed record SeedResult(int Assets, long Events, TimeSpan Elapsed)
{
    public double AssetsPerSecond => Elapsed > TimeSpan.Zero ? Assets / Elapsed.TotalSeconds : 0;

    public double EventsPerSecond => Elapsed > TimeSpan.Zero ? Events / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// Records registered assets in bulk, through Marten, with the full history the service records for an
/// initial registration (首次登记): on the application's stream <see cref="InitialRegistrationApplied"/>,
/// <see cref="ReviewReportConfirmed"/>, <see cref="ApplicationAccepted"/>, <see cref="PublicNoticeStarted"/>, <see cref="PublicNoticeEnded"/> and
/// <see cref="ApplicationApproved"/>; on the asset's stream <see cref="AssetRegistered"/>; the asset's expiry
/// timer armed. Each event is made by the same domain code the service runs (the application's decisions, the
/// deadlines on the working calendar, the initial registration's own decider at approval, the registration number from the registry's counter of its kind and year), dated in the past:
/// submissions spread evenly over about two years ending two months ago, in order, so that a data product only
/// derives from resources registered before it was applied for. Inline projections (snapshots, public register,
/// portfolios) run as they do in the service. One transaction per batch. Certificates are not written here: the
/// running service's issuance certifies seeded registrations like any others.
/// </summary>
/// <remarks>
/// Seeded applications cite document fingerprints (review report, declaration) that were never uploaded: the
/// document archive is not part of the ledger, and seeding uploads nothing.
/// </remarks>
public sealed class RegistrationSeeder(IDocumentStore store, ProcedureDeadlines deadlines, ProcedureSettings settings, RegistrationNumbers numbers, TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromDays(700);
    private static readonly TimeSpan EndsBeforeNow = TimeSpan.FromDays(60);
    private const int ResourcePool = 4000;

    /// <summary>
    /// Every applicant is a verified party before it applies, as through the service: each enterprise not recorded yet is
    /// recorded by a clerk on its licence (a fingerprint, like the seeded applications' documents), the day before the first submission.
    /// </summary>
    private async Task<int> RecordPartiesAsync(SeedData data, DateTimeOffset at, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        var codes = data.Enterprises.Select(e => e.Code).ToArray();
        var known = (await session.Query<Party>().Where(p => p.Id.IsOneOf(codes)).Select(p => p.Id).ToListAsync(cancellation)).ToHashSet(StringComparer.Ordinal);
        var recorded = 0;
        foreach (var (code, name) in data.Enterprises.Where(e => !known.Contains(e.Code)))
        {
            var identity = new PartyIdentity(PartyIdentifierType.UnifiedSocialCreditCode, code, "CN");
            var party = new PartyRecorded(code, PartyKind.Organisation, name, identity, SeedData.Clerks[0], at, [LicenceFingerprint(code)]);
            session.Events.StartStream<Party>(code, party).Events[0].Timestamp = at;
            recorded++;
        }

        await session.SaveChangesAsync(cancellation);
        return recorded;
    }

    // Drawn from the code, not the seed's random numbers, so that a seed still gives the registrations it gave before.
    private static string LicenceFingerprint(string code) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"营业执照 {code}"))).ToLowerInvariant();

    public async Task<SeedResult> SeedAsync(int assets, int batchSize, int randomSeed, IProgress<SeedProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(assets, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var elapsed = Stopwatch.StartNew();
        var now = clock.GetUtcNow();
        var data = new SeedData(new Random(randomSeed), Math.Clamp(assets / 5, 10, 20_000));
        var firstSubmission = now - EndsBeforeNow - Window;
        var step = Window / assets;

        // Resources seeded so far, newest last (a product only cites one registered before it was applied for).
        var resources = new List<Asset>();
        var events = (long)await RecordPartiesAsync(data, firstSubmission - TimeSpan.FromDays(1), cancellation);

        // One batch is built while the one before it commits, on its own session and connection. A batch is only
        // sent once every batch before it has committed, so a failure leaves the batches before it and nothing after.
        IDocumentSession? committing = null;
        Task? commit = null;
        try
        {
            for (var done = 0; done < assets;)
            {
                var count = Math.Min(batchSize, assets - done);
                var session = store.LightweightSession();
                var drafts = new List<Draft>(count);
                for (var i = 0; i < count; i++)
                {
                    var submittedAt = firstSubmission + step * (done + i) + data.Minutes(0, 8 * 60);
                    drafts.Add(Registration(data, submittedAt, resources, now));
                }

                // The service's counters, one per kind and year (RegistrationNumbers): one draw for each the batch holds.
                var serials = new Dictionary<(AssetKind, int), Queue<long>>();
                foreach (var group in drafts.GroupBy(d => (d.Kind, d.Year)))
                {
                    serials[group.Key] = new Queue<long>(await numbers.SerialsAsync(session, group.Key.Kind, group.Key.Year, group.Count(), cancellation));
                }

                foreach (var draft in drafts)
                {
                    var (recorded, registered) = draft.Complete(numbers.Number(draft.Kind, draft.Year, serials[(draft.Kind, draft.Year)].Dequeue()).ToString());
                    // Each seeded act is stamped with its own instant, as the service stamps an act it records.
                    var application = session.Events.StartStream<Application>(registered.ApplicationId, [.. recorded.Select(r => r.Event)]);
                    for (var e = 0; e < recorded.Length; e++)
                    {
                        application.Events[e].Timestamp = recorded[e].At;
                    }

                    session.Events.StartStream<Asset>(registered.RegistrationNumber, registered).Events[0].Timestamp = registered.RegisteredAt;
                    ValidityTimers.ArmFor(session, registered);
                    events += recorded.Length + 1;
                    if (registered.Details.AssetKind == AssetKind.DataResource)
                    {
                        // Products in later batches may derive from it: they were applied for after it was registered.
                        resources.Add(Asset.Create(registered));
                    }
                }

                if (resources.Count > ResourcePool)
                {
                    resources.RemoveRange(0, resources.Count - ResourcePool);
                }

                if (commit is not null)
                {
                    await commit;
                    await committing!.DisposeAsync();
                    progress?.Report(new SeedProgress(done, assets, events, elapsed.Elapsed));
                }

                committing = session;
                commit = session.SaveChangesAsync(cancellation);
                done += count;
            }

            await commit!;
            progress?.Report(new SeedProgress(assets, assets, events, elapsed.Elapsed));
        }
        finally
        {
            if (committing is not null)
            {
                await committing.DisposeAsync();
            }
        }

        return new SeedResult(assets, events, elapsed.Elapsed);
    }

    /// <summary>An initial registration decided up to its number, which its kind and year determine the counter of.</summary>
    private sealed record Draft(AssetKind Kind, int Year, Func<string, ((object Event, DateTimeOffset At)[] Application, AssetRegistered Asset)> Complete);

    /// <summary>One initial registration from application to approval: the application's events and the asset's, once numbered.</summary>
    private Draft Registration(SeedData data, DateTimeOffset submittedAt,
        List<Asset> resources, DateTimeOffset now)
    {
        // About a third are data products; most of those record the resources they derive from.
        var kind = data.Next(3) == 0 ? AssetKind.DataProduct : AssetKind.DataResource;
        var sources = kind == AssetKind.DataProduct ? Sources(data, resources, submittedAt) : [];
        var derivedFrom = sources.Select(s => s.Id).ToArray();

        var applicant = data.Applicant();
        var details = data.Details(kind, submittedAt, derivedFrom, now);
        var applicationId = Guid.CreateVersion7(submittedAt).ToString();
        var applied = new InitialRegistrationApplied(applicationId, applicant, details, data.StaffOf(applicant), submittedAt, deadlines.ReplyDue(submittedAt));
        var application = Application.Create(applied);
        var recorded = new List<(object, DateTimeOffset)> { (applied, submittedAt) };

        var (accepting, approving) = data.TwoClerks();
        var acceptedAt = submittedAt + TimeSpan.FromDays(data.Next(1, 4)) + data.Minutes(0, 6 * 60);
        // The report's institution confirms it half-way between submission and acceptance (drawing nothing at random, so the rest of a seed stays as it was).
        var confirmedAt = submittedAt + (acceptedAt - submittedAt) / 2;
        var confirmed = ReviewReportRules.Confirm(application, SeedData.ReviewerOf(details.ReviewReport), confirmedAt);
        recorded.Add((confirmed, confirmedAt));
        application = application.After(confirmed);
        foreach (var accepted in application.Accept(accepting, acceptedAt, deadlines))
        {
            recorded.Add((accepted, acceptedAt));
            application = application.After(accepted);
        }

        var decidedFrom = acceptedAt;
        if (application.Notice is { } notice)
        {
            // The timer sweep records the end of notice a moment after it is due.
            var ended = application.EndNoticeIfDue(notice.EndsAt + TimeSpan.FromSeconds(data.Next(1, 90)), deadlines)
                ?? throw new InvalidOperationException("Public notice did not end when due.");
            recorded.Add((ended, ended.RecordedAt));
            application = application.After(ended);
            decidedFrom = ended.RecordedAt;
        }

        var approvedAt = decidedFrom + TimeSpan.FromHours(data.Next(2, 72)) + data.Minutes(0, 60);
        application.EnsureApprovable(approving);
        var approval = InitialRegistrationRules.Register(application, (InitialSubject)application.Subject, sources.ToDictionary(s => s.Id, StringComparer.Ordinal),
            approving, approvedAt, settings);
        return new Draft(approval.Kind, approval.Year, number =>
        {
            var registered = approval.Numbered(number);
            recorded.Add((new ApplicationApproved(applicationId, number, approving, approvedAt), approvedAt));
            return ([.. recorded], registered);
        });
    }

    /// <summary>One or two resources registered before the product was applied for; none at the very start.</summary>
    private static Asset[] Sources(SeedData data, List<Asset> resources, DateTimeOffset submittedAt)
    {
        var wanted = data.Next(4) == 0 ? 0 : data.Next(1, 3);
        var sources = new List<Asset>(wanted);
        for (var tries = 0; sources.Count < wanted && tries < 8 && resources.Count > 0; tries++)
        {
            var resource = resources[data.Next(resources.Count)];
            if (resource.RegisteredAt < submittedAt && !sources.Contains(resource))
            {
                sources.Add(resource);
            }
        }

        return [.. sources];
    }
}
