using System.Diagnostics;
using System.Text.RegularExpressions;

namespace AssetRegistry.Tests.Infrastructure;

/// <summary>
/// Every setting the service requires outside Development is documented in deploy/. The list is the service's own:
/// started in Production with nothing configured, it names what is missing; the test supplies that and starts it
/// again, until it asks for nothing more (it then stops at the unreachable database the test gave it).
/// </summary>
public sealed partial class DeploySettingsTests
{
    /// <summary>A valid value for each setting the service may ask for; a setting asked for and not here fails the test.</summary>
    private static readonly Dictionary<string, string> Values = new(StringComparer.Ordinal)
    {
        ["ConnectionStrings__Registry"] = "Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=2",
        ["Authentication__Issuers__0__Authority"] = "https://id.example.org/realms/registry",
        ["Authentication__Issuers__0__Audiences__0"] = "asset-registry",
        ["Ledger__Keys__0__PemFile"] = LedgerKeyFile(),
        ["Ledger__Ed25519Keys__0__PemFile"] = LedgerKeyFile("ed25519", RegistryApp.LedgerEd25519Pem),
        ["Registry__Name"] = RegistryApp.Identity["Registry:Name"],
        ["Registry__Code"] = RegistryApp.Identity["Registry:Code"],
        ["Registry__Origin"] = RegistryApp.Identity["Registry:Origin"],
        ["Registry__PublicBaseUrl"] = RegistryApp.Identity["Registry:PublicBaseUrl"],
    };

    [Fact]
    public async Task every_setting_the_service_requires_outside_development_appears_in_deploy()
    {
        var given = new Dictionary<string, string>(StringComparer.Ordinal) { ["ASPNETCORE_ENVIRONMENT"] = "Production" };
        var required = new List<(string Setting, string Variable)>();
        for (var start = 0; ; start++)
        {
            Assert.True(start < 20, $"The service kept asking for settings: {string.Join(", ", required)}");
            var output = await RunServiceAsync(given);
            var named = MissingSetting().Matches(output).Select(m => (Setting: m.Groups[1].Value, Variable: m.Groups[2].Value)).ToList();
            if (named.Count == 0)
            {
                Assert.Contains("127.0.0.1", output, StringComparison.Ordinal); // past its configuration, at the database
                break;
            }

            foreach (var (setting, variable) in named)
            {
                Assert.Equal(setting.Replace(":", "__", StringComparison.Ordinal), variable);
                Assert.DoesNotContain((setting, variable), required);
                Assert.True(Values.TryGetValue(variable, out var value), $"The service requires {setting}; document it in deploy/ and give it a value here.");
                required.Add((setting, variable));
                given[variable] = value;
            }
        }

        var readme = await File.ReadAllTextAsync(Path.Combine(DeployFolder(), "README.md"));
        var example = await File.ReadAllLinesAsync(Path.Combine(DeployFolder(), "asset-registry.env.example"));
        Assert.Contains(required, r => r.Setting == "Ledger:Keys:0:PemFile");
        Assert.Contains(required, r => r.Setting == "Ledger:Ed25519Keys:0:PemFile");
        Assert.Contains(required, r => r.Setting == "Registry:Name");
        Assert.Contains(required, r => r.Setting == "Authentication:Issuers:0:Authority");
        foreach (var (setting, variable) in required)
        {
            Assert.True(readme.Contains($"`{setting}`", StringComparison.Ordinal), $"deploy/README.md does not name {setting}");
            Assert.True(readme.Contains($"`{variable}`", StringComparison.Ordinal), $"deploy/README.md does not name {variable}");
            Assert.True(example.Any(line => line.StartsWith($"{variable}=", StringComparison.Ordinal)), $"deploy/asset-registry.env.example does not list {variable}");
        }
    }

    /// <summary>How every "missing setting" message names it: <c>set X:Y (environment variable X__Y)</c>, possibly several.</summary>
    [GeneratedRegex(@"([A-Za-z]+(?::[A-Za-z0-9]+)+) \(environment variable ([A-Za-z0-9_]+)\)")]
    private static partial Regex MissingSetting();

    private static string LedgerKeyFile(string kind = "ecdsa", string? pem = null)
    {
        var file = Path.Combine(Path.GetTempPath(), $"asset-registry-deploy-test-{Environment.ProcessId}-{kind}.pem");
        File.WriteAllText(file, pem ?? RegistryApp.LedgerKeyPem);
        return file;
    }

    private static string DeployFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AssetRegistry.sln")))
            {
                return Path.Combine(folder.FullName, "deploy");
            }
        }

        throw new InvalidOperationException("The repository (AssetRegistry.sln) is not above the test's folder.");
    }

    private static async Task<string> RunServiceAsync(Dictionary<string, string> environment)
    {
        var (exitCode, output) = await ServiceProcess.RunUntilExitAsync([], environment.Select(setting => (setting.Key, setting.Value)));
        Assert.NotEqual(0, exitCode);
        return output;
    }
}
