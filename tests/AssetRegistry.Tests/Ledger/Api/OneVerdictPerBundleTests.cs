extern alias verifier;

using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using AssetRegistry.Ledger;
using AssetRegistry.Ledger.Api;
using AssetRegistry.Tests.Infrastructure;
using AssetRegistry.Verification.Bundles;
using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Crypto;
using AssetRegistry.Verification.Merkle;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using verifier::AssetRegistry.Verifier;
using static AssetRegistry.Tests.Infrastructure.HttpExtensions;

namespace AssetRegistry.Tests.Ledger.Api;

/// <summary>
/// The same bytes get the same verdict from the library, the command-line verifier and <c>POST /api/verify</c>: each is
/// handed a genuine bundle of this registry and hostile variants of it, byte for byte (docs/ledger.md §2, §8).
/// </summary>
public sealed class OneVerdictPerBundleTests(RegistryApp app) : IClassFixture<RegistryApp>, IDisposable
{
    private const string Genuine = "genuine";
    private const string Malformed = nameof(VerificationFailure.MalformedDocument);
    private static readonly byte[] ReplacementCharacter = [0xEF, 0xBF, 0xBD];

    private readonly RegistryApi _api = new(app);
    private readonly string _folder = Directory.CreateTempSubdirectory("bundles-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private sealed record Hostile(string What, byte[] File, string Expected, bool FitsInJson = true);

    [Fact]
    public async Task the_library_the_command_line_verifier_and_the_api_give_every_hostile_bundle_the_same_verdict()
    {
        // An asset whose name holds U+FFFD: a verifier that decoded bytes loosely would take a lone 0xFF for it.
        var file = await BundleFileAsync(await CertifiedAsync("长三角气象观测数据\uFFFD逐时"));
        var leafZero = await BundleFileAsync("AR-C-000000000001");
        var keysFile = await app.Client.GetByteArrayAsync("/api/ledger/keys");
        var keyId = CertificateBundle.Parse(file).Checkpoint.Body.KeyId;
        var bundle = CertificateBundle.Parse(file);
        using var stranger = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var elsewhere = new CertificateBundle(bundle.Certificate, bundle.LeafIndex, bundle.InclusionProof,
            new CheckpointSigner(new EcdsaP256SigningKey(stranger), "another-registry").Sign(bundle.Checkpoint.Body.TreeSize, bundle.Checkpoint.Body.RootHash, bundle.Checkpoint.Body.IssuedAt));

        Hostile[] bundles =
        [
            new("the bundle as issued", file, Genuine),
            new("a byte order mark before it", [0xEF, 0xBB, 0xBF, .. file], Malformed, FitsInJson: false),
            new("U+FFFD written as the lone byte 0xFF", Replace(file, ReplacementCharacter, [0xFF]), Malformed),
            new("U+FFFD written as a UTF-8 surrogate", Replace(file, ReplacementCharacter, [0xED, 0xA0, 0x80]), Malformed),
            new("U+FFFD written in four bytes (overlong)", Replace(file, ReplacementCharacter, [0xF0, 0x8F, 0xBF, 0xBD]), Malformed),
            new("leafIndex -0", Replace(leafZero, "\"leafIndex\": 0", "\"leafIndex\": -0"), Malformed),
            new("leafIndex 0.0", Replace(leafZero, "\"leafIndex\": 0", "\"leafIndex\": 0.0"), Malformed),
            new("leafIndex 0e0", Replace(leafZero, "\"leafIndex\": 0", "\"leafIndex\": 0e0"), Malformed),
            new("a key id in capitals", Replace(file, keyId, keyId.ToUpperInvariant()), Malformed),
            new("a key id one digit short", Replace(file, keyId, keyId[..63]), Malformed),
            new("a well-formed key id nobody trusts", Replace(file, keyId, new string('0', 64)), nameof(VerificationFailure.UnknownKey)),
            new("another registry's bundle", Encoding.UTF8.GetBytes(elsewhere.ToJson()), nameof(VerificationFailure.UnknownKey)),
            new("a lone surrogate in the checkpoint", ReplaceLast(file, "\"registry\": \"AssetRegistry\"", "\"registry\": \"\\ud800\""), Malformed),
            new("a lone surrogate in the certificate", Replace(file, "\"kind\": \"initial\"", "\"kind\": \"\\udc00\""), Malformed),
            // In a request body a member twice is the request's fault (I-JSON bodies), so only as a file.
            new("a member twice in the certificate", Replace(file, "\"kind\": \"initial\"", "\"kind\": \"initial\", \"kind\": \"initial\""), Malformed, FitsInJson: false),
            new("an altered certificate", Replace(file, "逐时", "逐日"), nameof(VerificationFailure.InclusionProofInvalid)),
            new("half a bundle", file[..(file.Length / 2)], Malformed, FitsInJson: false),
        ];

        foreach (var hostile in bundles)
        {
            var verdicts = new Dictionary<string, string>
            {
                ["library"] = Code(new BundleVerifier(TrustedKeys.Parse(keysFile)).Verify(hostile.File)),
                ["command line"] = CommandLine(hostile.File, keysFile),
                ["api, bundleFile"] = await ApiAsync(BundleFileBody(hostile.File)),
            };
            if (hostile.FitsInJson)
            {
                verdicts["api, bundle"] = await ApiAsync([.. "{\"bundle\":"u8, .. hostile.File, .. "}"u8]);
            }

            Assert.All(verdicts, verdict => Assert.True(verdict.Value == hostile.Expected, $"{hostile.What}: {verdict.Key} says {verdict.Value}, not {hostile.Expected}"));
        }
    }

    [Fact]
    public async Task a_bundle_signed_with_this_registrys_key_over_a_root_this_ledger_never_signed_is_not_in_this_ledger()
    {
        var file = await BundleFileAsync(await CertifiedAsync("城市交通出行数据集"));
        var genuine = CertificateBundle.Parse(file);
        // A ledger of one made up certificate, signed with the registry's own key: what another registry sharing the key could issue.
        var certificate = genuine.Certificate;
        certificate["asset"]!["name"] = "另一个登记机构的数据集";
        var leaf = CertificateLeaf.Hash(MerkleHasher.Sha256, certificate);
        var key = app.Host.Services.GetRequiredService<LedgerKeys>().SigningKeyAt(genuine.Checkpoint.Body.IssuedAt);
        var forged = new CertificateBundle(certificate, 0, [], new CheckpointSigner(key, genuine.Checkpoint.Body.Registry).Sign(1, leaf, genuine.Checkpoint.Body.IssuedAt));
        var bytes = Encoding.UTF8.GetBytes(forged.ToJson());

        Assert.Equal(Genuine, Code(new BundleVerifier(TrustedKeys.Parse(await app.Client.GetByteArrayAsync("/api/ledger/keys"))).Verify(bytes)));
        var answer = await VerifyAsync(BundleFileBody(bytes));
        Assert.False(answer["genuine"]!.GetValue<bool>());
        Assert.Equal(VerifyingCertificates.NotInThisLedger, answer["reason"]!["code"]!.GetValue<string>());
        Assert.Null(answer["assetStatus"]);
    }

    [Fact]
    public async Task a_bundle_of_another_registry_signed_with_a_key_this_registry_trusts_is_an_unknown_key_here()
    {
        var genuine = CertificateBundle.Parse(await BundleFileAsync(await CertifiedAsync("城市交通出行数据集")));
        var body = genuine.Checkpoint.Body;
        var key = app.Host.Services.GetRequiredService<LedgerKeys>().SigningKeyAt(body.IssuedAt);
        var renamed = new CertificateBundle(genuine.Certificate, genuine.LeafIndex, genuine.InclusionProof,
            new CheckpointSigner(key, "another-registry").Sign(body.TreeSize, body.RootHash, body.IssuedAt));

        var answer = await VerifyAsync(BundleFileBody(Encoding.UTF8.GetBytes(renamed.ToJson())));

        Assert.Equal(nameof(VerificationFailure.UnknownKey), answer["reason"]!["code"]!.GetValue<string>());
        Assert.Contains("\"another-registry\"", answer["reason"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_bundle_file_that_is_not_base64_is_a_400_naming_bundle_file()
    {
        var response = await app.Client.SendAsync(RawJson(HttpMethod.Post, "/api/verify", """{"bundleFile":"not base64!"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["bundleFile"], (await response.ReadProblemAsync()).FieldsAtFault());
    }

    private async Task<string> CertifiedAsync(string name)
    {
        var token = RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode());
        var application = await _api.SubmittedAsync(token, await _api.InitialApplicationAsync(token, name: name));
        var id = application.Text("applicationId");
        await _api.ActedAsync("accept", id, RegistryApi.ClerkZhao);
        await _api.PassAsync(TimeSpan.FromDays(30));
        var number = (await _api.ActedAsync("approve", id, RegistryApi.ClerkQian)).Text("registrationNumber");
        await app.WaitForCertificatesAsync();
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select certificate_number from {LedgerTables.Certificates} where registration_number = $1", connection)
        {
            Parameters = { new NpgsqlParameter { Value = number } },
        };
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private async Task<byte[]> BundleFileAsync(string certificateNumber) =>
        await app.Client.GetByteArrayAsync($"/api/certificates/{certificateNumber}/bundle");

    private static string Code(VerificationResult result) => result.IsGenuine ? Genuine : result.Failure!.Value.ToString();

    private string CommandLine(byte[] file, byte[] keysFile)
    {
        var bundlePath = Path.Combine(_folder, "bundle.json");
        var keysPath = Path.Combine(_folder, "keys.json");
        File.WriteAllBytes(bundlePath, file);
        File.WriteAllBytes(keysPath, keysFile);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = VerifierCommandLine.Run(["verify", bundlePath, "--keys", keysPath], stdout, stderr);
        var printed = stdout.ToString().Trim();
        return exitCode switch
        {
            0 when printed == Genuine => Genuine,
            1 when printed.StartsWith("failed: ", StringComparison.Ordinal) => printed["failed: ".Length..].Split(':')[0],
            _ => $"exit {exitCode}: {printed} {stderr}",
        };
    }

    private async Task<string> ApiAsync(byte[] body)
    {
        var response = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/verify") { Content = new ByteArrayContent(body) { Headers = { { "Content-Type", "application/json" } } } });
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return $"HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
        }

        var answer = await response.ReadJsonAsync();
        return answer["genuine"]!.GetValue<bool>() ? Genuine : answer["reason"]!["code"]!.GetValue<string>();
    }

    private async Task<JsonObject> VerifyAsync(byte[] body)
    {
        var response = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/verify") { Content = new ByteArrayContent(body) { Headers = { { "Content-Type", "application/json" } } } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    private static byte[] BundleFileBody(byte[] file) => Encoding.UTF8.GetBytes($"{{\"bundleFile\":\"{Convert.ToBase64String(file)}\"}}");

    private static byte[] Replace(byte[] file, string from, string to) => Replace(file, Encoding.UTF8.GetBytes(from), Encoding.UTF8.GetBytes(to));

    private static byte[] Replace(byte[] file, byte[] from, byte[] to)
    {
        var at = file.AsSpan().IndexOf(from);
        Assert.True(at >= 0, $"the bundle holds no {Encoding.UTF8.GetString(from)}");
        return [.. file[..at], .. to, .. file[(at + from.Length)..]];
    }

    private static byte[] ReplaceLast(byte[] file, string from, string to)
    {
        var needle = Encoding.UTF8.GetBytes(from);
        var at = file.AsSpan().LastIndexOf(needle);
        Assert.True(at >= 0, $"the bundle holds no {from}");
        return [.. file[..at], .. Encoding.UTF8.GetBytes(to), .. file[(at + needle.Length)..]];
    }
}
