using System.Diagnostics;
using System.Globalization;
using System.Text;
using AssetRegistry.Infrastructure.Database;
using Npgsql;

namespace AssetRegistry.Benchmark.Faults;

/// <summary>
/// Several service nodes on one PostgreSQL under a bounded offered load, and the faults they must survive: kill -9 of
/// the leader, a PostgreSQL restart, a node's connection pool exhausted, the leader paused (SIGSTOP) past its lease.
/// Prints what it checked and each fault's recovery time against its target (README, "Several nodes and their faults").
/// </summary>
internal sealed class FaultRun(FaultOptions options, string repository, string folder) : IDisposable
{
    /// <summary>Recovery beyond this is a failure, whatever the target: the service did not recover by itself.</summary>
    private static readonly TimeSpan NoRecovery = TimeSpan.FromSeconds(60);

    /// <summary>Each node's connection pool (Npgsql's Maximum Pool Size).</summary>
    private const int PoolSize = 40;

    private readonly List<string> _failures = [];
    private readonly StringBuilder _report = new();
    private readonly Stopwatch _run = Stopwatch.StartNew();
    private ServiceProcess?[] _nodes = [];
    private ServiceProcess.Settings _settings = null!;
    private PrivatePostgres _server = null!;
    private PrivatePostgresOptions _serverOptions = null!;
    private NodeBalancer _balancer = null!;
    private FaultLoad _load = null!;

    public async Task<int> RunAsync()
    {
        var dll = options.ServiceDll ?? Path.Combine(repository, "src", "AssetRegistry", "bin", "Release", "net10.0", "AssetRegistry.dll");
        if (!File.Exists(dll))
        {
            Console.Error.WriteLine($"{dll} not found: build it first (dotnet build -c Release src/AssetRegistry), or name one with --service-dll.");
            return 2;
        }

        _serverOptions = new PrivatePostgresOptions { BaseDirectory = Path.Combine(folder, "postgres"), Database = "asset_registry" };
        // Every node's pool, the fault's own sessions and the verbs, with room to spare.
        _serverOptions.ServerSettings["max_connections"] = "300";
        _server = await PrivatePostgres.StartAsync(_serverOptions, message => Console.Error.WriteLine($"  {message}"));
        // A restart keeps the port, as a database server's address does.
        _serverOptions.Port = _server.Port;
        using var interruption = Interruption.OnInterrupt(() => _server.StopAsync().GetAwaiter().GetResult());
        try
        {
            _settings = ServiceProcess.Settings.Generate(dll, _server.ConnectionString);
            _balancer = new NodeBalancer(options.Nodes);
            _nodes = new ServiceProcess?[options.Nodes];
            // All at once on an empty database, as a deployment starts them: the schema is made once, under Marten's lock.
            await Task.WhenAll(Enumerable.Range(0, options.Nodes).Select(StartNodeAsync));
            Line($"{options.Nodes} nodes on one PostgreSQL ({_server.ConnectionString.Split(';').First(p => p.StartsWith("Port", StringComparison.Ordinal))}), " +
                 $"each with its own port and a pool of {PoolSize} connections; leadership lease {FaultOptions.Lease.TotalSeconds:0} s, renewed every 2 s");
            Line($"offered load: {options.Rate:0.##} registration chains/s, {options.Reads:0.##} asset reads/s, {options.Verifications:0.##} verifications/s, " +
                 $"over every node in turn; a request without an answer within {NodeBalancer.AttemptTimeout.TotalSeconds:0} s, or answered 5xx, goes again to the next node under its Idempotency-Key");
            _load = new FaultLoad(_balancer, _settings.Issuer, options);
            using var stop = new CancellationTokenSource();
            var load = _load.RunAsync(stop.Token);

            if (options.MeasureSeconds is { } seconds)
            {
                await MeasureAsync(seconds, stop, load);
            }
            else
            {
                await PhaseAsync("load, no fault");
                await KillTheLeaderAsync();
                if (!options.Smoke)
                {
                    await RestartPostgresAsync();
                    await ExhaustAPoolAsync();
                    await PauseTheLeaderAsync();
                }

                await stop.CancelAsync();
                await load;
                await CheckAsync();
            }
        }
        finally
        {
            foreach (var node in _nodes.Where(n => n is not null))
            {
                await node!.DisposeAsync();
            }

            await _server.DisposeAsync();
        }

        Console.WriteLine(_report.ToString());
        Console.WriteLine(_failures.Count == 0 ? "fault run: every check passed" : $"fault run: {_failures.Count} check(s) FAILED: {string.Join("; ", _failures)}");
        return _failures.Count == 0 ? 0 : 1;
    }

    private void Line(string text)
    {
        var line = $"[{_run.Elapsed.TotalSeconds,6:0.0} s] {text}";
        _report.AppendLine(line);
        Console.Error.WriteLine(line);
    }

    private void Check(bool ok, string what)
    {
        Line($"{(ok ? "ok  " : "FAIL")} {what}");
        if (!ok)
        {
            _failures.Add(what);
        }
    }

    private async Task StartNodeAsync(int index)
    {
        var name = $"node-{index + 1}";
        var connection = new NpgsqlConnectionStringBuilder(_server.ConnectionString) { MaxPoolSize = PoolSize, Timeout = 10, ApplicationName = name }.ConnectionString;
        var settings = _settings with
        {
            ConnectionString = connection,
            Extra = new Dictionary<string, string> { ["Registry__Clock__NodeName"] = name },
        };
        var node = await ServiceProcess.StartAsync(settings, Path.Combine(folder, $"{name}.log"), TimeSpan.FromSeconds(180));
        _nodes[index] = node;
        _balancer.Set(index, node.Address);
    }

    private async Task PhaseAsync(string what)
    {
        Line($"{options.PhaseSeconds} s of {what}");
        await Task.Delay(TimeSpan.FromSeconds(options.PhaseSeconds));
    }

    // ---- the faults ----

    private async Task KillTheLeaderAsync()
    {
        var (leader, term) = await LeaderAsync();
        Check(leader is not null, $"one node leads the async daemon before the kill: {NameOf(leader)} in term {term}");
        if (leader is not { } index)
        {
            return;
        }

        var killedAt = DateTime.UtcNow;
        await _nodes[index]!.KillAsync();
        Line($"fault: kill -9 of {NameOf(index)}, the leader");
        var issuance = await IssuanceResumesAsync(killedAt, awayFrom: index);
        Recovery("issuance resumes on another node after the leader's death", issuance, TimeSpan.FromSeconds(15));
        Recovery("registrations are acknowledged again after the leader's death", await WritesResumeAsync(killedAt), TimeSpan.FromSeconds(5));
        await _nodes[index]!.DisposeAsync();
        _balancer.Set(index, null);
        _nodes[index] = null;
        await PhaseAsync($"load with {NameOf(index)} dead");
        if (!options.Smoke)
        {
            var restarting = Stopwatch.StartNew();
            try
            {
                await StartNodeAsync(index);
                Line($"{NameOf(index)} started again (a service manager's restart), ready after {restarting.Elapsed.TotalSeconds:0.0} s");
            }
            catch (Exception failure) when (failure is TimeoutException or InvalidOperationException)
            {
                // The run goes on with the nodes it has: what was acknowledged is still checked at the end.
                Check(false, $"{NameOf(index)} started again: {failure.Message}");
            }
        }
    }

    private async Task RestartPostgresAsync()
    {
        var restartedAt = DateTime.UtcNow;
        await _server.StopAsync();
        _server = await PrivatePostgres.StartAsync(_serverOptions, message => Console.Error.WriteLine($"  {message}"));
        var backAt = DateTime.UtcNow;
        Line($"fault: PostgreSQL restarted (fast shutdown, then start: down for {(backAt - restartedAt).TotalSeconds:0.0} s)");
        Recovery("registrations are acknowledged again after PostgreSQL's restart", await WritesResumeAsync(backAt, since: restartedAt), TimeSpan.FromSeconds(30));
        Recovery("issuance resumes after PostgreSQL's restart", await IssuanceResumesAsync(backAt, awayFrom: null, since: restartedAt), TimeSpan.FromSeconds(30));
        await PhaseAsync("load after the restart");
    }

    /// <summary>
    /// Fills one node's connection pool with requests that each hold a connection while they wait: acceptances of one
    /// application whose stream row the fault holds locked, more of them than the pool has connections. Meanwhile that
    /// node cannot serve anything that needs the database; the others go on.
    /// </summary>
    private async Task ExhaustAPoolAsync()
    {
        var (leader, _) = await LeaderAsync();
        var index = Enumerable.Range(0, _nodes.Length).First(i => i != leader && _nodes[i] is not null);
        var applicationId = await _load.SubmitOneAsync();
        if (applicationId is null)
        {
            Check(false, "an application to hold for the pool exhaustion could be submitted");
            return;
        }

        await using var holding = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Pooling = false }.ConnectionString);
        await holding.OpenAsync();
        var transaction = await holding.BeginTransactionAsync();
        await using (var hold = new NpgsqlCommand("select 1 from registry.mt_streams where id = $1 for update", holding, transaction))
        {
            hold.Parameters.AddWithValue(applicationId);
            await hold.ExecuteNonQueryAsync();
        }

        var startedAt = DateTime.UtcNow;
        var flood = Enumerable.Range(0, PoolSize * 3 / 2).Select(_ => _balancer.SendAsync("flood-accept", HttpMethod.Post, $"/api/applications/{applicationId}/accept",
            _load.AcceptingClerk, NodeBalancer.Json("{}"), idempotencyKey: true, CancellationToken.None, onlyNode: index, attemptTimeout: TimeSpan.FromSeconds(60))).ToArray();
        await Task.Delay(TimeSpan.FromSeconds(3));
        var (probe, _) = await _balancer.SendAsync("probe", HttpMethod.Get, "/health/ready", null, NodeBalancer.NoBody, idempotencyKey: false, CancellationToken.None,
            onlyNode: index, attemptTimeout: TimeSpan.FromSeconds(5));
        Line($"fault: {NameOf(index)}'s pool of {PoolSize} held by {flood.Length} requests waiting on a row lock; its readiness answers {(probe == 0 ? "nothing within 5 s" : probe.ToString(CultureInfo.InvariantCulture))}");
        Check(probe != 200, $"{NameOf(index)}'s pool was exhausted (readiness {probe})");
        await Task.Delay(TimeSpan.FromSeconds(7));
        var releasedAt = DateTime.UtcNow;
        await transaction.RollbackAsync();
        await Task.WhenAll(flood);
        Recovery($"{NameOf(index)} answers again once the connections are released", await NodeAnswersAsync(index, releasedAt), TimeSpan.FromSeconds(10));
        Line($"  the held acceptances: {string.Join(", ", flood.GroupBy(f => f.Result.Status).Select(g => $"{g.Key}: {g.Count()}"))} (started {(releasedAt - startedAt).TotalSeconds:0} s before the release)");
        await PhaseAsync("load after the pool exhaustion");
    }

    private async Task PauseTheLeaderAsync()
    {
        var (leader, term) = await LeaderAsync();
        Check(leader is not null, $"one node leads before the pause: {NameOf(leader)} in term {term}");
        if (leader is not { } index)
        {
            return;
        }

        var pause = TimeSpan.FromSeconds(options.PauseSeconds ?? FaultOptions.Lease.TotalSeconds + 5);
        var pausedAt = DateTime.UtcNow;
        await _nodes[index]!.SignalAsync("STOP");
        Line($"fault: SIGSTOP of {NameOf(index)}, the leader, for {pause.TotalSeconds:0} s (its lease: {FaultOptions.Lease.TotalSeconds:0} s)");
        var issuance = await IssuanceResumesAsync(pausedAt, awayFrom: index, within: pause - TimeSpan.FromSeconds(0.5));
        Recovery("issuance resumes on another node while the leader is paused", issuance, TimeSpan.FromSeconds(15));
        var left = pause - (DateTime.UtcNow - pausedAt);
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left);
        }

        var wokeAt = DateTime.UtcNow;
        await _nodes[index]!.SignalAsync("CONT");
        Line($"{NameOf(index)} resumed (SIGCONT)");
        Recovery($"{NameOf(index)} answers requests again after waking", await NodeAnswersAsync(index, wokeAt), TimeSpan.FromSeconds(10));
        await PhaseAsync("load after the pause");
        var (after, afterTerm) = await LeaderAsync();
        Line($"after the pause {NameOf(after)} leads in term {afterTerm}; {NameOf(index)} logged on waking: " +
             $"{LogCount(index, "stops leading the async daemon")} × stopped leading, {LogCount(index, Infrastructure.Nodes.Leases.LeaseLostState)} × a batch refused at commit (lease lost)");
    }

    // ---- measuring recovery ----

    private void Recovery(string what, TimeSpan? took, TimeSpan target)
    {
        var text = took is { } t ? $"{t.TotalSeconds:0.0} s" : $"not within {NoRecovery.TotalSeconds:0} s";
        var verdict = took is null ? "FAIL (no recovery)" : took <= target ? "met" : "missed";
        Line($"{(took is null ? "FAIL" : "ok  ")} {what}: {text} (target {target.TotalSeconds:0} s: {verdict})");
        if (took is null)
        {
            _failures.Add(what);
        }
    }

    /// <summary>Time from <paramref name="since"/> until a checkpoint dated after <paramref name="after"/> is committed, by a node other than <paramref name="awayFrom"/>.</summary>
    private async Task<TimeSpan?> IssuanceResumesAsync(DateTime after, int? awayFrom, DateTime? since = null, TimeSpan? within = null)
    {
        var from = since ?? after;
        var deadline = from + (within ?? NoRecovery);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var (lastIssued, holderPid) = await LedgerHeadAsync();
                var byAnother = awayFrom is null || (holderPid is { } pid && _nodes[awayFrom.Value]?.Pid != pid);
                if (lastIssued > after && byAnother)
                {
                    return DateTime.UtcNow - from;
                }
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
            }

            await Task.Delay(100);
        }

        return null;
    }

    private async Task<TimeSpan?> WritesResumeAsync(DateTime after, DateTime? since = null)
    {
        var from = since ?? after;
        while (DateTime.UtcNow < from + NoRecovery)
        {
            if (_load.Acknowledgements.Any(a => a.At > after))
            {
                return _load.Acknowledgements.Where(a => a.At > after).Min(a => a.At) - from;
            }

            await Task.Delay(100);
        }

        return null;
    }

    private async Task<TimeSpan?> NodeAnswersAsync(int index, DateTime from)
    {
        while (DateTime.UtcNow < from + NoRecovery)
        {
            var asked = Stopwatch.StartNew();
            var (status, _) = await _balancer.SendAsync("probe", HttpMethod.Get, "/health/ready", null, NodeBalancer.NoBody, idempotencyKey: false,
                CancellationToken.None, onlyNode: index, attemptTimeout: TimeSpan.FromSeconds(2));
            if (status == 200 && asked.Elapsed < TimeSpan.FromSeconds(1))
            {
                return DateTime.UtcNow - from;
            }

            await Task.Delay(100);
        }

        return null;
    }

    private async Task<(int? Index, long? Term)> LeaderAsync()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var (_, pid) = await LedgerHeadAsync();
            var term = await ScalarAsync<long?>($"select term from registry.leases where name = '{Infrastructure.Nodes.Leases.Daemon}' and expires_at > clock_timestamp()");
            var index = Array.FindIndex(_nodes, n => n is not null && n.Pid == pid);
            if (index >= 0)
            {
                return (index, term);
            }

            await Task.Delay(200);
        }

        return (null, null);
    }

    /// <summary>The date of the last checkpoint, and the process id of the lease's live holder (its name is node/pid/nonce).</summary>
    private async Task<(DateTime? LastIssued, int? HolderPid)> LedgerHeadAsync()
    {
        var last = await ScalarAsync<DateTime?>("select max(issued_at) from registry.ledger_checkpoints");
        var holder = await ScalarAsync<string?>($"select holder from registry.leases where name = '{Infrastructure.Nodes.Leases.Daemon}' and expires_at > clock_timestamp()");
        var pid = holder?.Split('/') is [_, var text, _] && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : (int?)null;
        return (last, pid);
    }

    private static string NameOf(int? index) => index is { } i ? $"node-{i + 1}" : "no node";

    private int LogCount(int index, string text) =>
        File.ReadLines(Path.Combine(folder, $"node-{index + 1}.log")).Count(line => line.Contains(text, StringComparison.Ordinal));

    private async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Pooling = false, Timeout = 3 }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull or null ? default : (T)value;
    }

    // ---- the checks after the run ----

    private async Task CheckAsync()
    {
        Line("load stopped; waiting for the ledger to catch up");
        var caughtUp = Stopwatch.StartNew();
        var behind = long.MaxValue;
        while (caughtUp.Elapsed < NoRecovery)
        {
            behind = await ScalarAsync<long>("""
                select count(*) from registry.mt_events e
                 where e.seq_id > coalesce((select min(last_seq_id) from registry.mt_event_progression where name like 'certificates%'), 0)
                """);
            if (behind == 0)
            {
                break;
            }

            await Task.Delay(250);
        }

        Check(behind == 0, $"the ledger caught up with every event within {caughtUp.Elapsed.TotalSeconds:0.0} s of the load's end");

        var acknowledged = _load.Acknowledgements.ToList();
        var applications = acknowledged.Where(a => a.Kind != "objection").Select(a => a.Id).ToArray();
        var objections = acknowledged.Where(a => a.Kind == "objection").Select(a => a.Id).ToArray();
        var approvedOnce = await ScalarAsync<long>(
            $"select count(*) from (select stream_id from registry.mt_events where type = 'application_approved' and stream_id = any(array[{Quoted(applications)}]::text[]) group by stream_id having count(*) = 1) s");
        var registeredOnce = await ScalarAsync<long>(
            $"select count(*) from (select stream_id from registry.mt_events where type = 'objection_registered' and stream_id = any(array[{Quoted(objections)}]::text[]) group by stream_id having count(*) = 1) s");
        var twice = await ScalarAsync<long>("""
            select count(*) from (
              select stream_id, type, coalesce(data->>'ApplicationId', data->>'applicationId', data->>'ObjectionId', data->>'objectionId') as act
                from registry.mt_events
               where type like '%registered%' or type like '%approved%'
               group by 1, 2, 3 having count(*) > 1) s
            """);
        var kinds = string.Join(", ", acknowledged.GroupBy(a => a.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
        Check(approvedOnce == applications.Length && registeredOnce == objections.Length && twice == 0,
            $"every acknowledged registration recorded once: {acknowledged.Count} acknowledged ({kinds}); " +
            $"{applications.Length - approvedOnce + objections.Length - registeredOnce} lost, {twice} recorded twice");

        var (certificates, distinctEvents, leaves) = await CertificatesAsync();
        Check(certificates == distinctEvents && certificates == leaves && certificates > 0,
            $"every certificate issued once with no gap in the ledger: {certificates} certificates, {distinctEvents} events certified, leaves 0..{leaves - 1}");

        var overdue = await ScalarAsync<long>("select count(*) from registry.mt_doc_registrytimer where (data->>'DueAt')::timestamptz < now() - interval '5 seconds'");
        var timers = await ScalarAsync<long>("select count(*) from registry.mt_doc_registrytimer");
        var timerTwice = await ScalarAsync<long>("""
            select count(*) from (select stream_id, type from registry.mt_events
             where type in ('public_notice_ended', 'application_lapsed', 'objection_lapsed', 'registration_expired', 'license_term_ended', 'freeze_term_ended')
             group by 1, 2 having count(*) > 1) s
            """);
        Check(overdue == 0 && timerTwice == 0,
            $"every timer took effect once: {overdue} overdue and not fired, {timerTwice} taking effect twice ({timers} armed, due later: the registry's deadlines are working days)");

        foreach (var index in Enumerable.Range(0, _nodes.Length))
        {
            if (_nodes[index] is { } node)
            {
                await node.StopAsync();
            }
        }

        var (exitCode, output, elapsed) = await ServiceProcess.RunVerbAsync(_settings, Path.Combine(folder, "audit.log"), "audit");
        Check(exitCode == 0, $"audit ({elapsed.TotalSeconds:0.0} s): {output.Split('\n').FirstOrDefault(l => l.Length > 0)?.Trim()}");

        Line($"requests: {_balancer.Retries} sent again to another node; chains started {_load.ChainsStarted}, skipped (over {256} in flight) {_load.Skipped}");
        foreach (var (operation, latencies) in _balancer.Latencies.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            Line($"  {operation,-22} {latencies.Count,7} answered, p50 {latencies.Percentile(50).TotalMilliseconds,7:0} ms, p99 {latencies.Percentile(99).TotalMilliseconds,7:0} ms, max {latencies.Max.TotalMilliseconds,7:0} ms");
        }

        foreach (var (refusal, count) in _load.Refusals.OrderByDescending(r => r.Value).Take(12))
        {
            Line($"  not acknowledged: {refusal} × {count}");
        }
    }

    private async Task<(long Certificates, long Events, long Leaves)> CertificatesAsync()
    {
        await using var connection = new NpgsqlConnection(_server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*), count(distinct event_sequence), coalesce(max(leaf_index) + 1, 0) from registry.ledger_certificates", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    private static string Quoted(IEnumerable<string> ids) => string.Join(", ", ids.Select(id => $"'{id.Replace("'", "''", StringComparison.Ordinal)}'").DefaultIfEmpty("''"));

    // ---- one node against three, at the same offered load ----

    private async Task MeasureAsync(int seconds, CancellationTokenSource stop, Task load)
    {
        Line("10 s warm-up (not measured)");
        await Task.Delay(TimeSpan.FromSeconds(10));
        _balancer.Latencies.Clear();
        var registrationsBefore = _load.Registrations;
        var before = Cpu();
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        var after = Cpu();
        var registrations = _load.Registrations - registrationsBefore;
        var requests = _balancer.Latencies.Values.Sum(l => l.Count);
        await stop.CancelAsync();
        await load;
        var all = new LatencyHistogram();
        var ticks = after.Services - before.Services + after.Postgres - before.Postgres;
        var cpuMs = ticks * 10.0;
        Line($"measured {seconds} s: {registrations} registrations acknowledged ({registrations / (double)seconds:0.0}/s), {requests} requests answered");
        foreach (var (operation, latencies) in _balancer.Latencies.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            Line($"  {operation,-22} {latencies.Count,7} answered, p50 {latencies.Percentile(50).TotalMilliseconds,7:0.0} ms, p99 {latencies.Percentile(99).TotalMilliseconds,7:0.0} ms");
        }

        var writes = _balancer.Latencies.Where(l => l.Key.EndsWith("-approve", StringComparison.Ordinal) || l.Key.EndsWith("-accept", StringComparison.Ordinal) ||
                                                   l.Key.EndsWith("-confirm", StringComparison.Ordinal) ||
                                                   l.Key.EndsWith("-apply", StringComparison.Ordinal)).ToList();
        Line($"  p99 over every write: {writes.Select(w => w.Value.Percentile(99).TotalMilliseconds).DefaultIfEmpty(0).Max():0.0} ms (the slowest operation's p99)");
        Line($"  CPU per registration: {(registrations > 0 ? cpuMs / registrations : 0):0.00} ms (services {(after.Services - before.Services) * 10.0 / Math.Max(1, registrations):0.00} + PostgreSQL {(after.Postgres - before.Postgres) * 10.0 / Math.Max(1, registrations):0.00}); " +
             $"machine busy {(after.Busy - before.Busy) / (double)Math.Max(1, after.Total - before.Total) * Environment.ProcessorCount:0.00} of {Environment.ProcessorCount} cores");
        _ = all;
    }

    private int? PostmasterPid()
    {
        try
        {
            using var stream = new FileStream(Path.Combine(_server.DataDirectory, "postmaster.pid"), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return int.TryParse(reader.ReadLine(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private (long Services, long Postgres, long Busy, long Total) Cpu()
    {
        var services = _nodes.Where(n => n is not null).Sum(n => new CpuSampler { ServicePid = () => n!.Pid }.Take().Service);
        var snapshot = new CpuSampler { PostmasterPid = PostmasterPid }.Take();
        return (services, snapshot.Postgres, snapshot.Machine.Busy, snapshot.Machine.Total);
    }

    public void Dispose() => _balancer?.Dispose();
}
