using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AssetRegistry.Security;

/// <summary>
/// <c>dotnet run --project src/AssetRegistry -- token --role clerk --user clerk-li [--party CODE] [--hours 8]</c>:
/// prints a bearer token signed with the development key. Development only: a registry's real tokens come
/// from its identity provider.
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

        var options = ParseOptions(args.Skip(1).ToArray());
        if (options is null
            || !options.TryGetValue("role", out var role) || !RegistryRoles.All.Contains(role)
            || !options.TryGetValue("user", out var user)
            || (RegistryRoles.ActsForParty(role) && !options.ContainsKey("party")))
        {
            Console.Error.WriteLine("usage: token --role <clerk|enterprise|natural-person|bank|supervisor> --user <user id> [--party <party code>] [--hours <n>]");
            Console.Error.WriteLine("       --party is required for enterprise, natural-person and bank (the credit code, or the registry's party code).");
            return 2;
        }

        var hours = options.TryGetValue("hours", out var h) && int.TryParse(h, out var parsed) ? parsed : 8;
        Console.WriteLine(Issue(TokenSigning.Key(configuration, environment), user, role, options.GetValueOrDefault("party"), TimeSpan.FromHours(hours), DateTime.UtcNow));
        return 0;
    }

    public static string Issue(SecurityKey key, string user, string role, string? party, TimeSpan lifetime, DateTime now)
    {
        var claims = new List<Claim> { new(Actor.SubjectClaim, user), new(Actor.RoleClaim, role) };
        if (party is not null)
        {
            claims.Add(new Claim(Actor.PartyClaim, party));
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TokenSigning.Issuer,
            Audience = TokenSigning.Audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = now,
            IssuedAt = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
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
