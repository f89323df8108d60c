using System.Text.Json.Nodes;
using AssetRegistry.Applications;
using AssetRegistry.Cancelling;
using AssetRegistry.Changing;
using AssetRegistry.Documents;
using AssetRegistry.Freezes;
using AssetRegistry.Infrastructure.Time;
using AssetRegistry.Ledger.Api;
using AssetRegistry.Renewal;
using AssetRegistry.InitialRegistration;
using AssetRegistry.Licensing;
using AssetRegistry.Objections;
using AssetRegistry.Parties;
using AssetRegistry.Transferring;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AssetRegistry.Infrastructure.Http;

/// <summary>Examples of every request body in the OpenAPI document, as a registry's staff would fill them in, and of the main answers.</summary>
internal sealed class OpenApiExamples : IOpenApiSchemaTransformer
{
    private static readonly Dictionary<Type, string> Examples = new()
    {
        [typeof(RecordPartyRequest)] = """{"name":"福建数据科技有限公司","identifier":{"type":"unifiedSocialCreditCode","number":"91350100M000100Y43"},"identityDocuments":["60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752"]}""",
        [typeof(InitialApplicationRequest)] = """
            {"assetKind":"dataResource","name":"城市交通出行数据集","industry":"交通运输",
             "applicationScenarios":["城市规划","出行服务"],"dataSource":"自有业务系统采集，经用户授权","structureAndScale":"结构化表格，约 1.2 亿条记录",
             "updateFrequency":"每日","processingRules":"脱敏、聚合至 500 米网格","notarisationStatus":"已存证",
             "sampleDataFingerprint":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
             "reviewReport":{"institutionName":"数据合规评估中心","institutionCreditCode":"91110000802100433B","reportNumber":"SZ-REV-0042",
               "reportDate":"2026-11-20","conclusion":"数据来源合法，内容真实","documentFingerprint":"60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752"},
             "declaration":{"committed":true},"authorisationEndsOn":"2029-12-31"}
            """,
        [typeof(LicenseApplicationRequest)] = """
            {"registrationNumber":"AR-R-2026-00000001-X","licensee":{"type":"unifiedSocialCreditCode","number":"91110000802100433B"},
             "type":"nonExclusive","subLicensingAllowed":false,"scope":["城市规划"],"startsOn":"2027-01-01","endsOn":"2027-12-31"}
            """,
        [typeof(TransferApplicationRequest)] = """
            {"registrationNumber":"AR-R-2026-00000001-X","newHolder":{"type":"unifiedSocialCreditCode","number":"91440300MA51000190"},
             "ground":"trade","basisFingerprint":"60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752"}
            """,
        [typeof(CancellationApplicationRequest)] = """{"registrationNumber":"AR-R-2026-00000001-X","ground":"voluntary"}""",
        [typeof(ReasonsRequest)] = """{"reasons":["审查报告与申请数据不符"]}""",
        [typeof(CorrectionRequestBody)] = """{"whatToCorrect":["更新频率应具体说明"],"deadline":"2026-12-31"}""",
        [typeof(ChangeApplicationRequest)] = """
            {"registrationNumber":"AR-R-2026-00000001-X","updateFrequency":"每小时","license":{"licenseId":"0193f2a4-7c1e-7000-8000-000000000001","endsOn":"2028-12-31"}}
            """,
        [typeof(Corrections.CorrectionRequest)] = """{"objectionId":"0193f2a4-7c1e-7000-8000-000000000002","dataSource":"北京数据应用有限公司采集，经用户授权"}""",
        [typeof(FreezeRequest)] = """
            {"court":"北京市第一中级人民法院","caseNumber":"(2026)京01执保123号","orderFingerprint":"60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752","endsOn":"2027-11-30"}
            """,
        [typeof(ReleaseRequest)] = """{"orderFingerprint":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}""",
        [typeof(LawsuitProofRequest)] = """{"documentFingerprint":"60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752"}""",
        [typeof(ObjectionDecisionRequest)] = """{"reasons":["异议人提交的采集记录不能证明其权利"]}""",
        [typeof(RenamePartyRequest)] = """{"name":"福建数据集团有限公司","licenceFingerprint":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}""",
        [typeof(RenewalApplicationRequest)] = """{"registrationNumber":"AR-R-2026-00000001-X"}""",
        [typeof(VerifyRequest)] = """{"certificateNumber":"AR-C-000000000001"}""",
        [typeof(WithdrawalRequest)] = """{"reason":"业务调整，暂不登记"}""",
        [typeof(AdvanceClock)] = """{"advanceBy":"P10D"}""",
        [typeof(DocumentReceipt)] = """{"sha256":"60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752","size":482113,"mediaType":"application/pdf"}""",
        [typeof(ObjectionRequest)] = """
            {"registrationNumber":"AR-R-2026-00000001-X","grounds":"该数据由本公司采集",
             "evidence":["60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752"]}
            """,
    };

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (Examples.TryGetValue(context.JsonTypeInfo.Type, out var example))
        {
            schema.Examples = [JsonNode.Parse(example)!];
        }

        return Task.CompletedTask;
    }
}
