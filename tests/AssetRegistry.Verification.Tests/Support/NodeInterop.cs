using System.ComponentModel;
using System.Diagnostics;

namespace AssetRegistry.Verification.Tests.Support;

/// <summary>
/// Runs the scripts of tests/interop with Node.js. Missing Node or missing packages fail the test with
/// the fix: an interop check that silently skips would be no check at all.
/// </summary>
internal static class NodeInterop
{
    private const string Fix = "Install Node.js 18+ and run `npm ci --prefix tests/interop` from the repository root.";

    public static string Folder => RepositoryRoot.File("tests", "interop");

    public static NodeResult Run(string script, params string[] args)
    {
        if (!File.Exists(Path.Combine(Folder, "node_modules", "canonicalize", "package.json")))
        {
            Assert.Fail($"tests/interop/node_modules is missing, so the outside implementation cannot run. {Fix}");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
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
            Assert.Fail($"Node.js could not be started ({e.Message}). {Fix}");
            throw;
        }

        using (process)
        {
            using var stdout = new MemoryStream();
            var copying = process.StandardOutput.BaseStream.CopyToAsync(stdout);
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
            {
                process.Kill();
                Assert.Fail($"node {script} did not finish within a minute.");
            }

            Task.WaitAll(copying, stderr);
            return new NodeResult(process.ExitCode, stdout.ToArray(), stderr.Result);
        }
    }
}

internal sealed record NodeResult(int ExitCode, byte[] Stdout, string Stderr)
{
    public string StdoutText => System.Text.Encoding.UTF8.GetString(Stdout).Trim();
}
