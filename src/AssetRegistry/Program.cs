using AssetRegistry.Infrastructure;
using AssetRegistry.Infrastructure.Database;
using AssetRegistry.Security;

var builder = WebApplication.CreateBuilder(args);

if (args is ["token", ..])
{
    return DevelopmentTokenCommand.Run(args, builder.Configuration, builder.Environment);
}

try
{
    var app = builder.AddRegistry().Build().UseRegistry();
    await app.RunAsync();
    return 0;
}
catch (RegistryConfigurationException misconfigured)
{
    // A registry must never come up half-configured: say what is missing and stop.
    await Console.Error.WriteLineAsync($"AssetRegistry cannot start: {misconfigured.Message}");
    return 1;
}

public partial class Program;
