using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace AssetRegistry.Benchmark;

/// <summary>The registry's HTTP API as its users call it, over one pooled loopback HttpClient shared by all clients.</summary>
internal sealed class RegistryClient : IDisposable
{
    private static readonly string[] Scenarios = ["城市规划", "出行服务"];
    private readonly HttpClient _http;

    public RegistryClient(Uri address)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 1024,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        _http = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(120) };
    }

    public void Dispose() => _http.Dispose();

    /// <summary>Uploads a small review report as the enterprise; its SHA-256 fingerprint, which applications cite.</summary>
    public Task<string> UploadReportAsync(string token, string text) => UploadDocumentAsync(token, $"review report {text}");

    /// <summary>
    /// Onboarding (入驻, 实名): the enterprise uploads its business licence and submits its legal name and credit code; a clerk
    /// approves. The outcome is the approval's status ("200" when the party is verified).
    /// </summary>
    public async Task<(string Outcome, bool Ok)> OnboardAsync(string enterpriseToken, string clerkToken, string creditCode, string name)
    {
        var licence = await UploadDocumentAsync(enterpriseToken, $"营业执照 {creditCode}");
        var (submitted, body) = await PostAsync("/api/parties/onboarding", enterpriseToken, JsonSerializer.Serialize(new
        {
            name, identifier = new { type = "unifiedSocialCreditCode", number = creditCode }, identityDocuments = new[] { licence },
        }));
        if (submitted != "201" || Property(body, "onboardingId") is not { } onboardingId)
        {
            return ($"submit {submitted}", false);
        }

        var (approved, _) = await PostAsync($"/api/parties/onboarding/{onboardingId}/approve", clerkToken, "{}");
        return (approved, approved == "200");
    }

    private async Task<string> UploadDocumentAsync(string token, string text)
    {
        var bytes = Encoding.UTF8.GetBytes($"%PDF-1.7\n{text}\n%%EOF");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "report.pdf");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? Convert.ToHexStringLower(SHA256.HashData(bytes))
            : throw new InvalidOperationException($"upload: {(int)response.StatusCode} {body}");
    }

    /// <summary>An initial application (首次登记) of a data resource, as RegistryApi in the tests writes one.</summary>
    public static string InitialApplication(string reportFingerprint, Random random)
    {
        Span<byte> sample = stackalloc byte[32];
        random.NextBytes(sample);
        return JsonSerializer.Serialize(new
        {
            assetKind = "dataResource",
            name = $"城市交通出行数据集 {random.Next(1, 1_000_000)}",
            industry = "交通运输",
            applicationScenarios = Scenarios,
            dataSource = "自有业务系统采集，经用户授权",
            structureAndScale = "结构化表格，约 1.2 亿条记录",
            updateFrequency = "每日",
            processingRules = "脱敏、聚合至 500 米网格",
            notarisationStatus = "已在区块链存证平台存证",
            sampleDataFingerprint = Convert.ToHexStringLower(sample),
            reviewReport = new
            {
                institutionName = "深圳数据合规评估中心",
                institutionCreditCode = ReviewInstitutionCode,
                reportNumber = $"SZ-REV-{random.Next(1000, 9999)}",
                reportDate = "2026-02-20",
                conclusion = "数据来源合法，内容真实",
                documentFingerprint = reportFingerprint,
            },
            declaration = new { committed = true },
        });
    }

    /// <summary>POST /api/applications/initial: the status code and the new application's id.</summary>
    public async Task<(string Outcome, string? ApplicationId)> SubmitAsync(string token, string application)
    {
        var (status, body) = await PostAsync("/api/applications/initial", token, application);
        return (status, status == "201" ? Property(body, "applicationId") : null);
    }

    /// <summary>The credit code of the institution whose review report every application cites (<see cref="Parties.Reviewer"/> speaks for it).</summary>
    public const string ReviewInstitutionCode = "91350100M000100Y43";

    /// <summary>POST /api/applications/{id}/confirm-review-report: the institution confirms the report, before formal review may accept.</summary>
    public async Task<(string Outcome, bool Ok)> ConfirmReviewReportAsync(string token, string applicationId)
    {
        var (status, _) = await PostAsync($"/api/applications/{applicationId}/confirm-review-report", token, "{}");
        return (status, status == "200");
    }

    /// <summary>POST /api/applications/{id}/accept.</summary>
    public async Task<(string Outcome, bool Ok)> AcceptAsync(string token, string applicationId)
    {
        var (status, _) = await PostAsync($"/api/applications/{applicationId}/accept", token, "{}");
        return (status, status == "200");
    }

    /// <summary>POST /api/applications/{id}/approve: the status code and the registration number of the new asset.</summary>
    public async Task<(string Outcome, string? RegistrationNumber)> ApproveAsync(string token, string applicationId)
    {
        var (status, body) = await PostAsync($"/api/applications/{applicationId}/approve", token, "{}");
        return (status, status == "200" ? Property(body, "registrationNumber") : null);
    }

    /// <summary>GET /api/assets/{number}.</summary>
    public async Task<(string Outcome, bool Ok)> GetAssetAsync(string token, string registrationNumber)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/assets/{registrationNumber}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
        _ = await response.Content.ReadAsByteArrayAsync();
        return (((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), response.StatusCode == HttpStatusCode.OK);
    }

    /// <summary>GET a public resource (a tile, a bundle), its bytes read and dropped.</summary>
    public async Task<(string Outcome, bool Ok)> GetBytesAsync(string path)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead);
        _ = await response.Content.ReadAsByteArrayAsync();
        return (((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), response.StatusCode == HttpStatusCode.OK);
    }

    /// <summary>GET a public text resource (a bundle, the keys file); null unless 200.</summary>
    public async Task<(string Outcome, string? Body)> GetTextAsync(string path)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        return (((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), response.StatusCode == HttpStatusCode.OK ? body : null);
    }

    private async Task<(string Status, string Body)> PostAsync(string path, string token, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (response.StatusCode == HttpStatusCode.Conflict && Property(body, "code") is { } code)
        {
            status += " " + code;
        }

        return (status, body);
    }

    private static string? Property(string json, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.TryGetProperty(name, out var value) ? value.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
