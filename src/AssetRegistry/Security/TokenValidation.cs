using System.Security.Claims;
using AssetRegistry.Infrastructure.Database;
using AssetRegistry.Infrastructure.Http;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AssetRegistry.Security;

/// <summary>
/// How bearer tokens are checked (docs/security.md): one JwtBearer scheme per configured issuer, each with the
/// library's own discovery and key handling, and in front of them a policy scheme that sends a token to the scheme of
/// the issuer it names. A token is then signed with an asymmetric algorithm by a key of that issuer's JWKS, for one of
/// its audiences, within its lifetime and no longer-lived than <see cref="TokenSettings.MaxTokenLifetime"/>, and names
/// exactly one role. A token naming two roles would pass a policy on either while the recorded actor took the first (an
/// applicant's user accepting its own application); it is refused instead, and <see cref="Actor.RoleOf"/> is what both
/// the policy's claim and the recorded actor come from.
/// </summary>
public static class TokenValidation
{
    public const string Scheme = JwtBearerDefaults.AuthenticationScheme;

    public static IServiceCollection AddTokenValidation(this IServiceCollection services, bool development)
    {
        if (development)
        {
            services.AddSingleton(sp => StartDevelopmentIssuer(sp));
        }

        services.AddSingleton(sp =>
        {
            var settings = TokenSettings.From(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>());
            return development ? settings.With(sp.GetRequiredService<DevelopmentIssuer>().AsTokenIssuer()) : settings;
        });
        services.AddAuthentication(Scheme).AddPolicyScheme(Scheme, "Bearer tokens of the configured issuers", policy =>
            policy.ForwardDefaultSelector = http => SchemeFor(http.RequestServices.GetRequiredService<TokenSettings>(), http.Request));
        // The issuers are known from the final configuration (and Development's issuer once it listens), so their schemes
        // are added when the scheme list is first built; JwtBearer's post-configuration gives each its discovery.
        services.AddSingleton<IConfigureOptions<AuthenticationOptions>, IssuerSchemes>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<JwtBearerOptions>, JwtBearerPostConfigureOptions>());
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, IssuerValidation>();
        return services;
    }

    public static string SchemeOf(int issuer) => $"{Scheme}:{issuer}";

    /// <summary>The scheme of the issuer the token names; the first for any other request, which its checks then refuse.</summary>
    private static string SchemeFor(TokenSettings settings, HttpRequest request)
    {
        var issuer = Read(request)?.Issuer;
        for (var i = 0; i < settings.Issuers.Count; i++)
        {
            if (settings.Issuers[i].Names(issuer))
            {
                return SchemeOf(i);
            }
        }

        return SchemeOf(0);
    }

    /// <summary>The bearer token of the request as it claims to be (nothing checked yet), or null.</summary>
    private static JsonWebToken? Read(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var handler = new JsonWebTokenHandler();
        var token = header["Bearer ".Length..].Trim();
        try
        {
            return handler.CanReadToken(token) ? handler.ReadJsonWebToken(token) : null;
        }
        catch (Exception malformed) when (malformed is ArgumentException or SecurityTokenMalformedException)
        {
            return null; // JwtBearer refuses it with its own reason
        }
    }

    private static DevelopmentIssuer StartDevelopmentIssuer(IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var port = TokenSettings.From(configuration, services.GetRequiredService<IHostEnvironment>()).DevelopmentIssuerPort;
        DevelopmentIssuer issuer;
        try
        {
            issuer = DevelopmentIssuer.StartAsync(DevelopmentIssuer.DevelopmentKey(configuration), port).GetAwaiter().GetResult();
        }
        catch (IOException taken)
        {
            throw new RegistryConfigurationException(
                $"The development token issuer cannot listen on 127.0.0.1:{port} ({taken.Message}): set Authentication:DevelopmentIssuer:Port " +
                "(environment variable Authentication__DevelopmentIssuer__Port) to a free port, the same for the service and the token command.", taken);
        }

        services.GetRequiredService<ILoggerFactory>().CreateLogger<DevelopmentIssuer>().LogInformation(
            "Development token issuer at {Authority}: tokens from `dotnet run -- token`", issuer.Authority);
        return issuer;
    }

    private sealed class IssuerSchemes(TokenSettings settings) : IConfigureOptions<AuthenticationOptions>
    {
        public void Configure(AuthenticationOptions options)
        {
            for (var i = 0; i < settings.Issuers.Count; i++)
            {
                options.AddScheme<JwtBearerHandler>(SchemeOf(i), settings.Issuers[i].Authority);
            }
        }
    }

    private sealed class IssuerValidation(TokenSettings settings) : IConfigureNamedOptions<JwtBearerOptions>
    {
        public void Configure(string? name, JwtBearerOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            if (name is null || !name.StartsWith($"{Scheme}:", StringComparison.Ordinal)
                || !int.TryParse(name.AsSpan(Scheme.Length + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var at)
                || at >= settings.Issuers.Count)
            {
                return;
            }

            var issuer = settings.Issuers[at];
            options.Authority = issuer.Authority;
            options.RequireHttpsMetadata = !issuer.OnLoopback;
            options.MapInboundClaims = false;
            // The issuer itself comes from the discovery document, and so do the keys (refreshed as the library does).
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidAudiences = issuer.Audiences,
                ValidAlgorithms = TokenSettings.AsymmetricAlgorithms,
                NameClaimType = issuer.Claims.User,
                RoleClaimType = issuer.Claims.Role,
                RequireExpirationTime = true,
                RequireSignedTokens = true,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
            options.Events = new JwtBearerEvents
            {
                OnMessageReceived = context =>
                {
                    if (Read(context.Request) is { } token)
                    {
                        if (!TokenSettings.AsymmetricAlgorithms.Contains(token.Alg))
                        {
                            context.Fail(new TokenRefusedException(Refusals.TokenAlgorithmRefused,
                                ("algorithm", Printable(token.Alg)), ("algorithms", string.Join(", ", TokenSettings.AsymmetricAlgorithms))));
                        }
                        else if (!issuer.Names(token.Issuer))
                        {
                            context.Fail(new TokenRefusedException(Refusals.TokenIssuerUnknown, ("issuer", Printable(token.Issuer))));
                        }
                    }

                    return Task.CompletedTask;
                },
                OnTokenValidated = context =>
                {
                    var token = (JsonWebToken)context.SecurityToken;
                    var from = token.IssuedAt != DateTime.MinValue ? token.IssuedAt : token.ValidFrom;
                    if (from == DateTime.MinValue)
                    {
                        context.Fail(new TokenRefusedException(Refusals.TokenLifetimeUnbounded));
                    }
                    else if (token.ValidTo - from > settings.MaxTokenLifetime)
                    {
                        context.Fail(new TokenRefusedException(Refusals.TokenLifetimeTooLong,
                            ("lifetime", (token.ValidTo - from).ToString("c")), ("max", settings.MaxTokenLifetime.ToString("c"))));
                    }
                    else
                    {
                        context.Principal = new ClaimsPrincipal(InRegistryTerms((ClaimsIdentity)context.Principal!.Identity!, issuer.Claims));
                        if (Actor.RoleOf(context.Principal) is null)
                        {
                            context.Fail(new TokenRefusedException(Refusals.TokenRoleNotSingle,
                                ("claim", issuer.Claims.Role), ("roles", string.Join(", ", RegistryRoles.All))));
                        }
                    }

                    return Task.CompletedTask;
                },
                OnChallenge = async context =>
                {
                    if (RefusalOf(context.AuthenticateFailure, issuer) is not { } refused)
                    {
                        return; // no token, or one JwtBearer refuses for its own reason: its challenge, and 401 `unauthenticated`
                    }

                    context.HandleResponse();
                    var http = context.HttpContext;
                    var problem = ProblemResponses.Problem(refused.Refusal, refused.Specifics);
                    http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    http.Response.Headers.WWWAuthenticate =
                        $"Bearer error=\"invalid_token\", error_description=\"{Printable(refused.Refusal.Detail.Render(Language.English, refused.Specifics)).Replace('"', '\'')}\"";
                    await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                    {
                        HttpContext = http,
                        ProblemDetails = problem,
                    });
                },
            };
        }

        public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);
    }

    /// <summary>The catalogue's word for why the token was refused, where there is a clearer one than "unauthenticated".</summary>
    private static TokenRefusedException? RefusalOf(Exception? failure, TokenIssuer issuer) => failure switch
    {
        TokenRefusedException ours => ours,
        SecurityTokenExpiredException or SecurityTokenNotYetValidException => new TokenRefusedException(Refusals.TokenExpired),
        SecurityTokenNoExpirationException => new TokenRefusedException(Refusals.TokenLifetimeUnbounded),
        SecurityTokenInvalidAudienceException => new TokenRefusedException(Refusals.TokenAudienceRefused, ("audiences", string.Join(", ", issuer.Audiences))),
        SecurityTokenInvalidIssuerException invalid => new TokenRefusedException(Refusals.TokenIssuerUnknown, ("issuer", Printable(invalid.InvalidIssuer))),
        SecurityTokenInvalidAlgorithmException invalid => new TokenRefusedException(Refusals.TokenAlgorithmRefused,
            ("algorithm", Printable(invalid.InvalidAlgorithm)), ("algorithms", string.Join(", ", TokenSettings.AsymmetricAlgorithms))),
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => new TokenRefusedException(Refusals.TokenSignatureInvalid),
        _ => null,
    };

    /// <summary>
    /// The token's claims under the registry's names: the issuer's user, role and party claims become <c>sub</c>,
    /// <c>role</c> and <c>party</c>, and any claim of the issuer's that already bore one of our names is dropped, so that it
    /// cannot be read as ours.
    /// </summary>
    private static ClaimsIdentity InRegistryTerms(ClaimsIdentity identity, TokenClaims theirs)
    {
        if (theirs == TokenClaims.Registry)
        {
            return identity;
        }

        string[] ours = [Actor.SubjectClaim, Actor.RoleClaim, Actor.PartyClaim];
        var claims = identity.Claims.Where(c => !ours.Contains(c.Type)).ToList();
        foreach (var (their, our) in new[] { (theirs.User, Actor.SubjectClaim), (theirs.Role, Actor.RoleClaim), (theirs.Party, Actor.PartyClaim) })
        {
            claims.AddRange(identity.FindAll(their).Select(c => new Claim(our, c.Value, c.ValueType, c.Issuer)));
        }

        return new ClaimsIdentity(claims, identity.AuthenticationType, Actor.SubjectClaim, Actor.RoleClaim);
    }

    /// <summary>A value from the token, fit for a header and a sentence: printable ASCII, at most 200 characters.</summary>
    private static string Printable(string? text) =>
        new string((text ?? "").Take(200).Select(c => c is >= ' ' and <= '~' ? c : '?').ToArray());

    private sealed class TokenRefusedException(RefusalCode refusal, params (string Name, object? Value)[] specifics)
        : SecurityTokenValidationException(refusal.Code)
    {
        public RefusalCode Refusal { get; } = refusal;
        public (string Name, object? Value)[] Specifics { get; } = specifics;
    }
}
