using System.Net;
using AssetRegistry.Security;
using AssetRegistry.Tests.Infrastructure;

namespace AssetRegistry.Tests.Security;

/// <summary>
/// In Development the registry runs its own issuer, and the token command signs with its key: a token the command
/// prints for any role is one the running development service accepts, after fetching that issuer's keys as it would
/// any identity provider's. Another development registry's tokens are not.
/// </summary>
public sealed class DevelopmentTokenCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"asset-registry-token-command-{Guid.NewGuid():N}");
    private readonly string _otherFolder = Path.Combine(Path.GetTempPath(), $"asset-registry-token-command-{Guid.NewGuid():N}");

    [Fact]
    public async Task the_token_command_mints_for_every_role_a_token_the_running_development_service_accepts()
    {
        var database = await RegistryApp.CreateDatabaseAsync();
        var issuerPort = ServiceProcess.FreeLoopbackPort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        (string, string)[] Development(string folder) =>
        [
            ("ASPNETCORE_ENVIRONMENT", "Development"),
            ("ConnectionStrings__Registry", database),
            ("PrivatePostgres__BaseDirectory", folder),
            ("Authentication__DevelopmentIssuer__Port", issuerPort),
        ];
        var address = new Uri($"http://127.0.0.1:{ServiceProcess.FreeLoopbackPort()}");
        await using var service = await ServiceProcess.StartAsync(address, Development(_folder));
        using var client = new HttpClient { BaseAddress = address };
        async Task<HttpStatusCode> ReadWithAsync(string token) =>
            (await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/documents/{new string('0', 64)}").WithToken(token))).StatusCode;

        foreach (var role in RegistryRoles.All)
        {
            var token = await MintAsync(Development(_folder), role);

            Assert.Equal(HttpStatusCode.NotFound, await ReadWithAsync(token));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await ReadWithAsync(await MintAsync(Development(_otherFolder), RegistryRoles.Clerk)));
    }

    private static async Task<string> MintAsync((string, string)[] environment, string role)
    {
        string[] arguments = RegistryRoles.CarriesPartyCode(role)
            ? ["token", "--role", role, "--user", $"user-{role}", "--party", RegistryApi.NewCreditCode()]
            : ["token", "--role", role, "--user", $"user-{role}"];
        var (exitCode, output) = await ServiceProcess.RunUntilExitAsync(arguments, environment);
        Assert.True(exitCode == 0, output);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
    }

    public void Dispose()
    {
        foreach (var folder in new[] { _folder, _otherFolder }.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
