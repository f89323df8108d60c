using System.Diagnostics;

namespace AssetRegistry.Tests.Infrastructure;

/// <summary>
/// The service as a process: outside Development it refuses to start without a database, a token issuer or a ledger key,
/// saying which setting is missing; the development conveniences do not exist there.
/// </summary>
public sealed class StartupConfigurationTests
{
    [Fact]
    public async Task outside_development_a_missing_connection_string_stops_the_service_naming_the_setting()
    {
        var (exitCode, output) = await RunServiceAsync([], ("ASPNETCORE_ENVIRONMENT", "Production"));

        Assert.Equal(1, exitCode);
        Assert.Contains("ConnectionStrings:Registry", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task outside_development_a_missing_token_issuer_stops_the_service_naming_the_settings()
    {
        var (exitCode, output) = await RunServiceAsync([],
            ("ASPNETCORE_ENVIRONMENT", "Production"),
            ("ConnectionStrings__Registry", "Host=127.0.0.1;Port=1;Database=none;Username=none"));

        Assert.Equal(1, exitCode);
        Assert.Contains("Authentication:Issuers:0:Authority (environment variable Authentication__Issuers__0__Authority)", output, StringComparison.Ordinal);
        Assert.Contains("Authentication:Issuers:0:Audiences:0", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Authentication__Issuers__0__Authority", "http://id.example.org/realms/registry", "Authentication:Issuers:0:Authority")]
    [InlineData("Authentication__Issuers__0__Authority", "not a url", "Authentication:Issuers:0:Authority")]
    [InlineData("Authentication__Issuers__0__Audiences__0", " ", "Authentication:Issuers:0:Audiences:0")]
    [InlineData("Authentication__MaxTokenLifetime", "30.00:00:00", "Authentication:MaxTokenLifetime")]
    public async Task outside_development_a_bad_issuer_setting_stops_the_service_naming_it(string variable, string value, string setting)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Registry"] = "Host=127.0.0.1;Port=1;Database=none;Username=none",
            ["Authentication__Issuers__0__Authority"] = "https://id.example.org/realms/registry",
            ["Authentication__Issuers__0__Audiences__0"] = "asset-registry",
        };
        environment[variable] = value;

        var (exitCode, output) = await ServiceProcess.RunUntilExitAsync([], environment.Select(e => (e.Key, e.Value)));

        Assert.Equal(1, exitCode);
        Assert.Contains($"{setting} (environment variable {variable})", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task outside_development_a_missing_ledger_key_stops_the_service_naming_the_setting()
    {
        var (exitCode, output) = await RunServiceAsync([],
            ("ASPNETCORE_ENVIRONMENT", "Production"),
            ("ConnectionStrings__Registry", "Host=127.0.0.1;Port=1;Database=none;Username=none"),
            ("Authentication__Issuers__0__Authority", "https://id.example.org/realms/registry"),
            ("Authentication__Issuers__0__Audiences__0", "asset-registry"));

        Assert.Equal(1, exitCode);
        Assert.Contains("Ledger:Keys", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task in_development_without_postgresql_binaries_one_message_names_both_ways_out()
    {
        var (exitCode, output) = await RunServiceAsync([],
            ("ASPNETCORE_ENVIRONMENT", "Development"),
            ("PrivatePostgres__BinDirectory", "/nonexistent/postgresql/bin"));

        Assert.Equal(1, exitCode);
        Assert.Contains("ConnectionStrings:Registry", output, StringComparison.Ordinal);
        Assert.Contains("install PostgreSQL", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_token_command_exists_only_in_development()
    {
        var (exitCode, output) = await RunServiceAsync(["token", "--role", "clerk", "--user", "someone"],
            ("ASPNETCORE_ENVIRONMENT", "Production"));

        Assert.Equal(2, exitCode);
        Assert.Contains("only in the Development environment", output, StringComparison.Ordinal);
    }

    private static Task<(int ExitCode, string Output)> RunServiceAsync(string[] arguments, params (string Name, string Value)[] environment) =>
        ServiceProcess.RunUntilExitAsync(arguments, environment);
}
