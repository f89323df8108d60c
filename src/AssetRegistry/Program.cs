using AssetRegistry.Infrastructure;
using AssetRegistry.Infrastructure.Database;
using AssetRegistry.Ledger.Audit;
using AssetRegistry.Rebuilding;
using AssetRegistry.Seeding;
using AssetRegistry.Security;

var builder = WebApplication.CreateBuilder(args);

if (args is ["token", ..])
{
    return DevelopmentTokenCommand.Run(args, builder.Configuration, builder.Environment);
}

// Ledger verbs: configuration and the database only, never the web host (README: "Ledger audit and seeding").
if (args is ["audit", ..])
{
    return await AuditCommand.RunAsync(args, builder.Configuration, builder.Environment);
}

if (args is ["seed", ..])
{
    return await SeedCommand.RunAsync(args, builder.Configuration, builder.Environment);
}

if (args is ["rebuild", ..] or ["rebuild-register"])
{
    return await RebuildCommand.RunAsync(args, builder.Configuration, builder.Environment);
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
