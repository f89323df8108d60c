using AssetRegistry.Infrastructure.Http;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace AssetRegistry.Security;

/// <summary>
/// How bearer tokens are checked: signed with <see cref="TokenSigning"/>'s key, issued for the registry, and naming
/// exactly one role. A token naming two roles would pass a policy on either while the recorded actor took the first
/// (an applicant's user accepting its own application); it is refused instead, and <see cref="Actor.RoleOf"/> is what
/// both the policy's claim and the recorded actor come from.
/// </summary>
public sealed class TokenValidation(IConfiguration configuration, IHostEnvironment environment) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.MapInboundClaims = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = TokenSigning.Issuer,
            ValidAudience = TokenSigning.Audience,
            IssuerSigningKey = TokenSigning.Key(configuration, environment),
            NameClaimType = Actor.SubjectClaim,
            RoleClaimType = Actor.RoleClaim,
            ClockSkew = TimeSpan.FromSeconds(30),
        };
        options.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                if (Actor.RoleOf(context.Principal!) is null)
                {
                    context.Fail(new RoleNotSingleException());
                }

                return Task.CompletedTask;
            },
            OnChallenge = async context =>
            {
                if (context.AuthenticateFailure is not RoleNotSingleException refused)
                {
                    return;
                }

                context.HandleResponse();
                var http = context.HttpContext;
                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                http.Response.Headers.WWWAuthenticate = $"Bearer error=\"invalid_token\", error_description=\"{refused.Message}\"";
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = ProblemResponses.Problem(Refusals.TokenRoleNotSingle,
                        ("claim", Actor.RoleClaim), ("roles", string.Join(", ", RegistryRoles.All))),
                });
            },
        };
    }

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);

    private sealed class RoleNotSingleException() : SecurityTokenValidationException(
        $"The token must name exactly one role (claim '{Actor.RoleClaim}', one of {string.Join(", ", RegistryRoles.All)}).");
}
