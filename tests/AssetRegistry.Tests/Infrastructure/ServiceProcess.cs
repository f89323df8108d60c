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
        using var process = Process.Start(StartInfo(arguments, environment, "http://127.0.0.1:0"))!;
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

    /// <summary>Starts the service listening on <paramref name="address"/> and waits until it answers <c>/health/live</c>; disposing it kills it.</summary>
    public static async Task<Running> StartAsync(Uri address, IEnumerable<(string Name, string Value)> environment)
    {
        var process = Process.Start(StartInfo([], environment, address.ToString().TrimEnd('/')))!;
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var running = new Running(process);
        using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(120) && !process.HasExited)
        {
            try
            {
                if ((await probe.GetAsync(new Uri("/health/live", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return running;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        await running.DisposeAsync();
        lock (output)
        {
            throw new TimeoutException($"The service did not come up: {output}");
        }
    }

    /// <summary>A free port on 127.0.0.1, for a service or an issuer a test starts.</summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static ProcessStartInfo StartInfo(IEnumerable<string> arguments, IEnumerable<(string Name, string Value)> environment, string urls)
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

        start.Environment["ASPNETCORE_URLS"] = urls;
        return start;
    }

    /// <summary>A service process a test started; disposing it kills it.</summary>
    public sealed class Running(Process process) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }
    }
}
