using System.Diagnostics;
using Xunit.Abstractions;

namespace AssetRegistry.Tests.Infrastructure.Nodes;

/// <summary>
/// The fault script's smoke (README, "Several nodes and their faults"): two nodes on a PostgreSQL of its own under a
/// bounded load, the leader killed with kill -9. It fails only when something acknowledged is lost or recorded twice,
/// the ledger has a gap or a duplicate, the audit fails, or the service does not recover within 60 s; it is not a
/// timed test.
/// </summary>
[Collection(FaultSmoke.Collection)]
public sealed class FaultSmokeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task two_nodes_under_load_lose_nothing_and_record_nothing_twice_when_the_leader_is_killed()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var repository = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(repository.FullName, "AssetRegistry.sln")))
        {
            repository = repository.Parent ?? throw new InvalidOperationException("AssetRegistry.sln not found above the tests.");
        }

        var faults = Path.Combine(repository.FullName, "bench", "AssetRegistry.Benchmark", "bin", configuration, "net10.0", "AssetRegistry.Benchmark.dll");
        Assert.True(File.Exists(faults), $"{faults} is not built (it is built with the tests: ProjectReference).");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        foreach (var argument in new[] { faults, "faults", "--smoke", "--service-dll", Path.Combine(AppContext.BaseDirectory, "AssetRegistry.dll") })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.Contains("__", StringComparison.Ordinal) || k.StartsWith("ASPNETCORE_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        using var run = Process.Start(start)!;
        var printed = run.StandardOutput.ReadToEndAsync();
        var progress = run.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await run.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C first: the run then kills its nodes and stops its PostgreSQL, which a kill of its tree would leave.
            using (var interrupt = Process.Start("kill", ["-INT", run.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await interrupt.WaitForExitAsync();
            }

            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await run.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                run.Kill(entireProcessTree: true);
            }
        }

        output.WriteLine(await printed);
        output.WriteLine(await progress);
        Assert.True(run.HasExited && run.ExitCode == 0, $"The fault smoke failed (exit {(run.HasExited ? run.ExitCode : -1)}):\n{await printed}\n{await progress}");
    }
}

/// <summary>The smoke runs by itself, after the tests that run in parallel: its processes and load share the cores with nothing else of this suite.</summary>
[CollectionDefinition(Collection, DisableParallelization = true)]
public sealed class FaultSmoke
{
    public const string Collection = "fault smoke";
}
