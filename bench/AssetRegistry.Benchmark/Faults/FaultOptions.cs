using System.Globalization;

namespace AssetRegistry.Benchmark.Faults;

/// <summary>The fault run's command line (<c>faults</c>). Every loop it runs is bounded by a rate and a duration given here.</summary>
internal sealed record FaultOptions
{
    public const string Usage = """
        usage: dotnet run -c Release --project bench/AssetRegistry.Benchmark -- faults [options]
          --nodes N          service processes on one PostgreSQL (default 3)
          --rate R           registration chains started per second over all nodes (default 2): each chain is an initial
                             registration, then a license, a transfer and a cancellation on its asset, or an objection
          --reads R          asset reads per second (default 40)
          --verifications R  certificate verifications per second (default 4)
          --phase S          seconds of load before the first fault and after each (default 20)
          --pause S          seconds a node is stopped with SIGSTOP (default: its lease + 5 s)
          --smoke            two nodes, one kill -9 of the leader, short phases: fails only on anything lost or recorded
                             twice or no recovery within 60 s (what .ci/run runs)
          --measure S        no faults: S seconds of the offered load; p99 and CPU per registration (docs/performance.md)
          --service-dll P    the service to run (default src/AssetRegistry/bin/Release/net10.0/AssetRegistry.dll)
          --keep             keep the temporary folder (PostgreSQL, the nodes' logs)
        """;

    public int Nodes { get; init; } = 3;
    public double Rate { get; init; } = 2;
    public double Reads { get; init; } = 40;
    public double Verifications { get; init; } = 4;
    public int PhaseSeconds { get; init; } = 20;
    public int? PauseSeconds { get; init; }
    public bool Smoke { get; init; }
    public int? MeasureSeconds { get; init; }
    public string? ServiceDll { get; init; }
    public bool Keep { get; init; }

    /// <summary>The nodes' leadership lease (the service's default) and how often they renew it.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(10);

    public static FaultOptions? Parse(IReadOnlyList<string> args)
    {
        var options = new FaultOptions();
        var nodesGiven = false;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{args[i]} needs a value");
            double Positive()
            {
                var name = args[i];
                var value = double.Parse(Value(), NumberStyles.Float, CultureInfo.InvariantCulture);
                return value > 0 && value <= 10_000 ? value : throw new FormatException($"{name} must be from 0 to 10000");
            }

            try
            {
                options = args[i] switch
                {
                    "--nodes" => options with { Nodes = (int)Positive() },
                    "--rate" => options with { Rate = Positive() },
                    "--reads" => options with { Reads = Positive() },
                    "--verifications" => options with { Verifications = Positive() },
                    "--phase" => options with { PhaseSeconds = (int)Positive() },
                    "--pause" => options with { PauseSeconds = (int)Positive() },
                    "--smoke" => options with { Smoke = true },
                    "--measure" => options with { MeasureSeconds = (int)Positive() },
                    "--service-dll" => options with { ServiceDll = Value() },
                    "--keep" => options with { Keep = true },
                    _ => throw new FormatException($"unknown option {args[i]}"),
                };
                nodesGiven |= args[i] == "--nodes";
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine(e.Message);
                return null;
            }
        }

        if (options.Smoke)
        {
            options = options with { Nodes = nodesGiven ? options.Nodes : 2, PhaseSeconds = Math.Min(options.PhaseSeconds, 8) };
        }

        if (options.Nodes < (options.MeasureSeconds is null ? 2 : 1) || options.Nodes > 9)
        {
            Console.Error.WriteLine("--nodes must be from 2 to 9 (from 1 with --measure)");
            return null;
        }

        return options;
    }
}
