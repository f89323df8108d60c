namespace AssetRegistry.Security;

/// <summary>
/// <c>dotnet run --project src/AssetRegistry -- token --role clerk --user clerk-li [--party CODE] [--hours 1]</c>:
/// prints a bearer token from the development issuer (<see cref="DevelopmentIssuer"/>: its key in the data folder, its
/// URL on <c>Authentication:DevelopmentIssuer:Port</c>), which the running development service checks as it checks any
/// issuer's. Development only: a registry's real tokens come from its identity provider (docs/security.md).
/// </summary>
public static class DevelopmentTokenCommand
{
    public static int Run(string[] args, IConfiguration configuration, IHostEnvironment environment)
    {
        if (!environment.IsDevelopment())
        {
            Console.Error.WriteLine($"The token command exists only in the Development environment; this is '{environment.EnvironmentName}'.");
            return 2;
        }

        var settings = TokenSettings.From(configuration, environment);
        var options = ParseOptions(args.Skip(1).ToArray());
        var hours = options?.GetValueOrDefault("hours") is { } h ? (double.TryParse(h, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : -1)
            : settings.MaxTokenLifetime.TotalHours;
        if (options is null
            || !options.TryGetValue("role", out var role) || !RegistryRoles.All.Contains(role)
            || !options.TryGetValue("user", out var user)
            || RegistryRoles.CarriesPartyCode(role) != options.ContainsKey("party")
            || hours <= 0 || hours > settings.MaxTokenLifetime.TotalHours
            || settings.DevelopmentIssuerPort == 0)
        {
            Console.Error.WriteLine($"usage: token --role <{string.Join('|', RegistryRoles.All)}> --user <user id> [--party <party code>] [--hours <n>]");
            Console.Error.WriteLine("       --party is required for enterprise, natural-person and bank (the credit code, or the registry's party code) and for reviewer (its credit code), and given for no other role.");
            Console.Error.WriteLine($"       --hours is at most Authentication:MaxTokenLifetime ({settings.MaxTokenLifetime:c}), and is that by default.");
            if (settings.DevelopmentIssuerPort == 0)
            {
                Console.Error.WriteLine("       Authentication:DevelopmentIssuer:Port is 0 (any free port): set the port the development service's issuer listens on.");
            }

            return 2;
        }

        using var key = DevelopmentIssuer.DevelopmentKey(configuration);
        var issuer = DevelopmentIssuer.SigningFor(settings.DevelopmentIssuerPort, key);
        Console.WriteLine(issuer.Issue(user, role, options.GetValueOrDefault("party"), TimeSpan.FromHours(hours), DateTime.UtcNow));
        return 0;
    }

    private static Dictionary<string, string>? ParseOptions(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                return null;
            }

            options[args[i][2..]] = args[i + 1];
        }

        return options;
    }
}
