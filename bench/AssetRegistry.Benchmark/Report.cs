using System.Text;

namespace AssetRegistry.Benchmark;

/// <summary>docs/performance.md, written from one run's figures; every explanation in it is computed from what was measured.</summary>
/// <remarks>Figures are formatted with the invariant culture, which Program sets for the whole run.</remarks>
internal static class Report
{
    internal delegate void LineWriter(string line = "");

    private sealed class Writer(StringBuilder text)
    {
        public void Line(string line = "") => text.Append(line).Append('\n');
    }

    public static string Markdown(Results r)
    {
        var o = r.Options;
        var text = new StringBuilder();
        LineWriter Line = new Writer(text).Line;

        Line("# Performance");
        Line();
        Line("<!-- Written by the benchmark (bench/AssetRegistry.Benchmark); run it again rather than editing the figures. -->");
        Line();
        Line(($"Measured on {r.Started:yyyy-MM-dd HH:mm} UTC ({(r.Finished - r.Started).TotalMinutes:N1} minutes) with:"));
        Line();
        Line("```bash");
        Line(o.Command);
        Line("```");
        Line();
        Line($"- **Code**: commit `{r.Commit}`" + (r.UncommittedSource.Count > 0
            ? $", with uncommitted changes in `src/` being made by other engineers at the time ({string.Join(", ", r.UncommittedSource.Select(f => $"`{f}`"))}); the service was built from that working tree."
            : ", `src/` unmodified."));
        Line(($"- **Machine**: `nproc` = {r.Cores}, {r.MemoryBytes / 1024.0 / 1024 / 1024:N1} GiB memory, CPU {r.CpuModel}, Linux {r.Kernel}, {r.DotnetVersion}."));
        Line(($"- **PostgreSQL**: a private cluster started for the run by the service's `PrivatePostgres` in a temporary folder, durability settings left at their defaults: {r.PostgresSettings}."));
        Line(($"- **Service**: `dotnet {r.ServiceDll}` (Release{(r.BenchIsRelease ? "" : "; the benchmark itself was not built in Release")}), a separate process, environment Production, configured as in `deploy/`: " +
               "`ConnectionStrings__Registry`, the token issuer `Authentication__Issuers__0__Authority` and `…__Audiences__0` (an ES256 OpenID Connect issuer the benchmark hosts on loopback, its keys fetched by discovery) with `Authentication__MaxTokenLifetime=12:00:00` (the run's tokens are minted at its start), the checkpoint key `Ledger:Keys` given inline as `Ledger__Keys__0__Pem` (a generated P-256 PKCS#8 key; `deploy/` gives it as a file, `Ledger__Keys__0__PemFile`), the C2SP note key `Ledger__Ed25519Keys__0__Pem` (generated), the registry's identity (`Registry__Name`, `Registry__Code`, `Registry__Origin`, `Registry__PublicBaseUrl`), and " +
               "`Registry__PublicNoticeWorkingDays=0` so that approval may follow acceptance at once. Bearer tokens minted by that issuer (`DevelopmentIssuer.Issue`, as the token command mints them). Loopback HTTP/1.1."));
        Line(($"- **Load**: {o.Clients} concurrent clients in the benchmark process, on the same {r.Cores} cores as the service and PostgreSQL."));
        Line(($"- **Noise**: the machine is shared with other engineers' builds and tests, which were running: load average {r.LoadAverageAtStart} at the start, {r.LoadAverageAtEnd} at the end; " +
               "the \"other\" column of [Where the time goes](#where-the-time-goes) is their share of the CPU during each phase. Expect ±20 % or more between runs."));
        Line();
        if (r.Notes.Count > 0)
        {
            Line("**This run had failures:**");
            Line();
            foreach (var note in r.Notes)
            {
                Line($"- {note}");
            }

            Line();
        }

        Summary(r, Line);
        BaselineSection(r, Line);
        HttpSection(r, Line);
        IssuanceSection(r, Line);
        ReadsSection(r, Line);
        VerificationSection(r, Line);
        AuditSection(r, Line);
        MemorySection(r, Line);
        ScaleSection(r, Line);
        CpuSection(r, Line);
        RunningSection(r, Line);
        return text.ToString();
    }

    private static void Summary(Results r, LineWriter Line)
    {
        Line("## Summary");
        Line();
        Line("Every figure is also given as a ratio to a baseline measured in the same run: **(a)** is the same writes done in process with Marten (no HTTP, no " +
             "Wolverine, no authentication); a registration in (a) is its four transactions one after another. Where (a) has no counterpart the row says which baseline it uses.");
        Line();
        Line("| what | measured | ratio to baseline | target | |");
        Line("|---|---|---|---|---|");
        var writes = r.Baseline.GetValueOrDefault("writes");
        foreach (var operation in new[] { "submit", "confirm", "accept", "approve" })
        {
            if (r.Http.GetValueOrDefault(operation) is { } http && writes?.GetValueOrDefault(operation) is { } baseline)
            {
                var ratio = Ratio(http.Throughput, baseline.Throughput);
                Line(($"| (b) {operation} through the API, {r.Options.Clients} clients | {http.Throughput:N0}/s, p50 {Ms(http.Latency.Percentile(50))}, p99 {Ms(http.Latency.Percentile(99))} | {X(ratio)} (a) {operation} ({baseline.Throughput:N0}/s) | ≥ 0.6× | {Verdict(ratio >= 0.6)} |"));
            }
        }

        var perRegistration = r.BaselineRegistrationsPerSecond;
        if (r.AtRate is { Whole: not null } rate)
        {
            var sustained = rate.RegistrationsPerSecond >= 0.95 * r.Options.Rate;
            var met = sustained && rate.Whole.P99 < TimeSpan.FromSeconds(1) && rate.Whole.Missing == 0;
            Line(($"| (c) lag at {r.Options.Rate}/s: achieved {rate.RegistrationsPerSecond:N0} registrations/s | p50 {Ms(rate.Whole.P50)}, p99 {Ms(rate.Whole.P99)} (first {Seconds(rate.Window)}: {Ms(rate.First!.P99)}, last {Seconds(rate.Window)}: {Ms(rate.Last!.P99)}) | rate {X(Ratio(rate.RegistrationsPerSecond, perRegistration))} (a) registration; p99 {X(LagRatio(r, rate.Whole.P99))} (a) approve p99 | {r.Options.Rate}/s, p99 < 1 s | {Verdict(met)}{(sustained ? "" : ($": {r.Options.Rate}/s not reached"))} |"));
        }

        if (r.AtMaximum is { Whole: not null } max)
        {
            var growing = Growing(max);
            var met = max.Whole.P99 < TimeSpan.FromSeconds(5) && !growing && max.Whole.Missing == 0;
            Line(($"| (c) lag at the maximum: {max.RegistrationsPerSecond:N0} registrations/s | p50 {Ms(max.Whole.P50)}, p99 {Ms(max.Whole.P99)} (first {Seconds(max.Window)}: {Ms(max.First!.P99)}, last {Seconds(max.Window)}: {Ms(max.Last!.P99)}) | rate {X(Ratio(max.RegistrationsPerSecond, perRegistration))} (a) registration; p99 {X(LagRatio(r, max.Whole.P99))} (a) approve p99 | p99 < 5 s, not growing | {Verdict(met)}{(growing ? ": grows" : "")} |"));
        }

        if (r.IssuanceAlone is { } issuance)
        {
            Line(($"| (c) issuance alone, {issuance.Seeded:N0} seeded assets | {issuance.CertificatesPerSecond:N0} certificates/s ({issuance.Issuing.TotalSeconds:N1} s from the first batch; all issued {Opt(issuance.ToDone)} after the service process started) | {X(Ratio(issuance.CertificatesPerSecond, perRegistration))} (a) registration ({perRegistration:N0}/s) | ≥ 5,000/s | {Verdict(issuance.CertificatesPerSecond >= 5000 && issuance.Complete)} |"));
        }

        if (r.HttpRead is { } read && r.BaselineRead is { } baseRead)
        {
            var met = read.Throughput >= 5000 && read.Latency.Percentile(99) < TimeSpan.FromMilliseconds(20);
            Line(($"| (d) GET /api/assets/{{number}}, {r.Options.Clients} clients | {read.Throughput:N0}/s, p50 {Ms(read.Latency.Percentile(50))}, p99 {Ms(read.Latency.Percentile(99))} | {X(Ratio(read.Throughput, baseRead.Throughput))} (a) read ({baseRead.Throughput:N0}/s) | ≥ 5,000/s, p99 < 20 ms | {Verdict(met)} |"));
        }

        if (r.TileRead is { } tileRead && r.BaselineRead is { } tileBase)
        {
            Line(($"| (d) GET /api/ledger/tlog/tile/L/N, full hash tiles, warm, {r.Options.Clients} clients | {tileRead.Throughput:N0}/s, p50 {Ms(tileRead.Latency.Percentile(50))}, p99 {Ms(tileRead.Latency.Percentile(99))} | {X(Ratio(tileRead.Throughput, tileBase.Throughput))} (a) read ({tileBase.Throughput:N0}/s) | ≥ 10,000/s | {Verdict(tileRead.Throughput >= 10_000)} |"));
        }

        if (r.BundleRead is { } bundleRead && r.BaselineRead is { } bundleBase)
        {
            Line(($"| (d) GET /api/certificates/{{number}}/bundle, {r.Options.Clients} clients | {bundleRead.Throughput:N0}/s, p50 {Ms(bundleRead.Latency.Percentile(50))}, p99 {Ms(bundleRead.Latency.Percentile(99))} | {X(Ratio(bundleRead.Throughput, bundleBase.Throughput))} (a) read ({bundleBase.Throughput:N0}/s) | ≥ 5,000/s | {Verdict(bundleRead.Throughput >= 5_000)} |"));
        }

        if (r.Verification is { } v)
        {
            Line(($"| (e) offline bundle verification, one core | {v.PerSecondOneThread:N0}/s ({v.PerSecondAllThreads:N0}/s on {v.Threads} threads) | {X(Ratio(v.PerSecondOneThread, v.EcdsaVerifyPerSecondOneThread))} one ECDSA P-256 verify ({v.EcdsaVerifyPerSecondOneThread:N0}/s) | ≥ 5,000/s per core | {Verdict(v.PerSecondOneThread >= 5000 && v.NotGenuine == 0)} |"));
        }

        foreach (var (audit, what) in new[] { (r.LedgerAudit, "what (a)–(e) built"), (r.ScaleAudit, "the data set of (h)") })
        {
            if (audit is not null)
            {
                Line(($"| (f) `audit` of {what}, {audit.Certificates:N0} certificates | {audit.CertificatesPerSecond:N0} certificates/s ({audit.Reported.TotalSeconds:N1} s; {audit.Wall.TotalSeconds:N1} s with process start-up){(audit.Passed ? "" : "; DID NOT PASS")} | {X(Ratio(audit.CertificatesPerSecond, perRegistration))} (a) registration | ≥ 50,000/s | {Verdict(audit.CertificatesPerSecond >= 50_000 && audit.Passed)} |"));
            }
        }

        if (r.LedgerAudit is null && r.ScaleAudit is null)
        {
            Line("| (f) audit | not measured | | ≥ 50,000/s | — |");
        }

        if (r.ServicePeakBytes is { } peak)
        {
            Line(($"| (g) service peak resident set (VmHWM), (b)–(e) | {Mib(peak)} | {X(Ratio(peak, r.BaselinePeakBytes ?? 0))} the benchmark process after (a)/(b) ({Mib(r.BaselinePeakBytes ?? 0)}) | — | |"));
        }

        if (r.Scale is [var small, var large])
        {
            var reads = Ratio(large.Reads.Throughput, small.Reads.Throughput);
            var readP99 = Ratio(large.Reads.Latency.Percentile(99).TotalMilliseconds, small.Reads.Latency.Percentile(99).TotalMilliseconds);
            Line(($"| (h) reads at {large.Assets:N0} assets | {large.Reads.Throughput:N0}/s, p99 {Ms(large.Reads.Latency.Percentile(99))} | {X(reads)} the throughput and {X(readP99)} the p99 at {small.Assets:N0} assets ({small.Reads.Throughput:N0}/s, p99 {Ms(small.Reads.Latency.Percentile(99))}) | within 1.5× | {Verdict(WithinScale(reads, readP99))} |"));
            var registrations = Ratio(large.Registrations.RegistrationsPerSecond, small.Registrations.RegistrationsPerSecond);
            var registrationP99 = Ratio(large.Registrations.Registration.Latency.Percentile(99).TotalMilliseconds, small.Registrations.Registration.Latency.Percentile(99).TotalMilliseconds);
            Line(($"| (h) registrations at {large.Assets:N0} assets | {large.Registrations.RegistrationsPerSecond:N0}/s, p99 {Ms(large.Registrations.Registration.Latency.Percentile(99))} | {X(registrations)} the throughput and {X(registrationP99)} the p99 at {small.Assets:N0} assets ({small.Registrations.RegistrationsPerSecond:N0}/s, p99 {Ms(small.Registrations.Registration.Latency.Percentile(99))}) | within 1.5× | {Verdict(WithinScale(registrations, registrationP99))} |"));
            Line(($"| (h) service peak resident set at {large.Assets:N0} assets | {Mib(large.PeakBytes)} (certifying {large.Issuance.Seeded:N0} new assets, then reading and registering) | {X(Ratio(large.PeakBytes, small.PeakBytes))} at {small.Assets:N0} assets ({Mib(small.PeakBytes)}) | < 1 GiB | {Verdict(large.PeakBytes < 1L << 30)} |"));
        }

        Line();
    }

    private static void BaselineSection(Results r, LineWriter Line)
    {
        Line("## (a) Baseline: the same writes with Marten in process");
        Line();
        Line(($"A `DocumentStore` built from the service's own options (`RegistryStore.Options`: schema `registry`, string stream ids, inline snapshots of applications and assets, " +
               $"the register and portfolio projections, the ledger tables), in the benchmark process, against database `{BenchDatabase.BaselineDatabase}` on the same server; " +
               $"{r.Options.Registrations:N0} registrations, {r.Options.Clients} concurrent tasks, one lightweight session and one transaction per operation. " +
               "**writes**: what the brief names — submit starts the application stream with `InitialRegistrationApplied` (plus the document grants the handler queues); " +
               "accept appends `ApplicationAccepted`; approve takes a number from the registration sequence, appends `ApplicationApproved`, starts the asset stream with " +
               "`AssetRegistered` and stores its expiry timer. **writes + reads**: the same plus the reads the handlers make first (the cited-document check; `FetchForWriting` " +
               "of the application, with its version checked at commit). After a warm-up, (a) and (b) ran interleaved by operation — (a) writes, (a) writes + reads, (b), for submit, then " +
               "accept, then approve — so that each ratio compares figures taken seconds apart on this shared machine; the service was running, idle, during (a)."));
        Line();
        Line("| operation | variant | throughput | p50 | p99 | CPU per operation |");
        Line("|---|---|---|---|---|---|");
        foreach (var (variant, operations) in r.Baseline)
        {
            foreach (var (name, stats) in operations)
            {
                Line(($"| {name} | {variant} | {stats.Throughput:N0}/s | {Ms(stats.Latency.Percentile(50))} | {Ms(stats.Latency.Percentile(99))} | {CpuPerOperation(r, $"(a) {variant}: {name}")} |"));
            }
        }

        if (r.BaselineRead is { } read)
        {
            Line(($"| read an asset (stream state + snapshot, one round trip) | — | {read.Throughput:N0}/s | {Ms(read.Latency.Percentile(50))} | {Ms(read.Latency.Percentile(99))} | {CpuPerOperation(r, "(a) read asset")} |"));
        }

        Line();
        Line(($"A whole registration in (a) (writes): **{r.BaselineRegistrationsPerSecond:N0}/s** = 1 / (1/submit + 1/confirm + 1/accept + 1/approve)."));
        Line();
    }

    private static void HttpSection(Results r, LineWriter Line)
    {
        Line("## (b) Through the API, per operation");
        Line();
        Line(($"{r.Options.Registrations:N0} initial registrations through HTTP, {r.Options.Clients} clients, one operation at a time: all submits " +
               "(`POST /api/applications/initial`, each enterprise citing the review report it uploaded once before), then all accepts (`/accept`, a first clerk), then all approves " +
               "(`/approve`, a second clerk). No `Idempotency-Key` (optional; it would add a row per request)." +
               (r.ServiceStartUp is { } up ? ($" The service was ready {up.TotalSeconds:N1} s after its process started.") : "") +
               (r.Onboarding is { } onboarding ? ($" Before it, each enterprise was onboarded (实名: licence uploaded, `POST /api/parties/onboarding`, a clerk's `/approve`), " +
                   $"measured apart: {onboarding.Succeeded:N0} of {onboarding.Total:N0} parties, p50 {onboarding.Latency.Percentile(50).TotalMilliseconds:N1} ms per party.") : "")));
        Line();
        Line("| operation | throughput | p50 | p99 | ratio to (a) writes: throughput, p50, p99 | to (a) writes + reads | outcomes | CPU per operation |");
        Line("|---|---|---|---|---|---|---|---|");
        var writes = r.Baseline.GetValueOrDefault("writes");
        var reads = r.Baseline.GetValueOrDefault("writes + reads");
        foreach (var (name, stats) in r.Http)
        {
            var a = writes?.GetValueOrDefault(name);
            var ar = reads?.GetValueOrDefault(name);
            Line(($"| {name} | {stats.Throughput:N0}/s | {Ms(stats.Latency.Percentile(50))} | {Ms(stats.Latency.Percentile(99))} | " +
                   $"{X(Ratio(stats.Throughput, a?.Throughput ?? 0))}, {X(Ratio(stats.Latency.Percentile(50).TotalMilliseconds, a?.Latency.Percentile(50).TotalMilliseconds ?? 0))}, {X(Ratio(stats.Latency.Percentile(99).TotalMilliseconds, a?.Latency.Percentile(99).TotalMilliseconds ?? 0))} | " +
                   $"{X(Ratio(stats.Throughput, ar?.Throughput ?? 0))} | {stats.OutcomeText()} | {CpuPerOperation(r, $"(b) HTTP {name}")} |"));
        }

        Line();
        if (r.LedgerCatchUpAfterHttp is { } catchUp)
        {
            Line(($"The ledger held a certificate for every registration {catchUp.TotalSeconds:N1} s after the last approval."));
            Line();
        }

        var missed = false;
        foreach (var (name, stats) in r.Http)
        {
            if (writes?.GetValueOrDefault(name) is { } a && Ratio(stats.Throughput, a.Throughput) < 0.6)
            {
                Line(($"- **{name} misses 0.6× (a)**: {Explain(r, $"(b) HTTP {name}", $"(a) writes: {name}")}"));
                missed = true;
            }
        }

        if (missed)
        {
            Line();
        }
    }

    private static void IssuanceSection(Results r, LineWriter Line)
    {
        Line("## (c) Certificate issuance lag");
        Line();
        Line(($"Registrations (submit → confirm the review report → accept → approve, four requests by four actors) for {r.Options.DurationSeconds} s each: first at {r.Options.Rate}/s (open loop: each " +
               $"registration starts when it is due, at most {r.Options.Clients} in flight; a registration that cannot start in time waits and its latency counts from when it was due), then " +
               $"as fast as {r.Options.Clients} clients go. In the mix: a third of registrations first get an approval before acceptance, refused with 409 and writing nothing " +
               $"(≈10 % of requests); 5 % are approved by two clerks at once, of which one commits and the other's transaction fails on the application's version (Wolverine retries " +
               "it, and it is then refused as already decided) — which may leave holes in the global event sequence, where Marten's async daemon waits. " +
               "Lag = the certificate's `issued_at` − the registering event's `mt_events.timestamp`, joined on `event_sequence`; \"first\"/\"last\" are the first and last " +
               "window of the run (a minute each in runs of 3 minutes or more, else a third of the run). Measured after the ledger caught up."));
        Line();
        if (r.ControlLag is { } control)
        {
            Line(($"Control, without failed writes: during the approve phase of (b) ({r.Http.GetValueOrDefault("approve")?.Throughput ?? 0:N0} approvals/s, no concurrent approvals, nothing refused) " +
                   $"the event sequence had {control.Gaps:N0} holes in {control.Events:N0} events and the lag was **p50 {Ms(control.Lag.P50)}, p99 {Ms(control.Lag.P99)}** (max {Ms(control.Lag.Max)}); " +
                   $"the daemon skipped {control.Log.GapSkips} holes."));
            Line();
        }

        foreach (var run in new[] { r.AtRate, r.AtMaximum })
        {
            if (run?.Whole is null)
            {
                continue;
            }

            Line(($"### {(run.TargetRate is { } t ? $"At {t}/s" : "At the maximum")}"));
            Line();
            Line(($"- Registrations completed: **{run.Completed:N0} in {run.Elapsed.TotalSeconds:N1} s = {run.RegistrationsPerSecond:N0}/s** ({X(Ratio(run.RegistrationsPerSecond, r.BaselineRegistrationsPerSecond))} (a) registration), " +
                   $"{run.RequestsPerSecond:N0} requests/s{(run.TargetRate is not null ? ($"; {run.NotStarted:N0} due registrations could not start in time") : "")}. " +
                   $"A registration took p50 {Ms(run.Registration.Latency.Percentile(50))}, p99 {Ms(run.Registration.Latency.Percentile(99))}{(run.TargetRate is not null ? " from when it was due" : "")}."));
            Line(($"- Requests: submit {run.Submit.OutcomeText()} (p99 {Ms(run.Submit.Latency.Percentile(99))}); approve before accept {run.RefusedApprove.OutcomeText()}; confirm the review report {run.Confirm.OutcomeText()} (p99 {Ms(run.Confirm.Latency.Percentile(99))}); accept {run.Accept.OutcomeText()} (p99 {Ms(run.Accept.Latency.Percentile(99))}); " +
                   $"approve {run.Approve.OutcomeText()} (p99 {Ms(run.Approve.Latency.Percentile(99))}); two clerks at once {run.DoubleApprove.OutcomeText()}."));
            Line(($"- Global event sequence in the run: {run.Sequence.Events:N0} events, **{run.Sequence.Gaps:N0} holes**" +
                   (run.Log is { } log ? $"; the async daemon reported skipping a hole after waiting for it **{log.GapSkips} times, {Ms(log.MeanGapWait)} each on average** " +
                   $"({log.TotalGapWait.TotalSeconds:N1} s in all). The service logged {log.Errors:N0} lines at Error level (Marten logs each statement of a failed transaction, with its exception)." : ".")));
            Line(($"- Lag: **first {Seconds(run.Window)} p50 {Ms(run.First!.P50)}, p99 {Ms(run.First.P99)}; last {Seconds(run.Window)} p50 {Ms(run.Last!.P50)}, p99 {Ms(run.Last.P99)}**; whole run p50 {Ms(run.Whole.P50)}, p99 {Ms(run.Whole.P99)}, max {Ms(run.Whole.Max)} " +
                   $"(p99 = {X(LagRatio(r, run.Whole.P99))} the (a) approve p99). " +
                   (run.CaughtUp ? ($"The ledger caught up {run.CatchUp.TotalSeconds:N1} s after the last request.") : ($"**The ledger had not caught up {run.CatchUp.TotalSeconds:N0} s after the run: {run.Whole.Missing:N0} registrations uncertified.**"))));
            Line("- p99 lag by slice of the run: " + string.Join(", ", run.Series.Select(s => ($"{s.Start.TotalSeconds:N0} s: {Ms(s.P99)}"))) + ".");
            if (run.Cpu is { } cpu)
            {
                Line($"- CPU: {cpu.Text(r.Cores)}.");
            }

            var problems = new List<string>();
            if (run.TargetRate is { } target && run.RegistrationsPerSecond < 0.95 * target)
            {
                problems.Add(($"{target}/s was not reached ({run.RegistrationsPerSecond:N0}/s): {Saturation(run.Cpu, r.Cores)} A registration is four write transactions; (a) writes at most {r.BaselineRegistrationsPerSecond:N0} registrations/s on this machine, so {target}/s " +
                               (r.BaselineRegistrationsPerSecond < target ? "is beyond even the in-process floor here." : "needs the API at ≥ " + X(target / r.BaselineRegistrationsPerSecond) + " of it.")));
            }

            if (run.Whole.P99 >= (run.TargetRate is null ? TimeSpan.FromSeconds(5) : TimeSpan.FromSeconds(1)))
            {
                problems.Add(($"p99 lag {Ms(run.Whole.P99)}: ") + (run.Sequence.Gaps > 0
                    ? ($"the run left {run.Sequence.Gaps:N0} holes in the event sequence (the failed transactions of the concurrent approvals). The async daemon does not issue past a hole " +
                       $"until it has waited its stale-sequence threshold (≈ {Ms(run.Log?.MeanGapWait ?? TimeSpan.Zero)} here) with no transaction that could still fill it; it then skips everything up to its high-water mark at once. " +
                       "So every certificate behind a hole waits up to that threshold, whatever the load" +
                       (run.Sequence.Gaps * (run.Log?.MeanGapWait.TotalSeconds ?? 3) > run.Elapsed.TotalSeconds
                           ? ": here holes came faster than the threshold, so the daemon was nearly always waiting at one, and the lag is the threshold plus the time to the next skip and a batch — not a matter of CPU. "
                           : ". "))
                    : "") +
                    (r.ControlLag is { } floor ? $"Without holes (the control above) the lag was p50 {Ms(floor.Lag.P50)}, p99 {Ms(floor.Lag.P99)}: the floor that polling and batching give." : ""));
            }

            if (Growing(run))
            {
                problems.Add(($"lag grows from {Ms(run.First.P99)} to {Ms(run.Last.P99)} (p99): issuance does not keep up with this rate of registrations."));
            }

            foreach (var problem in problems)
            {
                Line($"- **Missed**: {problem}");
            }

            Line();
        }

        if (r.IssuanceAlone is { } issuance)
        {
            Line("### Issuance alone");
            Line();
            Line("For each data set of (h), assets were seeded with the service stopped (`AssetRegistry.dll seed`: each with its full application history, no certificate), and the service " +
                 "was then started on that database and left to certify them, with no request: how fast a freshly started service issues, batches of up to 2,000 events, one signed checkpoint " +
                 "each, from the start of the first batch (its checkpoint's `issued_at`) to the last certificate seen committed.");
            Line();
            Line("| seeded | seeding | service ready | certified | issuance | CPU while issuing |");
            Line("|---|---|---|---|---|---|");
            foreach (var step in r.Scale)
            {
                var i = step.Issuance;
                Line(($"| {i.Seeded:N0} | {i.SeedElapsed.TotalSeconds:N1} s ({i.SeedAssetsPerSecond:N0} assets/s = {X(Ratio(i.SeedAssetsPerSecond, r.BaselineRegistrationsPerSecond))} (a) registration) | {i.ToReady.TotalSeconds:N1} s | " +
                       $"first at {Opt(i.ToFirst)}, all at {Opt(i.ToDone)}{(i.Complete ? "" : $", only {i.CertificatesAfter - i.CertificatesBefore:N0} before the time limit")} | **{i.CertificatesPerSecond:N0}/s** ({i.Issuing.TotalSeconds:N1} s) | {(i.Cpu is { } c ? c.Text(r.Cores) : "—")} |"));
            }

            Line();
            if (r.Scale.Count == 2 && r.Scale[0].Issuance.CertificatesPerSecond < 0.8 * issuance.CertificatesPerSecond)
            {
                Line(($"The summary takes the larger set: {r.Scale[0].Issuance.Seeded:N0} certificates take about {r.Scale[0].Issuance.Issuing.TotalSeconds:N0} s, which a freshly started process " +
                       "spends largely in the JIT's first tier and in recompiling its hot paths; the larger set shows the rate it then keeps."));
                Line();
            }

            if (issuance.CertificatesPerSecond < 5000)
            {
                var perCertificate = r.Cpu.LastOrDefault(c => c.Phase.EndsWith(": issuance (after its first batch)", StringComparison.Ordinal));
                var cost = perCertificate.Use is { } u && perCertificate.Operations > 0
                    ? (Service: u.Service * u.Seconds * 1000 / perCertificate.Operations, Postgres: u.Postgres * u.Seconds * 1000 / perCertificate.Operations)
                    : (Service: 0.0, Postgres: 0.0);
                Line(($"**Missed (≥ 5,000/s)**: {Saturation(issuance.Cpu, r.Cores)} Issuance is one subscription on one node (hot/cold), one batch at a time: read the batch's events, fold each asset's state, canonicalise, hash, " +
                       "insert certificate and salt rows, sign one checkpoint, commit. " +
                       (cost.Service > 0
                           ? $"Each certificate cost {cost.Service:0.00} ms of the service's CPU and {cost.Postgres:0.00} ms of PostgreSQL's."
                           : "The service's CPU per certificate is the figure to lower.")));
                Line();
            }
        }
    }

    private static void ReadsSection(Results r, LineWriter Line)
    {
        if (r.HttpRead is not { } read)
        {
            return;
        }

        Line("## (d) Asset status reads");
        Line();
        Line(($"`GET /api/assets/{{number}}` with a bank's token, {r.Options.Clients} clients, {r.Options.ReadSeconds} s, over the assets registered in (b): **{read.Throughput:N0}/s, p50 {Ms(read.Latency.Percentile(50))}, p99 {Ms(read.Latency.Percentile(99))}** " +
               $"({read.OutcomeText()}). In process (a): {r.BaselineRead?.Throughput ?? 0:N0}/s, p99 {Ms(r.BaselineRead?.Latency.Percentile(99) ?? TimeSpan.Zero)}; ratio {X(Ratio(read.Throughput, r.BaselineRead?.Throughput ?? 0))}. " +
               $"CPU per read: {CpuPerOperation(r, "(d) HTTP read asset")} (in process: {CpuPerOperation(r, "(a) read asset")})."));
        if (r.HttpReadFewer is { } fewer)
        {
            Line();
            Line($"With {r.Options.Clients / 4} clients instead of {r.Options.Clients} ({fewer.Elapsed.TotalSeconds:N0} s): {fewer.Throughput:N0}/s, p50 {Ms(fewer.Latency.Percentile(50))}, p99 {Ms(fewer.Latency.Percentile(99))}.");
        }

        if (read.Throughput < 5000)
        {
            Line();
            Line($"**Missed (≥ 5,000/s)**: {Explain(r, "(d) HTTP read asset", "(a) read asset")}");
        }
        else if (read.Latency.Percentile(99) >= TimeSpan.FromMilliseconds(20))
        {
            var little = TimeSpan.FromSeconds(r.Options.Clients / read.Throughput);
            Line();
            Line($"**Missed (p99 < 20 ms; the throughput is met)**: with {r.Options.Clients} requests always in flight the mean latency is {r.Options.Clients} / {read.Throughput:N0} per second = {Ms(little)} (Little's law). " +
                 $"The tail is requests waiting for a core. {Saturation(r.Cpu.FirstOrDefault(c => c.Phase == "(d) HTTP read asset").Use, r.Cores)} The service's, PostgreSQL's, the client's and others' " +
                 "threads are time-sliced on 2 cores, and a request that loses its slice waits for the next." +
                 (r.HttpReadFewer is { } f ? $" With {r.Options.Clients / 4} clients the p99 is {Ms(f.Latency.Percentile(99))} at {f.Throughput:N0}/s." : ""));
        }

        Line();
    }

    private static void VerificationSection(Results r, LineWriter Line)
    {
        if (r.Verification is not { } v)
        {
            return;
        }

        Line("## (e) Offline bundle verification");
        Line();
        Line(($"{v.Bundles:N0} bundles fetched from `GET /api/certificates/{{number}}/bundle` ({r.BundleFetch?.Throughput ?? 0:N0}/s on 8 clients, p99 {Ms(r.BundleFetch?.Latency.Percentile(99) ?? TimeSpan.Zero)}), " +
               $"{v.Genuine:N0} genuine{(v.FirstFailure is { } failure ? $" (first failure: {failure})" : "")}; then, in the benchmark process with the service idle, `BundleVerifier.Verify(text)` " +
               $"of the library `AssetRegistry.Verification` with the keys of `GET /api/ledger/keys`, each bundle parsed from its text as a verifier reads a file, for {r.Options.VerifySeconds} s: " +
               $"**{v.PerSecondOneThread:N0}/s on one thread (one core)**, {v.PerSecondAllThreads:N0}/s on {v.Threads} threads. Baseline: one ECDSA P-256 signature check, {v.EcdsaVerifyPerSecondOneThread:N0}/s on one thread; " +
               $"a bundle costs {X(Ratio(v.EcdsaVerifyPerSecondOneThread, v.PerSecondOneThread))} of it."));
        if (v.PerSecondOneThread < 5000)
        {
            Line();
            Line(($"**Missed (≥ 5,000/s per core)**: the signature check alone allows {v.EcdsaVerifyPerSecondOneThread:N0}/s, so {1 - Ratio(v.PerSecondOneThread, v.EcdsaVerifyPerSecondOneThread):P0} of a bundle's time goes to " +
                   $"reading the bundle's JSON, the certificate's canonical form (RFC 8785) and the hashes of the proof. " +
                   (r.Cpu.FirstOrDefault(c => c.Phase == "(e) offline verification").Use is { } cpu
                       ? (cpu.Other < 0.2
                           ? $"Others' work took only {cpu.Other:0.00} cores during the loops, so the one-thread figure had a core to itself: it is this CPU's per-core rate."
                           : $"Others' work took {cpu.Other:0.00} cores during the loops, so the one thread shared its core at times: the figure is a floor for a dedicated core.")
                       : "")));
        }

        Line();
    }

    private static void AuditSection(Results r, LineWriter Line)
    {
        Line("## (f) Audit");
        Line();
        if (r.LedgerAudit is null && r.ScaleAudit is null)
        {
            Line("Not measured in this run.");
            Line();
            return;
        }

        foreach (var (audit, phase, what) in new[]
                 {
                     (r.LedgerAudit, "(f) audit", "the service's database, everything (a)–(e) built: the certificates of (b) and (c)"),
                     (r.ScaleAudit, $"(f) audit, (h) {r.Options.Assets:N0} assets", "the database of (h): its seeded assets and the registrations made on them"),
                 })
        {
            if (audit is not null)
            {
                AuditOf(r, audit, phase, what, Line);
            }
        }
    }

    private static void AuditOf(Results r, Results.Audit audit, string phase, string what, LineWriter Line)
    {
        Line(($"`AssetRegistry.dll audit` (service stopped) over {what}: " +
               $"**{audit.Certificates:N0} certificates in {audit.Reported.TotalSeconds:N1} s = {audit.CertificatesPerSecond:N0}/s** as the verb reports it, {audit.Wall.TotalSeconds:N1} s with process start-up; " +
               $"exit code {audit.ExitCode}{(audit.Passed ? ", everything matches" : "")}."));
        Line();
        Line("```");
        Line(audit.Summary);
        Line("```");
        if (audit.CertificatesPerSecond < 50_000)
        {
            Line();
            var (_, use, certificates) = r.Cpu.FirstOrDefault(c => c.Phase == phase);
            var cost = use is not null && certificates > 0 ? (use.Verbs + use.Postgres) * use.Seconds * 1000 / certificates : 0;
            Line($"**Missed (≥ 50,000/s)**: {Saturation(use, r.Cores)} The audit re-reads the event each certificate cites, canonicalises and hashes both again, recomputes every checkpoint root, " +
                 "and has PostgreSQL count the events that complete a registration to prove that none was left out of the ledger (a scan of all of `mt_events`, on a second connection while the verb checks certificates)" +
                 (cost > 0
                     ? $": {cost:0.000} ms of CPU per certificate (the verb and PostgreSQL together), so 50,000/s would need {cost * 50:0.0} cores" +
                       (cost * 50 <= r.Cores && use is not null
                           ? $", which {r.Cores} cores have: the shortfall is that only {use.MachineBusy:0.00} were kept busy — the checks that follow ledger order (gaps, chains, the Merkle frontier, checkpoints) run on one thread after each batch's parallel checks."
                           : $"; within {r.Cores} cores it must fall to {1000.0 * r.Cores / 50_000:0.000} ms.")
                     : ".") +
                 (certificates < 100_000 ? " A small ledger also pays the verb's fixed costs (start-up, connecting, the first queries) over few certificates." : ""));
        }

        Line();
    }

    private static void MemorySection(Results r, LineWriter Line)
    {
        Line("## (g) Memory");
        Line();
        Line(($"The service's peak resident set (`VmHWM` of `/proc/<pid>/status`, read before it was stopped): **{Mib(r.ServicePeakBytes ?? 0)}** over (b)–(e)" +
               string.Concat(r.Scale.Select(step => $"; {Mib(step.PeakBytes)} for the instance of (h) at {step.Assets:N0} assets (certifying {step.Issuance.Seeded:N0} seeded assets, then reading and registering)")) +
               $". Baseline: the benchmark process's own peak after (a) and (b), which held the same Marten store in process (and the HTTP clients): {Mib(r.BaselinePeakBytes ?? 0)} (ratio {X(Ratio(r.ServicePeakBytes ?? 0, r.BaselinePeakBytes ?? 0))})."));
        Line();
    }

    private static bool WithinScale(double throughputRatio, double p99Ratio) => throughputRatio >= 1 / 1.5 && p99Ratio <= 1.5;

    private static void ScaleSection(Results r, LineWriter Line)
    {
        if (r.Scale.Count == 0)
        {
            return;
        }

        Line($"## (h) {r.Options.SmallAssets:N0} and {r.Options.Assets:N0} assets");
        Line();
        Line(($"The same service, in a database of its own (`{BenchDatabase.ScaleDatabase}`). First `seed --assets {r.Options.SmallAssets} --random 42` into the empty database (the bulk path documented in the README: " +
               "each asset with its full application history, through Marten with the service's own options and domain code, one transaction per 1,000 assets), the service started on it and left to certify them " +
               $"((c) issuance alone), {r.Options.WarmUpSeconds} s of registrations and reads and 5 s at rest, not measured (the process is new: its JIT recompiles the hot paths in the background), then {r.Options.ReadSeconds} s of `GET /api/assets/{{number}}` by {r.Options.Clients} clients over up to {BenchmarkRun.ReadSample:N0} registration numbers drawn at random from every asset, " +
               $"then {r.Options.ScaleSeconds} s of registrations as fast as {r.Options.Clients} clients go (the mix of (c)). The service was stopped, `seed --random 43` brought the database up to " +
               $"{r.Options.Assets:N0} assets, and the same was done again on a fresh service process."));
        Line();
        Line("| | " + string.Join(" | ", r.Scale.Select(s => $"{s.Assets:N0} assets")) + (r.Scale.Count == 2 ? " | ratio | target |" : " |"));
        Line("|---|" + string.Concat(r.Scale.Select(_ => "---|")) + (r.Scale.Count == 2 ? "---|---|" : ""));
        void Row(string what, Func<Results.ScaleStep, string> cell, Func<Results.ScaleStep, double>? value = null, string target = "")
        {
            var ratio = r.Scale.Count == 2 && value is not null ? X(Ratio(value(r.Scale[1]), value(r.Scale[0]))) : "";
            Line($"| {what} | " + string.Join(" | ", r.Scale.Select(cell)) + (r.Scale.Count == 2 ? $" | {ratio} | {target} |" : " |"));
        }

        Row("seeded (this step)", s => $"{s.Issuance.Seeded:N0} in {s.Issuance.SeedElapsed.TotalSeconds:N0} s ({s.Issuance.SeedAssetsPerSecond:N0}/s)");
        Row("certified after start-up", s => $"{s.Issuance.Seeded:N0} in {s.Issuance.Issuing.TotalSeconds:N1} s ({s.Issuance.CertificatesPerSecond:N0}/s){(s.Issuance.Complete ? "" : ", INCOMPLETE")}", s => s.Issuance.CertificatesPerSecond);
        Row("database size", s => Mib(s.DatabaseBytes), s => s.DatabaseBytes);
        Row("reads/s", s => $"{s.Reads.Throughput:N0}", s => s.Reads.Throughput, "≥ 0.67×");
        Row("read p50", s => Ms(s.Reads.Latency.Percentile(50)), s => s.Reads.Latency.Percentile(50).TotalMilliseconds);
        Row("read p99", s => Ms(s.Reads.Latency.Percentile(99)), s => s.Reads.Latency.Percentile(99).TotalMilliseconds, "≤ 1.5×");
        Row("read outcomes", s => s.Reads.OutcomeText());
        Row("registrations/s", s => $"{s.Registrations.RegistrationsPerSecond:N0}", s => s.Registrations.RegistrationsPerSecond, "≥ 0.67×");
        Row("registration p50 (four requests)", s => Ms(s.Registrations.Registration.Latency.Percentile(50)), s => s.Registrations.Registration.Latency.Percentile(50).TotalMilliseconds);
        Row("registration p99", s => Ms(s.Registrations.Registration.Latency.Percentile(99)), s => s.Registrations.Registration.Latency.Percentile(99).TotalMilliseconds, "≤ 1.5×");
        Row("submit / confirm / accept / approve p99", s => $"{Ms(s.Registrations.Submit.Latency.Percentile(99))} / {Ms(s.Registrations.Confirm.Latency.Percentile(99))} / {Ms(s.Registrations.Accept.Latency.Percentile(99))} / {Ms(s.Registrations.Approve.Latency.Percentile(99))}");
        Row("certificate lag p50 / p99", s => s.Registrations.Whole is { } w ? $"{Ms(w.P50)} / {Ms(w.P99)}" : "—", s => s.Registrations.Whole?.P99.TotalMilliseconds ?? 0);
        Row("holes in the event sequence", s => $"{s.Registrations.Sequence.Gaps:N0} in {s.Registrations.Sequence.Events:N0} events");
        Row("service peak resident set", s => Mib(s.PeakBytes), s => s.PeakBytes, "< 1 GiB");
        Line();
        if (r.Scale is [var small, var large])
        {
            var verdicts = new[]
            {
                ("reads", WithinScale(Ratio(large.Reads.Throughput, small.Reads.Throughput), Ratio(large.Reads.Latency.Percentile(99).TotalMilliseconds, small.Reads.Latency.Percentile(99).TotalMilliseconds))),
                ("registrations", WithinScale(Ratio(large.Registrations.RegistrationsPerSecond, small.Registrations.RegistrationsPerSecond),
                    Ratio(large.Registrations.Registration.Latency.Percentile(99).TotalMilliseconds, small.Registrations.Registration.Latency.Percentile(99).TotalMilliseconds))),
                ("peak memory", large.PeakBytes < 1L << 30),
            };
            Line(string.Join(" ", verdicts.Select(v => $"**{(v.Item2 ? "Met" : "Missed")}**: {v.Item1}.")) +
                 " Registrations and reads are each one asset's and one application's rows, found by primary key or a unique index; nothing on either path counts, scans or " +
                 "locks what grows with the number of assets. CPU by phase is in [Where the time goes](#where-the-time-goes).");
            Line();
        }
    }

    private static void CpuSection(Results r, LineWriter Line)
    {
        Line("## Where the time goes");
        Line();
        Line(($"`dotnet-counters` and `dotnet-trace` are not installed here. Instead, /proc was sampled at the start and end of each phase: the whole machine " +
               $"(`/proc/stat`), the service process, the PostgreSQL cluster (postmaster and all its backends), the benchmark process (the clients; in (a) Marten itself, and there the service column is the idle service, not counted in the cost), " +
               $"and the `seed`/`audit` verbs; \"other\" is the rest of the machine — other engineers' work. In average cores busy, of {r.Cores}:"));
        Line();
        Line("| phase | seconds | machine | service | PostgreSQL | client | verb | other | operations | CPU ms per operation |");
        Line("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var (phase, use, operations) in r.Cpu)
        {
            var perOperation = operations > 0 ? CpuPerOperation(r, phase) : "";
            Line(($"| {phase} | {use.Seconds:N1} | {use.MachineBusy:0.00} | {use.Service:0.00} | {use.Postgres:0.00} | {use.Client:0.00} | {use.Verbs:0.00} | {use.Other:0.00} | {operations:N0} | {perOperation} |"));
        }

        Line();
    }

    private static void RunningSection(Results r, LineWriter Line)
    {
        Line("## Running it");
        Line();
        Line("```bash");
        Line("dotnet run -c Release --project bench/AssetRegistry.Benchmark                    # the default run, with a million assets in (h); writes this file");
        Line("dotnet run -c Release --project bench/AssetRegistry.Benchmark -- --assets 50000  # a quicker run: (h) compares 10,000 with 50,000 assets");
        Line("dotnet run -c Release --project bench/AssetRegistry.Benchmark -- --duration 300  # 5-minute sustained runs: \"first/last minute\" are minutes");
        Line("dotnet run -c Release --project bench/AssetRegistry.Benchmark -- --help          # every option; --output - writes no file, --keep keeps the cluster and service.log");
        Line("```");
        Line();
        Line("It needs only what the tests need: the .NET SDK and PostgreSQL's server binaries. It builds the service in Release with itself (project reference), starts a " +
             "private PostgreSQL in a temporary folder and removes it afterwards. It is not part of the test suite: `tests/run.sh` (and so `.ci/run`) builds it with the " +
             "solution but never runs it.");
        Line();
        Line("Not measured: many nodes (the service runs hot/cold on one); registrations other than initial ones; uploads per registration (one review report per " +
             "enterprise, uploaded before the runs); `Idempotency-Key` requests; HTTPS; a client on another machine.");
    }

    private static string Explain(Results r, string phase, string baselinePhase)
    {
        var use = r.Cpu.FirstOrDefault(c => c.Phase == phase);
        var baseline = r.Cpu.FirstOrDefault(c => c.Phase == baselinePhase);
        if (use.Use is null || use.Operations == 0)
        {
            return "no CPU sample for this phase.";
        }

        var cost = CpuPerOperation(r, phase);
        var baseCost = baseline.Use is null ? "?" : CpuPerOperation(r, baselinePhase);
        var postgres = use.Use.Postgres * use.Use.Seconds * 1000 / use.Operations;
        var basePostgres = baseline.Use is { } b && baseline.Operations > 0 ? b.Postgres * b.Seconds * 1000 / baseline.Operations : 0;
        return $"{Saturation(use.Use, r.Cores)} One operation cost {cost} of CPU against {baseCost} in process: with the cores saturated, throughput is the cores divided by " +
               "that cost. What the API adds is the difference: the service's own work — Kestrel, JWT validation, routing, Wolverine's pipeline and transaction middleware, " +
               "JSON both ways — in place of Marten's share in the benchmark, the client's HTTP work on the same cores" +
               (basePostgres > 0 && postgres > basePostgres * 1.15
                   ? $", and more work in PostgreSQL itself: {postgres:0.00} ms per operation against {basePostgres:0.00} ms" + PostgresWithReads(r, baselinePhase) + "."
                   : ".");
    }

    /// <summary>PostgreSQL's CPU per operation in (a) writes + reads, the in-process run that also makes the handler's reads.</summary>
    private static string PostgresWithReads(Results r, string baselinePhase)
    {
        var (_, use, operations) = r.Cpu.FirstOrDefault(c => c.Phase == baselinePhase.Replace("writes:", "writes + reads:", StringComparison.Ordinal));
        return baselinePhase.Contains("writes:", StringComparison.Ordinal) && use is not null && operations > 0
            ? $" ({PerOp(use.Postgres, use, operations)} ms in process with the handler's reads too)"
            : "";
    }

    private static string Saturation(CpuUse? use, int cores)
    {
        if (use is null)
        {
            return "(The run was too short to sample the CPU of this phase.)";
        }

        var who = $"service {use.Service:0.00}, PostgreSQL {use.Postgres:0.00}, client {use.Client:0.00}" + (use.Verbs > 0.005 ? $", the verb {use.Verbs:0.00}" : "") + $", others' work {use.Other:0.00}";
        return use.MachineBusy >= 0.85 * cores
            ? $"The {cores} cores were saturated ({use.MachineBusy:0.00} busy: {who})."
            : $"The {cores} cores were not saturated ({use.MachineBusy:0.00} busy: {who}): the time went to waiting (I/O, round trips, locks) or to work that does not spread over both cores.";
    }

    /// <summary>CPU per operation: in (a) Marten (the benchmark process) + PostgreSQL; through the API service + PostgreSQL + client.</summary>
    private static string CpuPerOperation(Results r, string phase)
    {
        var (_, use, operations) = r.Cpu.FirstOrDefault(c => c.Phase == phase);
        if (use is null || operations == 0)
        {
            return "—";
        }

        if (use.Verbs > 0.005)
        {
            return $"{PerOp(use.Verbs + use.Postgres, use, operations)} ms (verb {PerOp(use.Verbs, use, operations)} + PostgreSQL {PerOp(use.Postgres, use, operations)})";
        }

        return InProcess(phase)
            ? $"{PerOp(use.Client + use.Postgres, use, operations)} ms (Marten {PerOp(use.Client, use, operations)} + PostgreSQL {PerOp(use.Postgres, use, operations)})"
            : $"{PerOp(use.Service + use.Postgres + use.Client, use, operations)} ms (service {PerOp(use.Service, use, operations)} + PostgreSQL {PerOp(use.Postgres, use, operations)} + client {PerOp(use.Client, use, operations)})";
    }

    private static bool InProcess(string phase) => phase.StartsWith("(a)", StringComparison.Ordinal);

    private static string PerOp(double cores, CpuUse use, long operations) => ($"{cores * use.Seconds * 1000 / operations:0.00}");

    private static bool Growing(SustainedRun.Result run) =>
        run.First is not null && run.Last is not null && run.Last.P99 > run.First.P99 * 1.5 + TimeSpan.FromMilliseconds(250);

    private static double LagRatio(Results r, TimeSpan lag) =>
        r.Baseline.GetValueOrDefault("writes")?.GetValueOrDefault("approve") is { } approve ? Ratio(lag.TotalMilliseconds, approve.Latency.Percentile(99).TotalMilliseconds) : 0;

    private static double Ratio(double value, double baseline) => baseline > 0 ? value / baseline : 0;

    private static string X(double ratio) => ratio >= 10 ? ($"{ratio:N0}×") : ($"{ratio:0.00}×");

    private static string Verdict(bool met) => met ? "met" : "**missed**";

    private static string Ms(TimeSpan span) => BenchmarkRun.Ms(span);

    private static string Seconds(TimeSpan span) => ($"{span.TotalSeconds:N0} s");

    private static string Opt(TimeSpan? span) => span is { } s ? ($"{s.TotalSeconds:N1} s") : "never";

    private static string Mib(long bytes) => ($"{bytes / 1048576.0:N0} MiB");

}
