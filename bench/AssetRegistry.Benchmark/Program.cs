using System.Globalization;
using AssetRegistry.Benchmark;
using AssetRegistry.Benchmark.Faults;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// Several nodes on one PostgreSQL and the faults they must survive: README, "Several nodes and their faults".
if (args is ["faults", ..])
{
    if (args is [_, "--help" or "-h"] || FaultOptions.Parse(args[1..]) is not { } faults)
    {
        Console.Error.WriteLine(FaultOptions.Usage);
        return args is [_, "--help" or "-h"] ? 0 : 2;
    }

    Interruption.Install();
    var faultFolder = Path.Combine(Path.GetTempPath(), $"asset-registry-faults-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}");
    Directory.CreateDirectory(faultFolder);
    if (!OperatingSystem.IsWindows())
    {
        File.SetUnixFileMode(faultFolder, (UnixFileMode)0b111_101_101);
    }

    int outcome;
    using (var run = new FaultRun(faults, FindRepository(), faultFolder))
    {
        outcome = await run.RunAsync();
    }

    if (faults.Keep)
    {
        Console.Error.WriteLine($"kept {faultFolder} (node-N.log, audit.log, postgres/)");
    }
    else
    {
        try
        {
            Directory.Delete(faultFolder, recursive: true);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"could not remove {faultFolder}: {e.Message}");
        }
    }

    return outcome;
}

// The registry's performance, measured on the code users run: see docs/performance.md and README "Benchmark".
if (args is ["--help" or "-h"] || BenchOptions.Parse(args) is not { } options)
{
    Console.Error.WriteLine(BenchOptions.Usage);
    return args is ["--help" or "-h"] ? 0 : 2;
}

Interruption.Install();
var repository = FindRepository();
var folder = Path.Combine(Path.GetTempPath(), $"asset-registry-bench-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}");
Directory.CreateDirectory(folder);
// As root the cluster runs as user postgres, which must be able to enter this folder.
if (!OperatingSystem.IsWindows())
{
    File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
}

Results results;
try
{
    results = await new BenchmarkRun(options, repository, folder).RunAsync();
}
finally
{
    if (!options.Keep)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"could not remove {folder}: {e.Message}");
        }
    }
    else
    {
        Console.Error.WriteLine($"kept {folder} (service.log, postgres/)");
    }
}

var report = Report.Markdown(results);
Console.WriteLine(report);
if (options.Output is { } output)
{
    var path = Path.IsPathRooted(output) ? output : Path.Combine(repository, output);
    // The section on several nodes comes from the fault run (--measure), not from this run: it is kept as it was.
    const string severalNodes = "\n## Several nodes";
    var previous = File.Exists(path) ? await File.ReadAllTextAsync(path) : "";
    var at = previous.IndexOf(severalNodes, StringComparison.Ordinal);
    if (at >= 0)
    {
        report = report.TrimEnd('\n') + "\n" + previous[at..];
    }

    await File.WriteAllTextAsync(path, report);
    Console.Error.WriteLine($"wrote {path}");
}

return results.Notes.Count == 0 ? 0 : 1;

static string FindRepository()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "AssetRegistry.sln")))
        {
            return directory.FullName;
        }
    }

    throw new InvalidOperationException("Run the benchmark from the repository (AssetRegistry.sln not found above it).");
}
