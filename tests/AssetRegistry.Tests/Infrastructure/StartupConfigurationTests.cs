using System.Diagnostics;

namespace AssetRegistry.Tests.Infrastructure;

/// <summary>
/// The service as a process: outside Development it refuses to start without a database or a signing key,
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
    public async Task outside_development_a_missing_signing_key_stops_the_service_naming_the_setting()
    {
        var (exitCode, output) = await RunServiceAsync([],
            ("ASPNETCORE_ENVIRONMENT", "Production"),
            ("ConnectionStrings__Registry", "Host=127.0.0.1;Port=1;Database=none;Username=none"));

        Assert.Equal(1, exitCode);
        Assert.Contains("Authentication:SigningKey", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task outside_development_a_missing_ledger_key_stops_the_service_naming_the_setting()
    {
        var (exitCode, output) = await RunServiceAsync([],
            ("ASPNETCORE_ENVIRONMENT", "Production"),
            ("ConnectionStrings__Registry", "Host=127.0.0.1;Port=1;Database=none;Username=none"),
            ("Authentication__SigningKey", Convert.ToBase64String(new byte[32])));

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
