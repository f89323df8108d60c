using AssetRegistry.Assets;
using Marten;

namespace AssetRegistry.Ledger.Api;

/// <summary>One certificate in an asset's chain, oldest first.</summary>
public sealed record AssetCertificate(string CertificateNumber, long LeafIndex, string Kind, DateTimeOffset IssuedAt);

public static class AssetCertificatesEndpoint
{
    /// <summary><c>GET /api/assets/{registrationNumber}/certificates</c>: the asset's certificates — public, as certificates are.</summary>
    public static void MapAssetCertificates(this RouteGroupBuilder api) =>
        api.MapGet("/assets/{registrationNumber}/certificates", async (string registrationNumber, IQuerySession session, HttpContext http) =>
            {
                var number = RegistrationNumbers.Parse(registrationNumber, "registrationNumber").ToString();
                var certificates = await session.AdvancedSql.QueryAsync<AssetCertificate>(
                    "select json_build_object('CertificateNumber', certificate_number, 'LeafIndex', leaf_index, " +
                    "'Kind', certificate::jsonb->>'kind', 'IssuedAt', issued_at) " +
                    $"from {LedgerTables.Certificates} where registration_number = ? order by leaf_index", http.RequestAborted, number);
                return Results.Ok(certificates);
            })
            .AllowAnonymous()
            .WithTags("Ledger")
            .WithName("listAssetCertificates")
            .WithDescription("Each certificate issued on the asset, oldest first, with its number and leaf index: the first is the registration certificate, later ones record each registration on it. A mistyped number is 400; an asset with none yet answers an empty list.")
            .WithSummary("An asset's certificates (登记证书 / 许可凭证), oldest first — its chain. No token needed.")
            .Produces<IReadOnlyList<AssetCertificate>>()
            .ProducesValidationProblem();
}
