using System.Diagnostics;

namespace AssetRegistry.Tests.Infrastructure;

/// <summary>The service as a separate process, as an operator starts it, for what happens before a host exists.</summary>
public static class ServiceProcess
{
    /// <summary>
    /// Runs the service with <paramref name="arguments"/> and only <paramref name="environment"/> of the settings
    /// (none inherited from the test's own environment) until it exits by itself; its exit code and all it printed.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunUntilExitAsync(IEnumerable<string> arguments, IEnumerable<(string Name, string Value)> environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "AssetRegistry.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.Contains("__", StringComparison.Ordinal) || k.StartsWith("ASPNETCORE_", StringComparison.Ordinal)
                     || k.StartsWith("DOTNET_ENVIRONMENT", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The service did not stop by itself: {await output}{await error}");
        }

        return (process.ExitCode, await output + await error);
    }
}
