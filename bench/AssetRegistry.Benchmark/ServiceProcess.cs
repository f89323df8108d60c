using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using AssetRegistry.Security;
using AssetRegistry.Verification.Notes;

namespace AssetRegistry.Benchmark;

/// <summary>
/// The registry exactly as users run it: <c>dotnet src/AssetRegistry/bin/Release/net10.0/AssetRegistry.dll</c>, a
/// separate process, environment Production, configured only through its documented settings — its own
/// database, a token issuer of its own on loopback, a generated P-256 ledger key and a generated Ed25519 key for the
/// C2SP checkpoint notes — and public notice set to 0 working
/// days (a registry setting) so that approval can follow acceptance at once.
/// </summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private IDisposable? _interruption;

    private ServiceProcess(Process process, StreamWriter log, Uri address)
    {
        _process = process;
        _log = log;
        Address = address;
    }

    public Uri Address { get; }
    public int Pid => _process.Id;
    public bool HasExited => _process.HasExited;

    /// <summary>
    /// The settings the service (and its verbs) run with. Its tokens come from <paramref name="Issuer"/>, an OpenID Connect
    /// issuer this process hosts on loopback: the service trusts it by configuration and fetches its keys by discovery,
    /// as it would a real identity provider's.
    /// </summary>
    public sealed record Settings(string Dll, string ConnectionString, DevelopmentIssuer Issuer, string LedgerKeyPem, string NoteKeyPem)
    {
        /// <summary>A run's tokens are minted once, at its start, and must outlast it.</summary>
        public static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(12);

        /// <summary>More environment variables, e.g. a node's name (the fault run's nodes).</summary>
        public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();

        public static Settings Generate(string dll, string connectionString)
        {
            using var ledgerKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var issuer = DevelopmentIssuer.StartAsync(ECDsa.Create(ECCurve.NamedCurves.nistP256)).GetAwaiter().GetResult();
            return new Settings(dll, connectionString, issuer, ledgerKey.ExportPkcs8PrivateKeyPem(),
                Ed25519NoteSigner.Generate("benchmark.asset-registry.localhost").ExportPem());
        }

        public void ApplyTo(ProcessStartInfo start, Uri? address)
        {
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["DOTNET_ENVIRONMENT"] = "Production";
            start.Environment["ConnectionStrings__Registry"] = ConnectionString;
            start.Environment["Authentication__Issuers__0__Authority"] = Issuer.Authority;
            start.Environment["Authentication__Issuers__0__Audiences__0"] = DevelopmentIssuer.Audience;
            start.Environment["Authentication__MaxTokenLifetime"] = TokenLifetime.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
            start.Environment["Ledger__Keys__0__Pem"] = LedgerKeyPem;
            start.Environment["Ledger__Ed25519Keys__0__Pem"] = NoteKeyPem;
            start.Environment["Registry__PublicNoticeWorkingDays"] = "0";
            start.Environment["Registry__Name"] = "AssetRegistry benchmark";
            start.Environment["Registry__Code"] = "AR";
            start.Environment["Registry__Origin"] = "benchmark.asset-registry.localhost";
            start.Environment["Registry__PublicBaseUrl"] = "http://localhost:5080/";
            foreach (var (name, value) in Extra)
            {
                start.Environment[name] = value;
            }

            if (address is not null)
            {
                start.Environment["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/');
            }
        }

        public ProcessStartInfo StartInfo(Uri? address, params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                // The content root (appsettings.json) is the working directory, as for a published service.
                WorkingDirectory = Path.GetDirectoryName(Dll)!,
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.ArgumentList.Add(Dll);
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            ApplyTo(start, address);
            return start;
        }
    }

    public static async Task<ServiceProcess> StartAsync(Settings settings, string logFile, TimeSpan readyWithin, Action<int>? started = null)
    {
        var address = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}");
        var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        var process = Process.Start(settings.StartInfo(address))!;
        started?.Invoke(process.Id);
        var service = new ServiceProcess(process, log, address);
        service._interruption = Interruption.OnInterrupt(() => process.Kill());
        process.OutputDataReceived += (_, e) => service.Write(e.Data);
        process.ErrorDataReceived += (_, e) => service.Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < readyWithin)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The service exited at start-up with code {process.ExitCode}; see {logFile}.");
            }

            try
            {
                if ((await probe.GetAsync(new Uri("/health/ready", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return service;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        await service.DisposeAsync();
        throw new TimeoutException($"The service did not become ready within {readyWithin.TotalSeconds:N0} s; see {logFile}.");
    }

    private void Write(string? line)
    {
        if (line is null)
        {
            return;
        }

        Log.Observe(line);
        lock (_log)
        {
            _log.WriteLine(line);
        }
    }

    /// <summary>What the service logged, as it arrived (its JSON lines carry no time of their own).</summary>
    public static ServiceLog Log { get; } = new();

    /// <summary>kill -9: the process ends at once, leaving its sessions and whatever it was doing.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>Sends a signal by name (<c>STOP</c>, <c>CONT</c>) to the process, as <c>kill -STOP</c> does.</summary>
    public async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    /// <summary>A clean stop, as a service manager does it: SIGTERM, then a grace period; SIGKILL only if it hangs.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
        {
            return;
        }

        using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }

        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(45));
        try
        {
            await _process.WaitForExitAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _interruption?.Dispose();
        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    /// <summary>Runs a verb of the service (<c>seed</c>, <c>audit</c>) to its end; its output, exit code and wall time.</summary>
    public static async Task<(int ExitCode, string Output, TimeSpan Elapsed)> RunVerbAsync(Settings settings, string logFile, params string[] arguments)
    {
        var elapsed = Stopwatch.StartNew();
        using var process = Process.Start(settings.StartInfo(null, arguments))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        elapsed.Stop();
        // Let PostgreSQL end the verb's sessions before anyone samples the CPU they used.
        await Task.Delay(300);
        await File.AppendAllTextAsync(logFile, $"$ AssetRegistry.dll {string.Join(' ', arguments)}\n{await output}{await error}\n");
        return (process.ExitCode, await output, elapsed.Elapsed);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
