using System.Text.Json.Nodes;
using AssetRegistry.Security;
using AssetRegistry.Verification.Canonical;
using AssetRegistry.Verification.Crypto;

namespace AssetRegistry.Ledger.Api;

/// <summary>One commitment of a certificate, opened: the value, its salt and the commitment the certificate carries.</summary>
public sealed record OpenedCommitment(string Field, string Value, string Salt, string? Commitment);

/// <summary>What opens a certificate's commitments (docs/ledger.md §9), and the hash they use.</summary>
public sealed record CertificateSaltsAnswer(string CertificateNumber, string Algorithm, IReadOnlyList<OpenedCommitment> Commitments);

public static class CertificateSalts
{
    private static readonly string[] NamedParties = ["holder", "counterparty"];

    public static void MapSalts(RouteGroupBuilder ledger, LedgerAccess access) =>
        ledger.MapGet("/certificates/{number}/salts", async (string number, HttpContext http) =>
            {
                var actor = Actor.From(http.User);
                var certificate = await access.FindCertificateAsync(number, "number", http.RequestAborted);
                if (!IsEntitled(actor, certificate))
                {
                    // The certificate itself is public, so its existence is no secret: say why the salts are withheld.
                    throw new Refusal(Refusals.NotNamedInCertificate, ("certificate", certificate.CertificateNumber));
                }

                var salts = await access.Reader.SaltsAsync(certificate.CertificateNumber, http.RequestAborted);
                var commitments = Parse(certificate)?["commitments"] as JsonObject;
                return Results.Ok(new CertificateSaltsAnswer(certificate.CertificateNumber, await HashNameAsync(access, http.RequestAborted),
                    [.. salts.Select(s => new OpenedCommitment(s.Field, s.Value, StrictBase64.Encode(s.Salt), TextOf(commitments?[s.Field])))]));
            })
            .RequireAuthorization()
            .WithName("getCertificateSalts")
            .WithSummary("The values and salts of a certificate's commitments (docs/ledger.md §9), for clerks, supervisors and the parties the certificate names.")
            .WithDescription("A party is entitled when its token's `party` is the certificate's `holder.partyCode` or `counterparty.partyCode`. "
                + "Anyone else gets 403 `not-named-in-certificate`; a number never issued is 404 `certificate-not-found`. Open one with "
                + "`asset-registry-verify open-commitment VALUE SALT COMMITMENT --algorithm ALGORITHM`.")
            .Produces<CertificateSaltsAnswer>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>Clerks and supervisors; a party named in the certificate as its holder or counterparty.</summary>
    public static bool IsEntitled(Actor actor, CertificateRow certificate)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(certificate);
        if (actor.Role is RegistryRoles.Clerk or RegistryRoles.Supervisor)
        {
            return true;
        }

        var content = Parse(certificate);
        return actor.PartyCode is { Length: > 0 }
            && content is not null
            && NamedParties.Any(role => actor.Speaks(TextOf((content[role] as JsonObject)?["partyCode"]) ?? ""));
    }

    /// <summary>Commitments use the ledger's hash (docs/ledger.md §9): the one of the profile its checkpoints name.</summary>
    private static async Task<string> HashNameAsync(LedgerAccess access, CancellationToken cancellation)
    {
        var latest = await access.Reader.LatestCheckpointAsync(cancellation);
        return latest is not null && CryptoProfile.TryFromAlgorithm(LedgerProofs.ParseCheckpoint(latest).Body.Algorithm, out var profile)
            ? profile.Hash.Name
            : HashFunction.Sha256.Name;
    }

    private static JsonObject? Parse(CertificateRow certificate)
    {
        try
        {
            return JsonNode.Parse(certificate.Text) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static string? TextOf(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
