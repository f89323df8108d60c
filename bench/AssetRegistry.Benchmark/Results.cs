namespace AssetRegistry.Benchmark;

/// <summary>Everything one run measured, for the console and for docs/performance.md.</summary>
internal sealed class Results
{
    public required BenchOptions Options { get; init; }
    public DateTimeOffset Started { get; } = DateTimeOffset.UtcNow;
    public DateTimeOffset Finished { get; set; }
    public string CpuModel { get; } = Machine.CpuModel();
    public long MemoryBytes { get; } = Machine.MemoryBytes();
    public int Cores { get; } = Machine.Cores;
    public string Kernel { get; } = Machine.Run("uname", "-r");
    public string DotnetVersion { get; } = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription;
    public string LoadAverageAtStart { get; } = Machine.LoadAverage();
    public string LoadAverageAtEnd { get; set; } = "";
    public string PostgresSettings { get; set; } = "";
    public string ServiceDll { get; set; } = "";
    public string Commit { get; set; } = "";
    public IReadOnlyList<string> UncommittedSource { get; set; } = [];
    public bool BenchIsRelease { get; set; }

    /// <summary>(a) by variant ("writes", "writes + reads") and operation.</summary>
    public Dictionary<string, Dictionary<string, OperationStats>> Baseline { get; } = new(StringComparer.Ordinal);
    public OperationStats? BaselineRead { get; set; }
    public long? BaselinePeakBytes { get; set; }

    /// <summary>(b) by operation; uploads made once per enterprise before it.</summary>
    public Dictionary<string, OperationStats> Http { get; } = new(StringComparer.Ordinal);
    public TimeSpan? ServiceStartUp { get; set; }

    /// <summary>Onboarding every client's enterprise (upload, submit, a clerk's approval) before it applies: not part of (b).</summary>
    public OperationStats? Onboarding { get; set; }
    public TimeSpan? LedgerCatchUpAfterHttp { get; set; }

    /// <summary>Lag while (b) approved, with no refused or failed writes: the control for (c).</summary>
    public Control? ControlLag { get; set; }

    public sealed record Control(LagStats Lag, long Events, long Gaps, ServiceLog.Summary Log);

    public SustainedRun.Result? AtRate { get; set; }
    public SustainedRun.Result? AtMaximum { get; set; }

    public OperationStats? HttpRead { get; set; }
    public OperationStats? TileRead { get; set; }
    public OperationStats? BundleRead { get; set; }

    /// <summary>(d) again with a quarter of the clients, to show the latency when the cores are not oversubscribed.</summary>
    public OperationStats? HttpReadFewer { get; set; }

    public OperationStats? BundleFetch { get; set; }
    public OfflineVerification.Result? Verification { get; set; }

    public long? ServicePeakBytes { get; set; }

    /// <summary>(c) issuance alone: a freshly started service certifying the assets seeded for the larger data set of (h).</summary>
    public Issuance? IssuanceAlone => Scale.Count > 0 ? Scale[^1].Issuance : null;

    /// <summary>(f) of what (a)–(e) built.</summary>
    public Audit? LedgerAudit { get; set; }

    /// <summary>(h) the same service on the smaller, then the larger data set, in its own database.</summary>
    public List<ScaleStep> Scale { get; } = [];

    /// <summary>(f) of the larger data set of (h).</summary>
    public Audit? ScaleAudit { get; set; }

    /// <summary>CPU use by phase, in the order the phases ran.</summary>
    public List<(string Phase, CpuUse Use, long Operations)> Cpu { get; } = [];

    public List<string> Notes { get; } = [];

    public sealed record Issuance(int Seeded, TimeSpan SeedElapsed, double SeedAssetsPerSecond, long CertificatesBefore, long CertificatesAfter,
        TimeSpan ToReady, TimeSpan? ToFirst, TimeSpan? ToDone, TimeSpan Issuing, double CertificatesPerSecond, bool Complete, CpuUse? Cpu);

    /// <summary>
    /// One size of (h): assets in the database when its measurements began, how they were seeded and certified,
    /// then the reads and registrations on them, the database's size and the service instance's peak resident set.
    /// </summary>
    public sealed record ScaleStep(long Assets, Issuance Issuance, OperationStats Reads, int ReadSample, SustainedRun.Result Registrations, long PeakBytes, long DatabaseBytes);

    public sealed record Audit(int ExitCode, bool Passed, long Certificates, double CertificatesPerSecond, TimeSpan Reported, TimeSpan Wall, string Summary);

    /// <summary>One registration written in process — its four transactions one after another — per second: 1 / (1/s + 1/c + 1/a + 1/p).</summary>
    public double BaselineRegistrationsPerSecond
    {
        get
        {
            if (!Baseline.TryGetValue("writes", out var writes) || writes.Count < 4 || writes.Values.Any(o => o.Throughput <= 0))
            {
                return 0;
            }

            return 1 / writes.Values.Sum(o => 1 / o.Throughput);
        }
    }
}
