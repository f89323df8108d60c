using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace AssetRegistry.Verification.Tests.Support;

/// <summary>
/// Runs tests/interop/go/c2sp-check, Go's golang.org/x/mod/sumdb (note, tlog) from Debian's packages. tests/run.sh
/// builds it before the tests; a filtered run builds it here, once per test run, when it is absent or older than its
/// source. Missing Go fails the test with the fix: an interop check that silently skips would be no check at all.
/// </summary>
internal static class GoInterop
{
    private const string Fix = "Run `bash tests/interop/go/build.sh` (as root it installs golang-go and golang-golang-x-mod-dev; "
        + "otherwise it prints the apt-get line to run).";

    private static readonly Lazy<string> Binary = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    private static string Build()
    {
        var binary = RepositoryRoot.File(".artifacts", "interop", "c2sp-check");
        var sources = Directory.GetFiles(RepositoryRoot.File("tests", "interop", "go", "c2sp-check"), "*.go");
        if (File.Exists(binary) && sources.All(source => File.GetLastWriteTimeUtc(binary) >= File.GetLastWriteTimeUtc(source)))
        {
            return binary;
        }

        var build = Run("bash", [RepositoryRoot.File("tests", "interop", "go", "build.sh")], TimeSpan.FromMinutes(5));
        if (build.ExitCode != 0 || !File.Exists(binary))
        {
            Assert.Fail($"The Go interop check could not be built: {build.StdoutText} {build.Stderr} {Fix}");
        }

        return binary;
    }

    /// <summary>Runs a subcommand of c2sp-check; it prints <c>ok …</c> (exit 0) or <c>failed: reason</c> (exit 1).</summary>
    public static ProcessResult Check(params string[] args) => Run(Binary.Value, args, TimeSpan.FromMinutes(1));

    private static ProcessResult Run(string program, IEnumerable<string> args, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"{program} could not be started ({e.Message}). {Fix}");
            throw;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill();
                Assert.Fail($"{program} did not finish within {timeout}.");
            }

            Task.WaitAll(stdout, stderr);
            return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result);
        }
    }
}

internal sealed record ProcessResult(int ExitCode, string Stdout, string Stderr)
{
    public string StdoutText => Stdout.Trim();

    public override string ToString() => new StringBuilder().Append("exit ").Append(ExitCode).Append(": ").Append(StdoutText).Append(' ').Append(Stderr.Trim()).ToString();
}
