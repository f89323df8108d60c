using System.Globalization;

namespace AssetRegistry.Benchmark;

/// <summary>The command line. Every loop the benchmark runs is bounded by a count or a duration given here.</summary>
internal sealed record BenchOptions
{
    public const string Usage = """
        usage: dotnet run -c Release --project bench/AssetRegistry.Benchmark -- [options]
          --registrations N  registrations per operation in (a) and (b): N submits, N accepts, N approves (default 3000)
          --clients C        concurrent clients (default 32)
          --duration S       seconds of each sustained run in (c): at --rate, then at the maximum (default 60)
          --rate R           registrations/s of the first sustained run (default 500)
          --small-assets N   (h) the smaller data set, seeded with the service stopped; also (c) issuance alone (default 10000)
          --assets N         (h) the larger data set: seeded up to N assets, then reads and registrations again (default 1000000)
          --scale-seconds S  seconds of each registration run in (h) (default 30)
          --read-seconds S   seconds of the asset-status read run (d) (default 15)
          --warm-up S        seconds of registrations and reads before measuring a freshly started service (default 10)
          --verify-seconds S seconds of each offline verification loop (e) (default 10)
          --bundles N        bundles fetched for (e) (default 1000)
          --output FILE      where to write the report (default docs/performance.md; "-" for none)
          --keep             keep the temporary folder (PostgreSQL cluster, service logs) for inspection
        """;

    public int Registrations { get; init; } = 3000;
    public int Clients { get; init; } = 32;
    public int DurationSeconds { get; init; } = 60;
    public int Rate { get; init; } = 500;
    public int SmallAssets { get; init; } = 10_000;
    public int Assets { get; init; } = 1_000_000;
    public int ScaleSeconds { get; init; } = 30;
    public int ReadSeconds { get; init; } = 15;
    public int WarmUpSeconds { get; init; } = 10;
    public int VerifySeconds { get; init; } = 10;
    public int Bundles { get; init; } = 1000;
    public string? Output { get; init; } = "docs/performance.md";
    public bool Keep { get; init; }
    public IReadOnlyList<string> Arguments { get; init; } = [];

    public static BenchOptions? Parse(string[] args)
    {
        var options = new BenchOptions { Arguments = args };
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{args[i]} needs a value");
            int Number()
            {
                var name = args[i];
                var value = int.Parse(Value(), NumberStyles.None, CultureInfo.InvariantCulture);
                return value > 0 ? value : throw new FormatException($"{name} must be positive");
            }

            try
            {
                options = args[i] switch
                {
                    "--registrations" => options with { Registrations = Number() },
                    "--clients" => options with { Clients = Number() },
                    "--duration" => options with { DurationSeconds = Number() },
                    "--rate" => options with { Rate = Number() },
                    "--small-assets" => options with { SmallAssets = Number() },
                    "--assets" => options with { Assets = Number() },
                    "--scale-seconds" => options with { ScaleSeconds = Number() },
                    "--read-seconds" => options with { ReadSeconds = Number() },
                    "--warm-up" => options with { WarmUpSeconds = Number() },
                    "--verify-seconds" => options with { VerifySeconds = Number() },
                    "--bundles" => options with { Bundles = Number() },
                    "--output" => options with { Output = Value() is "-" ? null : args[i] },
                    "--keep" => options with { Keep = true },
                    _ => throw new FormatException($"unknown option {args[i]}"),
                };
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine(e.Message);
                return null;
            }
        }

        if (options.Assets <= options.SmallAssets)
        {
            Console.Error.WriteLine("--assets must be larger than --small-assets");
            return null;
        }

        return options;
    }

    public string Command => "dotnet run -c Release --project bench/AssetRegistry.Benchmark" + (Arguments.Count > 0 ? " -- " + string.Join(' ', Arguments) : "");
}
