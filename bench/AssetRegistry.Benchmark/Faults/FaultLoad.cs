using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AssetRegistry.Security;
using Microsoft.IdentityModel.Tokens;

namespace AssetRegistry.Benchmark.Faults;

/// <summary>What the registry acknowledged: a registration (or a registered objection) the registry answered 200 for.</summary>
internal sealed record Acknowledged(string Kind, string Id, string RegistrationNumber, DateTime At);

/// <summary>
/// A bounded offered load (open loop: work starts when it is due, whatever the answers): registration chains — an initial
/// registration (首次; its review report confirmed by its institution before acceptance), then on its asset a license (许可), a transfer (转移) and a cancellation (注销), or, every fourth
/// chain, an objection (异议) — asset reads by a bank, and certificate verifications. Every write carries an
/// Idempotency-Key, so that a client may send it again after a failure; what the registry acknowledged is kept.
/// </summary>
internal sealed partial class FaultLoad(NodeBalancer nodes, DevelopmentIssuer issuer, FaultOptions options)
{
    private const int MostInFlight = 256;
    private static readonly string[] LicensedScope = ["城市规划"];
    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _numbers = new();
    private readonly List<string> _readable = [];
    private int _inFlight;
    private long _chains;

    public ConcurrentBag<Acknowledged> Acknowledgements { get; } = [];
    public ConcurrentDictionary<string, long> Refusals { get; } = new(StringComparer.Ordinal);
    public long ChainsStarted => Interlocked.Read(ref _chains);
    public long Skipped;

    /// <summary>Registrations acknowledged (an objection is not a registration of the asset).</summary>
    public long Registrations => Acknowledgements.Count(a => a.Kind != "objection");

    /// <summary>Runs until <paramref name="stop"/>; then waits for the chains in flight to end.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        var running = new ConcurrentDictionary<Task, bool>();
        var loops = new[]
        {
            Paced(options.Rate, running, serial => ChainAsync(serial), stop),
            Paced(options.Reads, running, _ => ReadAsync(), stop),
            Paced(options.Verifications, running, _ => VerifyAsync(), stop),
        };
        await Task.WhenAll(loops);
        await Task.WhenAll(running.Keys);
    }

    private async Task Paced(double perSecond, ConcurrentDictionary<Task, bool> running, Func<long, Task> work, CancellationToken stop)
    {
        var interval = TimeSpan.FromSeconds(1 / perSecond);
        var clock = Stopwatch.StartNew();
        for (long serial = 0; !stop.IsCancellationRequested; serial++)
        {
            var due = interval * serial;
            if (due > clock.Elapsed)
            {
                try
                {
                    await Task.Delay(due - clock.Elapsed, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            if (Interlocked.Increment(ref _inFlight) > MostInFlight)
            {
                // Bounded: a registry that stopped answering is not buried under every request it missed.
                Interlocked.Decrement(ref _inFlight);
                Interlocked.Increment(ref Skipped);
                continue;
            }

            var task = Task.Run(async () =>
            {
                try
                {
                    await work(serial);
                }
                catch (Exception failure)
                {
                    Refusals.AddOrUpdate($"failed: {failure.GetType().Name}: {failure.Message}", 1, (_, n) => n + 1);
                }
                finally
                {
                    Interlocked.Decrement(ref _inFlight);
                }
            }, CancellationToken.None);
            running[task] = true;
            _ = task.ContinueWith(t => running.TryRemove(t, out _), TaskScheduler.Default);
        }
    }

    private async Task ChainAsync(long serial)
    {
        Interlocked.Increment(ref _chains);
        var holder = Parties.CreditCode((int)(serial * 3 % 9_000_000));
        var licensee = Parties.CreditCode((int)((serial * 3 + 1) % 9_000_000));
        var buyer = Parties.CreditCode((int)((serial * 3 + 2) % 9_000_000));
        var accepting = Clerk($"clerk-accept-{serial % 16}");
        var approving = Clerk($"clerk-approve-{serial % 16}");
        var random = new Random((int)serial);

        // Every party of the chain is verified before it acts (实名): its onboarding, submitted with its own token, approved.
        if (!await OnboardedAsync(holder, "深圳市数据科技有限公司", accepting) || !await OnboardedAsync(licensee, "广州算法有限公司", accepting)
            || !await OnboardedAsync(buyer, "上海数据交易有限公司", accepting))
        {
            return;
        }

        var report = await UploadAsync(Enterprise(holder), $"review report {serial} {Guid.NewGuid()}");
        if (report is null)
        {
            return;
        }

        var applicationId = await ApplyAsync("initial", "/api/applications/initial", Enterprise(holder), RegistryClient.InitialApplication(report, random));
        var number = applicationId is null || !await ReviewReportConfirmedAsync("initial", applicationId) ? null
            : await CompleteAsync("initial", applicationId, null, accepting, approving);
        if (number is null)
        {
            return;
        }

        lock (_readable)
        {
            _readable.Add(number);
        }

        if (serial % 4 == 3)
        {
            var evidence = await UploadAsync(Enterprise(licensee), $"evidence {serial} {Guid.NewGuid()}");
            var filed = evidence is null ? null : await PostAsync("objection", "/api/objections", Enterprise(licensee), JsonSerializer.Serialize(new
            {
                registrationNumber = number, grounds = "该数据集由本公司采集，申请人无权登记", evidence = new[] { evidence },
            }), 201);
            if (filed is not null && Property(filed, "objectionId") is { } objectionId
                && await PostAsync("objection-register", $"/api/objections/{objectionId}/register", accepting, "{}", 200) is not null)
            {
                Acknowledgements.Add(new Acknowledged("objection", objectionId, number, DateTime.UtcNow));
            }

            return;
        }

        var license = await ApplyAsync("license", "/api/applications/license", Enterprise(holder), JsonSerializer.Serialize(new
        {
            registrationNumber = number, licensee = Party(licensee), type = "nonExclusive", subLicensingAllowed = false,
            scope = LicensedScope, startsOn = Today(1), endsOn = Today(200),
        }));
        if (license is null || await CompleteAsync("license", license, Enterprise(licensee), accepting, approving) is null)
        {
            return;
        }

        var contract = await UploadAsync(Enterprise(holder), $"data transfer contract {serial} {Guid.NewGuid()}");
        var transfer = contract is null ? null : await ApplyAsync("transfer", "/api/applications/transfer", Enterprise(holder), JsonSerializer.Serialize(new
        {
            registrationNumber = number, newHolder = Party(buyer), ground = "trade", basisFingerprint = contract,
        }));
        if (transfer is null || await CompleteAsync("transfer", transfer, Enterprise(buyer), accepting, approving) is null)
        {
            return;
        }

        var cancellation = await ApplyAsync("cancellation", "/api/applications/cancellation", Enterprise(buyer),
            JsonSerializer.Serialize(new { registrationNumber = number, ground = "voluntary" }));
        if (cancellation is not null)
        {
            await CompleteAsync("cancellation", cancellation, null, accepting, approving);
        }
    }

    private bool _heldHolderOnboarded;

    /// <summary>The clerk who accepts the application a fault holds.</summary>
    public string AcceptingClerk => Clerk("clerk-flood");

    /// <summary>An initial application submitted, for a fault to hold: its id.</summary>
    public async Task<string?> SubmitOneAsync()
    {
        var holder = Parties.CreditCode(8_999_999);
        if (!_heldHolderOnboarded)
        {
            _heldHolderOnboarded = await OnboardedAsync(holder, "深圳市数据科技有限公司", AcceptingClerk);
        }

        var report = await UploadAsync(Enterprise(holder), $"review report held {Guid.NewGuid()}");
        var applicationId = report is null ? null : await ApplyAsync("held", "/api/applications/initial", Enterprise(holder), RegistryClient.InitialApplication(report, new Random(7)));
        return applicationId is not null && await ReviewReportConfirmedAsync("held", applicationId) ? applicationId : null;
    }

    /// <summary>The institution the initial application's review report names confirms it, as formal review requires before it accepts.</summary>
    private async Task<bool> ReviewReportConfirmedAsync(string kind, string applicationId) =>
        await PostAsync($"{kind}-confirm", $"/api/applications/{applicationId}/confirm-review-report", Reviewer, "{}", 200) is not null;

    /// <summary>Consent where awaited, acceptance, approval: the registration number the approval answered, or null.</summary>
    private async Task<string?> CompleteAsync(string kind, string applicationId, string? consenting, string accepting, string approving)
    {
        if (consenting is not null && await PostAsync($"{kind}-consent", $"/api/applications/{applicationId}/consent", consenting, "{}", 200) is null)
        {
            return null;
        }

        if (await PostAsync($"{kind}-accept", $"/api/applications/{applicationId}/accept", accepting, "{}", 200) is null)
        {
            return null;
        }

        var approved = await PostAsync($"{kind}-approve", $"/api/applications/{applicationId}/approve", approving, "{}", 200);
        var number = approved is null ? null : Property(approved, "registrationNumber");
        if (number is not null)
        {
            Acknowledgements.Add(new Acknowledged(kind, applicationId, number, DateTime.UtcNow));
            _numbers.Enqueue(number);
        }

        return number;
    }

    private async Task<string?> ApplyAsync(string kind, string path, string token, string body) =>
        await PostAsync($"{kind}-apply", path, token, body, 201) is { } created ? Property(created, "applicationId") : null;

    private async Task<string?> PostAsync(string operation, string path, string token, string json, int expected)
    {
        var (status, body) = await nodes.SendAsync(operation, HttpMethod.Post, path, token, NodeBalancer.Json(json), idempotencyKey: true, CancellationToken.None);
        if (status == expected)
        {
            return body;
        }

        Refusals.AddOrUpdate($"{operation} {status} {Property(body, "code")}", 1, (_, n) => n + 1);
        return null;
    }

    private async Task<string?> UploadAsync(string token, string text)
    {
        var bytes = Encoding.UTF8.GetBytes($"%PDF-1.7\n{text}\n%%EOF");
        var (status, body) = await nodes.SendAsync("upload", HttpMethod.Post, "/api/documents", token, () =>
        {
            var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "file", "document.pdf");
            return form;
        }, idempotencyKey: false, CancellationToken.None);
        if (status is 200 or 201)
        {
            return Convert.ToHexStringLower(SHA256.HashData(bytes));
        }

        Refusals.AddOrUpdate($"upload {status} {Property(body, "code")}", 1, (_, n) => n + 1);
        return null;
    }

    private async Task ReadAsync()
    {
        if (Pick() is { } number)
        {
            await nodes.SendAsync("read", HttpMethod.Get, $"/api/assets/{number}", Bank, NodeBalancer.NoBody, idempotencyKey: false, CancellationToken.None);
        }
    }

    private async Task VerifyAsync()
    {
        if (Pick() is not { } number)
        {
            return;
        }

        var (status, body) = await nodes.SendAsync("certificates", HttpMethod.Get, $"/api/assets/{number}/certificates", Bank, NodeBalancer.NoBody,
            idempotencyKey: false, CancellationToken.None);
        if (status == 200 && CertificateNumber().Match(body) is { Success: true } certificate)
        {
            await nodes.SendAsync("verify", HttpMethod.Post, "/api/verify", null,
                NodeBalancer.Json(JsonSerializer.Serialize(new { certificateNumber = certificate.Groups[1].Value })), idempotencyKey: false, CancellationToken.None);
        }
    }

    private string? Pick()
    {
        lock (_readable)
        {
            return _readable.Count == 0 ? null : _readable[Random.Shared.Next(_readable.Count)];
        }
    }

    private string Bank => Token(RegistryRoles.Bank, "loan-officer", Parties.CreditCode(9_999_999));

    private string Clerk(string user) => Token(RegistryRoles.Clerk, user, null);

    private string Reviewer => Token(RegistryRoles.Reviewer, "reviewer-1", RegistryClient.ReviewInstitutionCode);

    private string Enterprise(string code) => Token(RegistryRoles.Enterprise, $"staff-{code}", code);

    private string Token(string role, string user, string? party) =>
        _tokens.GetOrAdd($"{role} {user} {party}", _ => issuer.Issue(user, role, party, ServiceProcess.Settings.TokenLifetime, DateTime.UtcNow));

    /// <summary>A counterparty as an application names it: by its credit code only (its name is its party record's).</summary>
    private static object Party(string code) => new { type = "unifiedSocialCreditCode", number = code };

    private async Task<bool> OnboardedAsync(string code, string name, string clerk)
    {
        var licence = await UploadAsync(Enterprise(code), $"营业执照 {code}");
        var submitted = licence is null ? null : await PostAsync("onboarding", "/api/parties/onboarding", Enterprise(code), JsonSerializer.Serialize(new
        {
            name, identifier = Party(code), identityDocuments = new[] { licence },
        }), 201);
        return submitted is not null && Property(submitted, "onboardingId") is { } onboardingId
            && await PostAsync("onboarding-approve", $"/api/parties/onboarding/{onboardingId}/approve", clerk, "{}", 200) is not null;
    }

    private static string Today(int plusDays) =>
        DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8).AddDays(plusDays)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Property(string json, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex("\"([A-Z0-9]{2,6}-C-[0-9]{12})\"")]
    private static partial Regex CertificateNumber();
}
