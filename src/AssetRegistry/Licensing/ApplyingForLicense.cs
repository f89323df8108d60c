using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Parties;
using AssetRegistry.Security;
using Marten;
using Wolverine;

namespace AssetRegistry.Licensing;

/// <summary>The body of <c>POST /api/applications/license</c>.</summary>
[RequiredMembers("registrationNumber", "licensee", "type", "subLicensingAllowed", "scope", "startsOn", "endsOn")]
public sealed record LicenseApplicationRequest(
    string? RegistrationNumber, CounterpartyRequest? Licensee, LicenseType? Type, bool? SubLicensingAllowed,
    IReadOnlyList<string>? Scope, DateOnly? StartsOn, DateOnly? EndsOn);

public sealed record ApplyForLicense(string ApplicationId, string RegistrationNumber, PartyIdentity Licensee, LicenseTerms Terms, Actor SubmittedBy);

public static class ApplyForLicenseHandler
{
    public static async Task<ApplicationView> Handle(ApplyForLicense command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        await session.OfActorAsync(command.SubmittedBy, cancellation);
        var asset = await session.LoadAssetAsync(command.RegistrationNumber, cancellation);
        // Only the holder learns whether the licensee is recorded.
        asset.EnsureHeldBy(command.SubmittedBy);
        var licensee = await session.ByIdentityAsync(command.Licensee, "licensee", cancellation);

        var applied = LicenseRules.Apply(asset, command, licensee, now);
        return session.StartApplication(applied, Application.Create(applied), now);
    }
}

public static class ApplyingForLicenseEndpoint
{
    public static void MapApplyForLicense(this RouteGroupBuilder applications) =>
        applications.MapPost("/license", async (LicenseApplicationRequest request, HttpContext http, IMessageBus bus) =>
            {
                var errors = new FieldErrors();
                var number = RegistrationNumbers.Validate(request.RegistrationNumber, "registrationNumber", errors);
                var licensee = request.Licensee?.Validate("licensee", errors);
                errors.Require(request.Licensee, "licensee");
                errors.Require(request.Type, "type");
                errors.Require(request.SubLicensingAllowed, "subLicensingAllowed");
                var scope = Scopes.Validate(request.Scope, "scope", errors);
                errors.Require(request.StartsOn, "startsOn");
                errors.Require(request.EndsOn, "endsOn");
                errors.ThrowIfAny();

                var terms = new LicenseTerms(request.Type!.Value, request.SubLicensingAllowed!.Value, scope, request.StartsOn!.Value, request.EndsOn!.Value);
                var command = new ApplyForLicense(Guid.CreateVersion7().ToString(), number!, licensee!, terms, Actor.From(http.User));
                return await bus.SubmitAsync(command, http);
            })
            .RequireAuthorization(policy => policy.RequireRole(RegistryRoles.Enterprise, RegistryRoles.NaturalPerson).RequireClaim(Actor.PartyClaim))
            .WithName("applyForLicense")
            .WithSummary("The holder applies for a license registration (许可登记): licensee, type (exclusive 独占 / sole 排他 / non-exclusive 普通), sub-licensing, scope and term.")
            .WithDescription("The licensee is named by its identifier only and must be a verified party; its name is that of its party record. The application waits for the licensee's consent (POST /api/applications/{id}/consent with the licensee's token) before review.")
            .Produces<ApplicationView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}

/// <summary>A license's scope: the approved application scenarios it may be used in.</summary>
public static class Scopes
{
    public static IReadOnlyList<string> Validate(IReadOnlyList<string>? scope, string field, FieldErrors errors)
    {
        if (scope is not { Count: > 0 and <= 50 })
        {
            errors.Add(field, Refusals.CountOutOfRange, ("min", 1), ("max", 50));
            return [];
        }

        for (var i = 0; i < scope.Count; i++)
        {
            errors.RequireText(scope[i], $"{field}[{i}]", 200);
        }

        return scope.Select(s => s?.Trim() ?? "").ToArray();
    }
}
