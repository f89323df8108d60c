using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Merkle;

namespace AssetRegistry.Benchmark;

/// <summary>The phases, in order, each bounded by a count or a duration; a phase that fails is noted and the run goes on.</summary>
internal sealed partial class BenchmarkRun(BenchOptions options, string repository, string folder)
{
    private readonly Results _results = new() { Options = options };
    private readonly CpuSampler _cpu = new();
    private ServiceProcess? _service;
    private int? _servicePid;

    private string ServiceLogFile => Path.Combine(folder, "service.log");

    public async Task<Results> RunAsync()
    {
        var dll = Path.Combine(repository, "src", "AssetRegistry", "bin", "Release", "net10.0", "AssetRegistry.dll");
        _results.ServiceDll = Path.GetRelativePath(repository, dll);
        _results.Commit = Machine.Run("git", "-C", repository, "rev-parse", "--short", "HEAD");
        _results.UncommittedSource = Machine.Run("git", "-C", repository, "status", "--porcelain", "--", "src")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()).ToList();
        _results.BenchIsRelease = typeof(BenchmarkRun).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .OfType<System.Reflection.AssemblyConfigurationAttribute>().Any(a => a.Configuration == "Release");
        if (!File.Exists(dll))
        {
            Say($"building the service in Release ({_results.ServiceDll} is missing)");
            var build = Machine.Run("dotnet", "build", "-c", "Release", Path.Combine(repository, "src", "AssetRegistry", "AssetRegistry.csproj"));
            if (!File.Exists(dll))
            {
                throw new InvalidOperationException($"Could not build {dll}: {build}");
            }
        }

        Say($"private PostgreSQL in {folder}");
        await using var database = await BenchDatabase.StartAsync(folder);
        _cpu.PostmasterPid = database.PostmasterPid;
        _cpu.ServicePid = () => _servicePid;
        _results.PostgresSettings = await database.SettingsAsync();
        var settings = ServiceProcess.Settings.Generate(dll, database.ServiceConnectionString);
        var parties = new Parties(settings.Issuer, options.Clients);
        await using var probe = new LedgerProbe(database.ServiceConnectionString);

        try
        {
            using var baseline = new Baseline(database.BaselineConnectionString, parties);
            await baseline.PrepareAsync(database.BaselineConnectionString);

            var started = Stopwatch.StartNew();
            _service = await ServiceProcess.StartAsync(settings, ServiceLogFile, TimeSpan.FromMinutes(3), pid => _servicePid = pid);
            _results.ServiceStartUp = started.Elapsed;
            Say($"service pid {_service.Pid} on {_service.Address} ready after {started.Elapsed.TotalSeconds:N1} s");
            using var client = new RegistryClient(_service.Address);
            _results.Onboarding = await OnboardAsync(client, parties);
            var reports = new Dictionary<int, string>();
            foreach (var slot in parties.Slots)
            {
                reports[slot.Index] = await client.UploadReportAsync(slot.Enterprise, $"bench {slot.Index} {Guid.NewGuid()}");
            }

            var numbers = new List<string>();
            var baselineNumbers = new List<string>();
            var approving = new DateTimeOffset[2];
            await Phase("(a) and (b) per operation", () => PerOperationAsync(baseline, client, parties, reports, numbers, baselineNumbers, probe, approving));
            _results.BaselinePeakBytes = Machine.PeakResidentBytes(Environment.ProcessId);
            var catchUp = Stopwatch.StartNew();
            if (await probe.WaitForLedgerAsync(TimeSpan.FromMinutes(2)))
            {
                _results.LedgerCatchUpAfterHttp = catchUp.Elapsed;
            }

            if (approving[1] > approving[0])
            {
                var (events, gaps) = await probe.SequenceGapsAsync(approving[0], approving[1]);
                _results.ControlLag = new Results.Control(await probe.LagAsync(approving[0], approving[1]), events, gaps,
                    ServiceProcess.Log.Between(approving[0], DateTimeOffset.UtcNow));
                Say($"  control lag (b) approve: p50 {Ms(_results.ControlLag.Lag.P50)}, p99 {Ms(_results.ControlLag.Lag.P99)}; {gaps} holes in {events:N0} events");
            }

            // The service at rest, its ledger caught up: what it spends with no request at all (timer sweep, daemon, Wolverine's agents).
            await Measured("service idle, after (b)", async () =>
            {
                await Task.Delay(TimeSpan.FromSeconds(5));
                return 0;
            }, _ => 0);

            await Phase("(a) and (d) asset reads", () => ReadsAsync(baseline, baselineNumbers, client, parties, numbers, probe));
            await Phase("(c) sustained at rate", async () =>
                _results.AtRate = await SustainedAsync(probe, r => r.AtRateAsync(options.Rate, TimeSpan.FromSeconds(options.DurationSeconds), options.Clients),
                    new SustainedRun(client, parties, reports)));
            await Phase("(c) sustained at maximum", async () =>
                _results.AtMaximum = await SustainedAsync(probe, r => r.AtMaximumAsync(TimeSpan.FromSeconds(options.DurationSeconds), options.Clients),
                    new SustainedRun(client, parties, reports)));
            await Phase("(e) offline verification", () => VerificationAsync(client, probe));

            _results.ServicePeakBytes = Machine.PeakResidentBytes(_service.Pid);
            Say($"service peak resident set {_results.ServicePeakBytes / 1048576.0:N0} MiB; stopping it");
            await _service.DisposeAsync();
            _service = null;
            _servicePid = null;

            await Phase("(f) audit", async () => _results.LedgerAudit = await AuditAsync(settings, "(f) audit"));
            await Phase($"(h) {options.SmallAssets:N0} and {options.Assets:N0} assets", () => ScaleAsync(settings, database, parties));
        }
        finally
        {
            if (_service is not null)
            {
                await _service.DisposeAsync();
            }

            _results.LoadAverageAtEnd = Machine.LoadAverage();
            _results.Finished = DateTimeOffset.UtcNow;
        }

        return _results;
    }

    /// <summary>Each enterprise is verified before it applies (实名), as a registry's parties are; timed apart from the registrations.</summary>
    private static async Task<OperationStats> OnboardAsync(RegistryClient client, Parties parties)
    {
        var onboarding = new OperationStats("onboarding");
        foreach (var slot in parties.Slots)
        {
            if (!await onboarding.TimeAsync(() => client.OnboardAsync(slot.Enterprise, slot.Accepting, slot.PartyCode, "深圳市数据科技有限公司")))
            {
                throw new InvalidOperationException($"onboarding of {slot.PartyCode}: {onboarding.OutcomeText()}");
            }
        }

        Say($"onboarding: {onboarding.Succeeded} parties verified, p50 {onboarding.Latency.Percentile(50).TotalMilliseconds:N1} ms each (not part of (b))");
        return onboarding;
    }

    private async Task Phase(string name, Func<Task> phase)
    {
        Say(name);
        try
        {
            await phase();
        }
        catch (Exception e)
        {
            _results.Notes.Add($"{name} failed: {e.GetType().Name}: {e.Message}");
            Say($"  FAILED: {e}");
        }
    }

    private async Task<T> Measured<T>(string phase, Func<Task<T>> work, Func<T, long> operations)
    {
        var before = _cpu.Take();
        var value = await work();
        var use = CpuSampler.Between(before, _cpu.Take());
        _results.Cpu.Add((phase, use, operations(value)));
        Say($"  {phase}: {use.Text(Machine.Cores)}");
        return value;
    }

    private sealed class HttpRegistration(int slot)
    {
        public int Slot { get; } = slot;
        public string? Id { get; set; }
        public bool Confirmed { get; set; }
        public bool Accepted { get; set; }
        public string? Number { get; set; }
    }

    /// <summary>
    /// (a) and (b) interleaved by operation — (a) writes, (a) writes + reads, then (b), for submit, then the review report's confirmation, then accept, then
    /// approve — so that each ratio compares figures taken within seconds of each other on a shared machine.
    /// </summary>
    private async Task PerOperationAsync(Baseline baseline, RegistryClient client, Parties parties, Dictionary<int, string> reports,
        List<string> numbers, List<string> baselineNumbers, LedgerProbe probe, DateTimeOffset[] approving)
    {
        var n = options.Registrations;
        var slots = parties.Slots.Count;

        // Warm-up, not measured: first calls compile and cache (JIT, Marten's and Wolverine's generated code, connection pools).
        var warmUp = Enumerable.Range(0, 2 * options.Clients).Select(i => new Baseline.Registration(i % slots)).ToArray();
        foreach (var act in new Func<Baseline.Registration, Task>[] { r => baseline.SubmitAsync(r, true), r => baseline.ConfirmAsync(r, true), r => baseline.AcceptAsync(r, true), r => baseline.ApproveAsync(r, true) })
        {
            await Load.ForEachAsync(warmUp.Length, options.Clients, (_, i) => act(warmUp[i]));
        }

        await WarmUpAsync(client, parties, reports);

        var variants = new[] { ("writes", false), ("writes + reads", true) };
        var inProcess = variants.ToDictionary(v => v.Item1, _ => Enumerable.Range(0, n).Select(i => new Baseline.Registration(i % slots)).ToArray(), StringComparer.Ordinal);
        foreach (var (variant, _) in variants)
        {
            _results.Baseline[variant] = new Dictionary<string, OperationStats>(StringComparer.Ordinal);
        }

        var overHttp = Enumerable.Range(0, n).Select(i => new HttpRegistration(i % slots)).ToArray();
        foreach (var operation in new[] { "submit", "confirm", "accept", "approve" })
        {
            foreach (var (variant, withReads) in variants)
            {
                var registrations = inProcess[variant];
                Func<Baseline.Registration, Task> act = operation switch
                {
                    "submit" => r => baseline.SubmitAsync(r, withReads),
                    "confirm" => r => baseline.ConfirmAsync(r, withReads),
                    "accept" => r => baseline.AcceptAsync(r, withReads),
                    _ => r => baseline.ApproveAsync(r, withReads),
                };
                var stats = _results.Baseline[variant][operation] = new OperationStats(operation);
                stats.Elapsed = await Measured($"(a) {variant}: {operation}", () => Load.ForEachAsync(n, options.Clients, (_, i) =>
                    stats.TimeAsync(async () =>
                    {
                        await act(registrations[i]);
                        return ("ok", true);
                    })), _ => stats.Succeeded);
                Report(stats, $"(a) {variant}");
            }

            var http = _results.Http[operation] = new OperationStats(operation);
            if (operation == "approve")
            {
                approving[0] = await probe.NowAsync();
            }

            var items = operation switch
            {
                "submit" => overHttp,
                "confirm" => overHttp.Where(r => r.Id is not null).ToArray(),
                "accept" => overHttp.Where(r => r.Confirmed).ToArray(),
                _ => overHttp.Where(r => r.Accepted).ToArray(),
            };
            http.Elapsed = await Measured($"(b) HTTP {operation}", () => Load.ForEachAsync(items.Length, options.Clients, async (_, i) =>
            {
                var r = items[i];
                var slot = parties.Slots[r.Slot];
                switch (operation)
                {
                    case "submit":
                        r.Id = await http.TimeAsync(() => client.SubmitAsync(slot.Enterprise, RegistryClient.InitialApplication(reports[r.Slot], Random.Shared)));
                        break;
                    case "confirm":
                        r.Confirmed = await http.TimeAsync(() => client.ConfirmReviewReportAsync(parties.Reviewer, r.Id!));
                        break;
                    case "accept":
                        r.Accepted = await http.TimeAsync(() => client.AcceptAsync(slot.Accepting, r.Id!));
                        break;
                    default:
                        r.Number = await http.TimeAsync(() => client.ApproveAsync(slot.Approving, r.Id!));
                        break;
                }
            }), _ => http.Succeeded);
            Report(http, "(b)");
            if (operation == "approve")
            {
                approving[1] = await probe.NowAsync();
            }
        }

        numbers.AddRange(overHttp.Select(r => r.Number).OfType<string>());
        baselineNumbers.AddRange(inProcess["writes"].Select(r => r.Number).OfType<string>());
    }

    /// <summary>
    /// A fresh service process runs slowly at first: the JIT's first tier, then tiered compilation and dynamic PGO
    /// recompiling the hot paths, Wolverine's and Marten's generated code, connection pools. Before measuring a
    /// service process: registrations and status reads, as fast as the clients go, for <c>--warm-up</c> seconds, then 5 s
    /// at rest; not measured.
    /// </summary>
    private async Task WarmUpAsync(RegistryClient client, Parties parties, Dictionary<int, string> reports)
    {
        var registered = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await Load.ForDurationAsync(TimeSpan.FromSeconds(options.WarmUpSeconds), options.Clients, async (_, i) =>
        {
            var slot = parties.Slots[(int)(i % parties.Slots.Count)];
            var (_, id) = await client.SubmitAsync(slot.Enterprise, RegistryClient.InitialApplication(reports[slot.Index], Random.Shared));
            if (id is not null && (await client.ConfirmReviewReportAsync(parties.Reviewer, id)).Ok && (await client.AcceptAsync(slot.Accepting, id)).Ok && (await client.ApproveAsync(slot.Approving, id)).RegistrationNumber is { } number)
            {
                registered.Enqueue(number);
            }

            foreach (var asset in registered.Take(20))
            {
                await client.GetAssetAsync(parties.Bank, asset);
            }
        });

        // Then a few seconds at rest: the JIT recompiles the hot paths on a background thread, which a saturated
        // machine starves of a core; a service that has been up a while has long done so.
        await Task.Delay(TimeSpan.FromSeconds(5));
    }

    /// <summary>(a) then (d), back to back: the asset's status read in process, then through the API.</summary>
    private async Task ReadsAsync(Baseline baseline, List<string> baselineNumbers, RegistryClient client, Parties parties, List<string> numbers, LedgerProbe probe)
    {
        if (numbers.Count == 0 || baselineNumbers.Count == 0)
        {
            throw new InvalidOperationException("No asset was registered to read.");
        }

        var duration = TimeSpan.FromSeconds(options.ReadSeconds);
        var inProcess = _results.BaselineRead = new OperationStats("read asset");
        inProcess.Elapsed = await Measured("(a) read asset", () => Load.ForDurationAsync(duration, options.Clients,
            (_, i) => inProcess.TimeAsync(async () => (await baseline.ReadAssetAsync(baselineNumbers[(int)(i % baselineNumbers.Count)]) ? "ok" : "missing", true))),
            _ => inProcess.Succeeded);
        Report(inProcess, "(a)");

        var read = _results.HttpRead = new OperationStats("GET /api/assets/{number}");
        read.Elapsed = await Measured("(d) HTTP read asset", () => Load.ForDurationAsync(duration, options.Clients,
            (_, i) => read.TimeAsync(() => client.GetAssetAsync(parties.Bank, numbers[(int)(i % numbers.Count)]))), _ => read.Succeeded);
        Report(read, "(d)");

        var fewerClients = Math.Max(1, options.Clients / 4);
        var fewer = _results.HttpReadFewer = new OperationStats($"GET /api/assets/{{number}}, {fewerClients} clients");
        fewer.Elapsed = await Measured($"(d) HTTP read asset, {fewerClients} clients", () => Load.ForDurationAsync(TimeSpan.FromSeconds(Math.Max(3, options.ReadSeconds / 3)), fewerClients,
            (_, i) => fewer.TimeAsync(() => client.GetAssetAsync(parties.Bank, numbers[(int)(i % numbers.Count)]))), _ => fewer.Succeeded);
        Report(fewer, "(d)");

        // The ledger read as others read it: full hash tiles (C2SP tlog-tiles; a mirror's and a monitor's reads), warm, and
        // certificate bundles against the latest checkpoint, both with the clients of (d) and against the same (a) read.
        var (_, checkpointText) = await client.GetTextAsync("/api/ledger/checkpoint");
        var treeSize = System.Text.Json.JsonDocument.Parse(checkpointText ?? "{}").RootElement.GetProperty("treeSize").GetInt64();
        var fullTiles = Tile.AllOf(treeSize).Where(t => t.IsFull).Select(t => "/api/ledger/tlog/" + t.Path).ToList();
        if (fullTiles.Count > 0)
        {
            foreach (var path in fullTiles)
            {
                await client.GetBytesAsync(path);
            }

            var tiles = _results.TileRead = new OperationStats("GET /api/ledger/tlog/tile/L/N (full hash tiles, warm)");
            tiles.Elapsed = await Measured("(d) HTTP read full tiles", () => Load.ForDurationAsync(duration, options.Clients,
                (_, i) => tiles.TimeAsync(() => client.GetBytesAsync(fullTiles[(int)(i % fullTiles.Count)]))), _ => tiles.Succeeded);
            Report(tiles, "(d)");
        }

        var certificates = await probe.CertificateNumbersAsync(1000);
        var bundles = _results.BundleRead = new OperationStats("GET /api/certificates/{number}/bundle");
        bundles.Elapsed = await Measured("(d) HTTP read bundles", () => Load.ForDurationAsync(duration, options.Clients,
            (_, i) => bundles.TimeAsync(() => client.GetBytesAsync($"/api/certificates/{certificates[(int)(i % certificates.Count)]}/bundle"))), _ => bundles.Succeeded);
        Report(bundles, "(d)");
    }

    private async Task<SustainedRun.Result> SustainedAsync(LedgerProbe probe, Func<SustainedRun, Task<SustainedRun.Result>> run, SustainedRun runner, string? phase = null)
    {
        var from = await probe.NowAsync();
        var floor = await probe.LastEventSequenceAsync();
        var result = await Measured("(c) sustained", () => run(runner), r => r.Completed);
        var label = phase ?? $"(c) {result.Label}";
        _results.Cpu[^1] = (label, _results.Cpu[^1].Use, result.Completed);
        result.Cpu = _results.Cpu[^1].Use;
        var to = await probe.NowAsync();
        result.From = from;
        result.To = to;
        Say((
            $"  {label}: {result.Completed:N0} registrations in {result.Elapsed.TotalSeconds:N1} s = {result.RegistrationsPerSecond:N0}/s, {result.RequestsPerSecond:N0} requests/s, not started {result.NotStarted:N0}"));
        foreach (var stats in new[] { result.Submit, result.RefusedApprove, result.Accept, result.Approve, result.DoubleApprove })
        {
            Say($"    {stats.Name}: {stats.OutcomeText()}");
        }

        var waited = Stopwatch.StartNew();
        result.CaughtUp = await probe.WaitForLedgerAsync(TimeSpan.FromSeconds(Math.Max(60, options.DurationSeconds)), floor);
        result.CatchUp = waited.Elapsed;
        result.Log = ServiceProcess.Log.Between(from, DateTimeOffset.UtcNow);
        var window = TimeSpan.FromSeconds(Math.Min(60, (to - from).TotalSeconds / 3));
        result.Window = window;
        result.First = await probe.LagAsync(from, from + window, floor);
        result.Last = await probe.LagAsync(to - window, to, floor);
        result.Whole = await probe.LagAsync(from, to, floor);
        result.Series = await probe.LagSeriesAsync(from, to, TimeSpan.FromSeconds(Math.Max(5, Math.Round((to - from).TotalSeconds / 12))), floor);
        result.Sequence = await probe.SequenceGapsAsync(from, to, floor);
        Say((
            $"  lag p50/p99: first {window.TotalSeconds:N0} s {Ms(result.First.P50)}/{Ms(result.First.P99)}, last {Ms(result.Last.P50)}/{Ms(result.Last.P99)}; " +
            $"whole {Ms(result.Whole.P50)}/{Ms(result.Whole.P99)} (max {Ms(result.Whole.Max)}); uncertified {result.Whole.Missing}; sequence gaps {result.Sequence.Gaps} in {result.Sequence.Events:N0} events; " +
            $"daemon skipped {result.Log.GapSkips} holes after waiting {Ms(result.Log.MeanGapWait)} on average; service logged {result.Log.Errors:N0} errors"));
        return result;
    }

    private async Task VerificationAsync(RegistryClient client, LedgerProbe probe)
    {
        var (keysStatus, keysText) = await client.GetTextAsync("/api/ledger/keys");
        var keys = TrustedKeys.Parse(keysText ?? throw new InvalidOperationException($"GET /api/ledger/keys: {keysStatus}"));
        var numbers = await probe.CertificateNumbersAsync(options.Bundles);
        var bundles = new System.Collections.Concurrent.ConcurrentBag<string>();
        var fetch = _results.BundleFetch = new OperationStats("GET /api/certificates/{number}/bundle");
        fetch.Elapsed = await Measured("(e) bundle fetch", () => Load.ForEachAsync(numbers.Count, Math.Min(8, options.Clients), async (_, i) =>
        {
            var body = await fetch.TimeAsync(() => client.GetTextAsync($"/api/certificates/{numbers[i]}/bundle"));
            if (body is not null)
            {
                bundles.Add(body);
            }
        }), _ => fetch.Succeeded);
        Report(fetch, "(e)");
        _results.Verification = await Measured("(e) offline verification", () =>
            Task.Run(() => OfflineVerification.Measure([.. bundles], keys, TimeSpan.FromSeconds(options.VerifySeconds))), _ => 0);
        var v = _results.Verification;
        Say((
            $"  {v.Genuine:N0} of {v.Bundles:N0} bundles genuine; {v.PerSecondOneThread:N0}/s on one thread, {v.PerSecondAllThreads:N0}/s on {v.Threads}; ECDSA P-256 verify {v.EcdsaVerifyPerSecondOneThread:N0}/s"));
    }

    /// <summary>
    /// Seeds <paramref name="count"/> more assets with the service stopped, then starts the service on that database
    /// and measures it certifying them; returns with the service running.
    /// </summary>
    private async Task<Results.Issuance> SeedAndIssueAsync(ServiceProcess.Settings settings, LedgerProbe probe, int count, int randomSeed, string phase)
    {
        var before = await probe.CertificatesAsync();
        var arguments = new[] { "seed", "--assets", count.ToString(CultureInfo.InvariantCulture), "--random", randomSeed.ToString(CultureInfo.InvariantCulture) };
        Say($"  seeding {count:N0} assets with the service stopped: AssetRegistry.dll {string.Join(' ', arguments)}");
        var seed = await Measured($"{phase}: seed (service stopped)", () => ServiceProcess.RunVerbAsync(settings, ServiceLogFile, arguments), _ => count);
        if (seed.ExitCode != 0)
        {
            throw new InvalidOperationException($"seed exited with {seed.ExitCode}: {seed.Output}");
        }

        var seedRate = ParseNumber(SeedRate().Match(seed.Output)) ?? count / seed.Elapsed.TotalSeconds;
        Say($"  {seed.Output.Trim()}");
        var target = before + count;
        var clock = Stopwatch.StartNew();
        TimeSpan? first = null, done = null;
        DateTimeOffset? doneAt = null;
        var countAtFirst = before;
        CpuSampler.Snapshot? atFirst = null, atDone = null;
        var timeout = TimeSpan.FromSeconds(Math.Max(180, count / 500.0));
        var polling = Task.Run(async () =>
        {
            while (clock.Elapsed < timeout)
            {
                var certificates = await probe.CertificatesAsync();
                if (first is null && certificates > before)
                {
                    atFirst = _cpu.Take();
                    first = clock.Elapsed;
                    countAtFirst = certificates;
                }

                if (certificates >= target)
                {
                    atDone = _cpu.Take();
                    done = clock.Elapsed;
                    doneAt = DateTimeOffset.UtcNow;
                    return;
                }

                await Task.Delay(50);
            }
        });
        _service = await ServiceProcess.StartAsync(settings, ServiceLogFile, TimeSpan.FromMinutes(3), pid => _servicePid = pid);
        var ready = clock.Elapsed;
        await polling;
        CpuUse? cpu = null;
        if (atFirst is not null && atDone is not null && (atDone.At - atFirst.At) > TimeSpan.FromSeconds(0.5))
        {
            cpu = CpuSampler.Between(atFirst, atDone);
            _results.Cpu.Add(($"{phase}: issuance (after its first batch)", cpu, target - countAtFirst));
            Say($"  issuance: {cpu.Text(Machine.Cores)}");
        }

        var after = await probe.CertificatesAsync();
        var started = await probe.FirstCheckpointAfterAsync(before);

        // From when the first batch started (its checkpoint's issued_at) to when the last certificate was seen committed.
        var issuing = started is { } s && doneAt is { } d ? d - s : TimeSpan.Zero;
        var rate = issuing > TimeSpan.Zero ? count / issuing.TotalSeconds : 0;
        Say(($"  issuance: service ready after {ready.TotalSeconds:N1} s, first certificates seen at {first?.TotalSeconds:N1} s, all {count:N0} at {done?.TotalSeconds:N1} s; " +
             $"issuing took {issuing.TotalSeconds:N2} s: {rate:N0} certificates/s"));
        return new Results.Issuance(count, seed.Elapsed, seedRate, before, after, ready, first, done, issuing, rate, after >= target, cpu);
    }

    private async Task<Results.Audit> AuditAsync(ServiceProcess.Settings settings, string phase)
    {
        var audit = await Measured(phase, () => ServiceProcess.RunVerbAsync(settings, ServiceLogFile, "audit"), _ => 0);
        var certificates = (long)(ParseNumber(AuditCertificates().Match(audit.Output)) ?? 0);
        var rate = ParseNumber(AuditRate().Match(audit.Output)) ?? 0;
        var seconds = ParseNumber(AuditTime().Match(audit.Output)) ?? 0;
        _results.Cpu[^1] = (_results.Cpu[^1].Phase, _results.Cpu[^1].Use, certificates);
        Say(audit.Output.Trim());
        return new Results.Audit(audit.ExitCode, audit.Output.Contains("everything matches", StringComparison.Ordinal), certificates, rate,
            TimeSpan.FromSeconds(seconds), audit.Elapsed, audit.Output.Trim());
    }

    private static double? ParseNumber(Match match) =>
        match.Success ? double.Parse(match.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"([\d,]+) assets/s")]
    private static partial Regex SeedRate();

    [GeneratedRegex(@"\(([\d,]+) certificates/s\)")]
    private static partial Regex AuditRate();

    [GeneratedRegex(@"certificates\s+([\d,]+)")]
    private static partial Regex AuditCertificates();

    [GeneratedRegex(@"time\s+([\d,.]+) s")]
    private static partial Regex AuditTime();

    private static void Report(OperationStats stats, string phase) => Say((
        $"  {phase} {stats.Name}: {stats.Succeeded:N0} in {stats.Elapsed.TotalSeconds:N1} s = {stats.Throughput:N0}/s, p50 {Ms(stats.Latency.Percentile(50))}, p99 {Ms(stats.Latency.Percentile(99))} [{stats.OutcomeText()}]"
        + (stats.LastError is { } e ? $" last error: {e.Message}" : "")));

    public static string Ms(TimeSpan span) => span.TotalMilliseconds.ToString(span.TotalMilliseconds < 10 ? "0.0" : "N0", CultureInfo.InvariantCulture) + " ms";

    private static void Say(string line) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {line}");
}
