using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Calendars;
using AssetRegistry.Documents;
using AssetRegistry.Infrastructure;
using AssetRegistry.InitialRegistration;
using AssetRegistry.Security;
using AssetRegistry.Validity;
using AssetRegistry.Verification.Identifiers;
using Marten;
using Microsoft.Extensions.Options;
using Npgsql;

namespace AssetRegistry.Benchmark;

/// <summary>
/// (a) The floor: the same events and documents an initial registration writes, written in this process with a
/// Marten store configured as the service's (<see cref="RegistryStore.Options"/>: schema, stream identity, inline
/// snapshots of applications and assets, the public register and portfolio projections, ledger tables) against a
/// database of its own on the same server — no HTTP, no Wolverine, no authentication, no idempotency rows.
/// <list type="bullet">
/// <item>"writes" — exactly what the brief names: submit starts the application's stream with
/// <see cref="InitialRegistrationApplied"/> (and the document grants the handler queues); confirm appends the reviewer's
/// <see cref="ReviewReportConfirmed"/>; accept appends
/// <see cref="ApplicationAccepted"/>; approve takes a registration number from the sequence, appends
/// <see cref="ApplicationApproved"/>, starts the asset's stream with <see cref="AssetRegistered"/> and arms its expiry
/// timer — appends without a version check.</item>
/// <item>"writes + reads" — the same, plus the reads the service's handlers make before writing: the cited document
/// check on submit, <c>FetchForWriting</c> (load the snapshot, check the version at commit) on confirm, accept and approve.
/// The difference between the two shows what the decision's own reads cost, apart from HTTP and Wolverine.</item>
/// </list>
/// </summary>
internal sealed class Baseline : IDisposable
{
    private readonly DocumentStore _store;
    private readonly ProcedureDeadlines _deadlines;
    private readonly RegistrationNumbers _numbers;
    private readonly ProcedureSettings _settings = new() { PublicNoticeWorkingDays = 0 };
    private readonly Parties _parties;
    private readonly Dictionary<int, string> _reports = [];

    public Baseline(string connectionString, Parties parties)
    {
        _store = new DocumentStore(RegistryStore.Options(connectionString, TimeProvider.System));
        _deadlines = new ProcedureDeadlines(WorkingCalendarLoader.Load(new CalendarOptions()), Options.Create(_settings));
        _numbers = RegistrationNumbers.For(new AssetRegistry.Infrastructure.Identity.RegistryIdentity("AssetRegistry benchmark", "AR", "benchmark.asset-registry.localhost", new Uri("http://localhost:5080/")), connectionString);
        _parties = parties;
    }

    public sealed class Registration(int slot)
    {
        public int Slot { get; } = slot;
        public string ApplicationId { get; } = Guid.CreateVersion7().ToString();
        public Application? State { get; set; }
        public string? Number { get; set; }
    }

    public async Task PrepareAsync(string connectionString)
    {
        await _store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        // Each enterprise's review report, as an upload would have stored it, so that the document check finds it.
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var slot in _parties.Slots)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes($"%PDF-1.7\nreview report baseline {slot.Index}\n%%EOF");
            var fingerprint = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
            _reports[slot.Index] = fingerprint;
            await using var insert = new NpgsqlBatch(connection)
            {
                BatchCommands =
                {
                    new NpgsqlBatchCommand($"insert into {DocumentTables.Contents} (sha256, content, media_type, size, stored_at) values ($1, $2, 'application/pdf', $3, now()) on conflict do nothing")
                    {
                        Parameters = { new() { Value = fingerprint }, new() { Value = bytes }, new() { Value = (long)bytes.Length } },
                    },
                    new NpgsqlBatchCommand($"insert into {DocumentTables.Uploads} (sha256, uploader, uploaded_at) values ($1, $2, now()) on conflict do nothing")
                    {
                        Parameters = { new() { Value = fingerprint }, new() { Value = slot.PartyCode } },
                    },
                },
            };
            await insert.ExecuteNonQueryAsync();
        }
    }

    public async Task SubmitAsync(Registration registration, bool withReads)
    {
        var slot = _parties.Slots[registration.Slot];
        var actor = new Actor(slot.EnterpriseUser, RegistryRoles.Enterprise, slot.PartyCode);
        var details = Details(_reports[slot.Index]);
        var now = DateTimeOffset.UtcNow;
        await using var session = _store.LightweightSession();
        var cited = details.CitedDocuments().Select(d => new CitedDocument(d.Field, d.Sha256)).ToArray();
        if (withReads)
        {
            await DocumentCitations.EnsureCitableAsync(session, actor, cited, CancellationToken.None);
        }

        var applied = new InitialRegistrationApplied(registration.ApplicationId, new Applicant(slot.PartyCode, "深圳市数据科技有限公司"), details, actor, now, _deadlines.ReplyDue(now));
        session.Events.StartStream<Application>(registration.ApplicationId, applied);
        DocumentCitations.GrantToParties(session, registration.ApplicationId, cited.Select(d => d.Sha256), [slot.PartyCode]);
        await session.SaveChangesAsync();
        registration.State = Application.Create(applied) with { Version = 1 };
    }

    public async Task ConfirmAsync(Registration registration, bool withReads)
    {
        var reviewer = new Actor(Parties.ReviewerUser, RegistryRoles.Reviewer, RegistryClient.ReviewInstitutionCode);
        var now = DateTimeOffset.UtcNow;
        await using var session = _store.LightweightSession();
        if (withReads)
        {
            var stream = await session.Events.FetchForWriting<Application>(registration.ApplicationId);
            var confirmed = ReviewReportRules.Confirm(stream.Aggregate!, reviewer, now);
            stream.AppendOne(confirmed);
            registration.State = stream.Aggregate!.After(confirmed);
        }
        else
        {
            var confirmed = ReviewReportRules.Confirm(registration.State!, reviewer, now);
            session.Events.Append(registration.ApplicationId, confirmed);
            registration.State = registration.State!.After(confirmed);
        }

        await session.SaveChangesAsync();
    }

    public async Task AcceptAsync(Registration registration, bool withReads)
    {
        var clerk = new Actor(_parties.Slots[registration.Slot].AcceptingUser, RegistryRoles.Clerk, null);
        var now = DateTimeOffset.UtcNow;
        await using var session = _store.LightweightSession();
        if (withReads)
        {
            var stream = await session.Events.FetchForWriting<Application>(registration.ApplicationId);
            var events = stream.Aggregate!.Accept(clerk, now, _deadlines);
            stream.AppendMany(events);
            registration.State = events.Aggregate(stream.Aggregate, (state, e) => state.After(e));
        }
        else
        {
            var events = registration.State!.Accept(clerk, now, _deadlines);
            session.Events.Append(registration.ApplicationId, events);
            registration.State = events.Aggregate(registration.State, (state, e) => state.After(e));
        }

        await session.SaveChangesAsync();
    }

    public async Task ApproveAsync(Registration registration, bool withReads)
    {
        var clerk = new Actor(_parties.Slots[registration.Slot].ApprovingUser, RegistryRoles.Clerk, null);
        var now = DateTimeOffset.UtcNow;
        await using var session = _store.LightweightSession();
        var stream = withReads ? await session.Events.FetchForWriting<Application>(registration.ApplicationId) : null;
        var application = stream?.Aggregate ?? registration.State!;
        application.EnsureApprovable(clerk);
        var approval = InitialRegistrationRules.Register(application, (InitialSubject)application.Subject, new Dictionary<string, Asset>(), clerk, now, _settings);
        var number = (await _numbers.NextAsync(session, approval.Kind, now, CancellationToken.None)).ToString();
        var registered = approval.Numbered(number);
        session.Events.StartStream<Asset>(number, registered);
        ValidityTimers.ArmFor(session, registered);
        var approved = new ApplicationApproved(application.Id, number, clerk, now);
        if (stream is not null)
        {
            stream.AppendOne(approved);
        }
        else
        {
            session.Events.Append(application.Id, approved);
        }

        await session.SaveChangesAsync();
        registration.Number = number;
    }

    /// <summary>What GET /api/assets/{number} reads: the stream's state and the asset's inline snapshot, in one round trip.</summary>
    public async Task<bool> ReadAssetAsync(string number)
    {
        await using var session = _store.QuerySession();
        var batch = session.CreateBatchQuery();
        var state = batch.Events.FetchStreamState(number);
        var snapshot = batch.Load<Asset>(number);
        await batch.Execute();
        return await state is not null && await snapshot is not null;
    }

    private static InitialRegistrationDetails Details(string reportFingerprint)
    {
        var sample = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        return new InitialRegistrationDetails(
            AssetKind.DataResource, $"城市交通出行数据集 {Random.Shared.Next(1, 1_000_000)}", "交通运输", ["城市规划", "出行服务"],
            "自有业务系统采集，经用户授权", "结构化表格，约 1.2 亿条记录", "每日", "脱敏、聚合至 500 米网格", "已在区块链存证平台存证", sample,
            new ThirdPartyReviewReport("深圳数据合规评估中心", "91350100M000100Y43", $"SZ-REV-{Random.Shared.Next(1000, 9999)}",
                new DateOnly(2026, 2, 20), "数据来源合法，内容真实", reportFingerprint),
            new DeclarationAndCommitment(true, null), null, []);
    }

    public void Dispose() => _store.Dispose();
}
