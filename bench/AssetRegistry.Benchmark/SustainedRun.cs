using System.Diagnostics;

namespace AssetRegistry.Benchmark;

/// <summary>
/// (c) Registrations through the API for a fixed time — submit, confirm the review report, accept, approve, each by its own actor — at a fixed
/// arrival rate (open loop: a registration starts when it is due, whatever happened to the earlier ones, with at
/// most <c>clients</c> in flight) or as fast as the clients go (closed loop). Refused and failed writes are in the
/// mix: a third of registrations first get an approval before acceptance (refused: it writes nothing), ≈10 % of all
/// requests; 5 % are approved by two clerks at once (one commits, the other's transaction fails on the application's
/// version after it has been sent, and is then refused), which can leave holes in the global event sequence.
/// </summary>
internal sealed class SustainedRun(RegistryClient client, Parties parties, IReadOnlyDictionary<int, string> reports)
{
    public const double RefusedApprovalShare = 1.0 / 3;
    public const double DoubleApprovalShare = 0.05;

    public sealed class Result(string label, int? rate)
    {
        public string Label { get; } = label;
        public int? TargetRate { get; } = rate;
        public OperationStats Submit { get; } = new("submit");
        public OperationStats Confirm { get; } = new("confirm");
        public OperationStats Accept { get; } = new("accept");
        public OperationStats Approve { get; } = new("approve");
        public OperationStats RefusedApprove { get; } = new("approve before accept");
        public OperationStats DoubleApprove { get; } = new("two clerks approve at once");
        public OperationStats Registration { get; } = new("registration (from its due time)");
        public long Started;
        public long Completed;
        public long NotStarted;
        public TimeSpan Elapsed { get; set; }
        public DateTimeOffset From { get; set; }
        public DateTimeOffset To { get; set; }
        public double RegistrationsPerSecond => Elapsed > TimeSpan.Zero ? Completed / Elapsed.TotalSeconds : 0;
        public long Requests => Submit.Total + Confirm.Total + Accept.Total + Approve.Total + RefusedApprove.Total + DoubleApprove.Total;
        public double RequestsPerSecond => Elapsed > TimeSpan.Zero ? Requests / Elapsed.TotalSeconds : 0;
        public bool CaughtUp { get; set; }
        public TimeSpan CatchUp { get; set; }
        public LagStats? First { get; set; }
        public LagStats? Last { get; set; }
        public LagStats? Whole { get; set; }
        public TimeSpan Window { get; set; }
        public IReadOnlyList<(TimeSpan Start, TimeSpan P99)> Series { get; set; } = [];
        public (long Events, long Gaps) Sequence { get; set; }
        public CpuUse? Cpu { get; set; }
        public ServiceLog.Summary? Log { get; set; }
    }

    /// <summary>Registrations started at <paramref name="rate"/> per second for <paramref name="duration"/>.</summary>
    public async Task<Result> AtRateAsync(int rate, TimeSpan duration, int maxInFlight)
    {
        var result = new Result($"{rate}/s", rate);
        using var slots = new SemaphoreSlim(maxInFlight);
        var running = new List<Task>();
        var clock = Stopwatch.StartNew();
        long started = 0;
        while (clock.Elapsed < duration)
        {
            var due = (long)(clock.Elapsed.TotalSeconds * rate);
            while (started < due && clock.Elapsed < duration)
            {
                var dueAt = TimeSpan.FromSeconds(started / (double)rate);
                if (!await slots.WaitAsync(TimeSpan.FromMilliseconds(50)))
                {
                    // All clients busy: this one waits; its latency counts from when it was due.
                    continue;
                }

                var index = started++;
                running.Add(Task.Run(async () =>
                {
                    try
                    {
                        await RegisterAsync(result, (int)(index % parties.Slots.Count), clock, dueAt);
                    }
                    finally
                    {
                        slots.Release();
                    }
                }));
            }

            await Task.Delay(2);
        }

        result.NotStarted = (long)(duration.TotalSeconds * rate) - started;
        result.Started = started;
        await Task.WhenAll(running);
        result.Elapsed = clock.Elapsed;
        return result;
    }

    /// <summary>Registrations back to back on <paramref name="clients"/> clients for <paramref name="duration"/>.</summary>
    public async Task<Result> AtMaximumAsync(TimeSpan duration, int clients)
    {
        var result = new Result("maximum", null);
        var clock = Stopwatch.StartNew();
        result.Elapsed = await Load.ForDurationAsync(duration, clients, async (slot, _) =>
        {
            Interlocked.Increment(ref result.Started);
            await RegisterAsync(result, slot % parties.Slots.Count, clock, clock.Elapsed);
        });
        return result;
    }

    private async Task RegisterAsync(Result result, int slotIndex, Stopwatch clock, TimeSpan dueAt)
    {
        var slot = parties.Slots[slotIndex];
        var application = RegistryClient.InitialApplication(reports[slotIndex], Random.Shared);
        var id = await result.Submit.TimeAsync(() => client.SubmitAsync(slot.Enterprise, application));
        if (id is null)
        {
            return;
        }

        if (Random.Shared.NextDouble() < RefusedApprovalShare)
        {
            await result.RefusedApprove.TimeAsync(() => client.ApproveAsync(slot.Approving, id));
        }

        if (!await result.Confirm.TimeAsync(() => client.ConfirmReviewReportAsync(parties.Reviewer, id))
            || !await result.Accept.TimeAsync(() => client.AcceptAsync(slot.Accepting, id)))
        {
            return;
        }

        string? registered;
        if (Random.Shared.NextDouble() < DoubleApprovalShare)
        {
            var both = await Task.WhenAll(
                result.DoubleApprove.TimeAsync(() => client.ApproveAsync(slot.Approving, id)),
                result.DoubleApprove.TimeAsync(() => client.ApproveAsync(slot.SecondApproving, id)));
            registered = both.FirstOrDefault(n => n is not null);
        }
        else
        {
            registered = await result.Approve.TimeAsync(() => client.ApproveAsync(slot.Approving, id));
        }

        if (registered is not null)
        {
            Interlocked.Increment(ref result.Completed);
            result.Registration.Record("ok", clock.Elapsed - dueAt);
        }
    }
}
