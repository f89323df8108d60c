using System.Globalization;

namespace AssetRegistry.Benchmark;

/// <summary>
/// Where the machine's CPU time went during a phase, from /proc: the whole machine (/proc/stat), this process (the
/// load-generating client), the service process, and the PostgreSQL cluster (the postmaster and its children,
/// including children that ended, which the postmaster reaped). The rest is everything else on the machine —
/// other engineers' builds and tests while this ran.
/// </summary>
internal sealed class CpuSampler
{
    private static readonly double TicksPerSecond = 100.0; // USER_HZ on Linux

    public Func<int?> ServicePid { get; set; } = () => null;
    public Func<int?> PostmasterPid { get; set; } = () => null;

    public Snapshot Take()
    {
        var self = ProcessTicks(Environment.ProcessId, includeReaped: false);
        return new(DateTime.UtcNow, MachineBusyAndTotal(), self, ProcessTicks(Environment.ProcessId, includeReaped: true) - self,
            ServicePid() is { } service ? ProcessTicks(service, includeReaped: false) : 0, PostmasterPid() is { } postmaster ? TreeTicks(postmaster) : 0, ServicePid());
    }

    public static CpuUse Between(Snapshot start, Snapshot end)
    {
        var seconds = (end.At - start.At).TotalSeconds;
        double Cores(double ticks) => seconds > 0 ? ticks / TicksPerSecond / seconds : 0;
        var busy = end.Machine.Busy - start.Machine.Busy;
        var total = end.Machine.Total - start.Machine.Total;
        // A service that was restarted between the two snapshots: count only the new one's time.
        var service = end.ServicePid == start.ServicePid ? end.Service - start.Service : end.Service;
        var client = end.Client - start.Client;
        var postgres = end.Postgres - start.Postgres;
        var verbs = Math.Max(0, end.Verbs - start.Verbs);
        var machineBusy = total > 0 ? (double)busy / total * Machine.Cores : 0;
        var other = Math.Max(0, machineBusy - Cores(client) - Cores(service) - Cores(postgres) - Cores(verbs));
        return new CpuUse(seconds, machineBusy, Cores(service), Cores(postgres), Cores(client), Cores(verbs), other);
    }

    private static (long Busy, long Total) MachineBusyAndTotal()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq steal (guest time is already in user)
        var total = fields.Take(8).Sum();
        var idle = fields[3] + fields[4];
        return (total - idle, total);
    }

    private static long ProcessTicks(int pid, bool includeReaped)
    {
        var fields = StatFields(pid);
        if (fields is null)
        {
            return 0;
        }

        // After the ")" of the command: field 3 is state; utime is field 14, stime 15, cutime 16, cstime 17.
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        if (includeReaped)
        {
            ticks += long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
        }

        return ticks;
    }

    /// <summary>
    /// The cluster's CPU: the postmaster's own and what it reaped (cutime), plus each live child's. A backend reaped
    /// between the two reads would be counted by neither, so the postmaster is read again and the sum retaken until
    /// nothing was reaped meanwhile.
    /// </summary>
    private static long TreeTicks(int root)
    {
        var total = 0L;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var rootBefore = ProcessTicks(root, includeReaped: true);
            total = rootBefore + ChildrenTicks(root);
            if (ProcessTicks(root, includeReaped: true) == rootBefore)
            {
                break;
            }
        }

        return total;
    }

    private static long ChildrenTicks(int root)
    {
        var total = 0L;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid == root)
            {
                continue;
            }

            var fields = StatFields(pid);
            if (fields is not null && fields[1] == root.ToString(CultureInfo.InvariantCulture))
            {
                total += ProcessTicks(pid, includeReaped: true);
            }
        }

        return total;
    }

    /// <summary>The fields of /proc/pid/stat after the command name: [0] is the state, [1] the parent's pid.</summary>
    private static string[]? StatFields(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            return text[(text.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <param name="Verbs">CPU of the service's verbs (seed, audit) this process ran and waited for.</param>
    public sealed record Snapshot(DateTime At, (long Busy, long Total) Machine, long Client, long Verbs, long Service, long Postgres, int? ServicePid);
}

/// <summary>Average cores in use during a phase, by whom (of <see cref="Machine.Cores"/>).</summary>
internal sealed record CpuUse(double Seconds, double MachineBusy, double Service, double Postgres, double Client, double Verbs, double Other)
{
    public string Text(int cores) => (
        $"{MachineBusy:0.00} of {cores} cores busy: service {Service:0.00}, PostgreSQL {Postgres:0.00}, client {Client:0.00}, " +
        (Verbs > 0.005 ? $"seed/audit verb {Verbs:0.00}, " : "") + $"other {Other:0.00}");
}
