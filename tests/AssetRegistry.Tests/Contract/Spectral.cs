using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace AssetRegistry.Tests.Contract;

/// <summary>
/// Stoplight's Spectral, with the <c>spectral:oas</c> rules (tests/interop/.spectral.yaml), installed from
/// tests/interop's lock file. Missing Node or packages fail with the fix: a lint that silently skips checks nothing.
/// </summary>
public static class Spectral
{
    private const string Fix = "Install Node.js 18+ and run `npm ci --prefix tests/interop` from the repository root.";

    /// <summary>Every error, warning, hint and note Spectral reports on <paramref name="document"/>, one line each.</summary>
    public static IReadOnlyList<string> Lint(string document)
    {
        var folder = Path.Combine(RepositoryRoot.Path, "tests", "interop");
        var cli = Path.Combine(folder, "node_modules", "@stoplight", "spectral-cli", "dist", "index.js");
        if (!File.Exists(cli))
        {
            Assert.Fail($"Spectral is not installed in tests/interop/node_modules. {Fix}");
        }

        var file = Path.Combine(Path.GetTempPath(), $"openapi-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, document);
        try
        {
            var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { cli, "lint", file, "--ruleset", Path.Combine(folder, ".spectral.yaml"), "--format", "json", "--quiet", "--fail-severity", "hint" })
            {
                start.ArgumentList.Add(argument);
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
                var output = process.StandardOutput.ReadToEndAsync();
                var errors = process.StandardError.ReadToEndAsync();
                if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
                {
                    process.Kill();
                    Assert.Fail("Spectral did not finish within two minutes.");
                }

                var text = output.Result.Trim();
                if (text.Length == 0 || text[0] != '[')
                {
                    Assert.Fail($"Spectral exited with {process.ExitCode} without a report:\n{text}\n{errors.Result}");
                }

                return [.. JsonNode.Parse(text)!.AsArray().Select(Line)];
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Line(JsonNode? finding)
    {
        var severity = finding!["severity"]!.GetValue<int>() switch { 0 => "error", 1 => "warning", 2 => "info", _ => "hint" };
        var path = string.Join(".", finding["path"]!.AsArray().Select(p => p!.ToString()));
        return $"{severity} {finding["code"]}: {finding["message"]} at {path}";
    }
}
