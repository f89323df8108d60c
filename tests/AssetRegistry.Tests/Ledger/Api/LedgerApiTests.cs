using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AssetRegistry.Ledger;
using AssetRegistry.Security;
using AssetRegistry.Tests.Infrastructure;
using AssetRegistry.Verification.Bundles;
using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Commitments;
using AssetRegistry.Verification.Crypto;
using AssetRegistry.Verification.Merkle;
using Npgsql;
using static AssetRegistry.Tests.Infrastructure.HttpExtensions;

namespace AssetRegistry.Tests.Ledger.Api;

/// <summary>
/// The ledger's public API on certificates issued by real registrations: what it serves verifies offline with the
/// library and the published keys, and verification tells a changed certificate and where the asset stands now.
/// </summary>
public sealed class LedgerApiTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private readonly RegistryApi _api = new(app);

    private sealed record Issued(string Number, long LeafIndex, string Kind);

    private async Task<(Enterprise Holder, string Number, Issued Certificate)> CertifiedAssetAsync()
    {
        var holder = Enterprise.New("深圳市数据科技有限公司");
        var number = await _api.RegisteredAssetAsync(holder.Token);
        await app.WaitForCertificatesAsync();
        return (holder, number, Assert.Single(await CertificatesOfAsync(number)));
    }

    /// <summary>The asset's certificates, oldest first: read from the ledger table, as there is no API listing them.</summary>
    private async Task<List<Issued>> CertificatesOfAsync(string registrationNumber)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"select certificate_number, leaf_index, certificate::json->>'kind' from {LedgerTables.Certificates} where registration_number = $1 order by leaf_index", connection)
        {
            Parameters = { new NpgsqlParameter { Value = registrationNumber } },
        };
        await using var reader = await command.ExecuteReaderAsync();
        var issued = new List<Issued>();
        while (await reader.ReadAsync())
        {
            issued.Add(new Issued(reader.GetString(0), reader.GetInt64(1), reader.GetString(2)));
        }

        return issued;
    }

    private async Task<int> ExecuteAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return await command.ExecuteNonQueryAsync();
    }

    private async Task<string> GetTextAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await app.Client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url}: {(int)response.StatusCode} {text}");
        return text;
    }

    private async Task<TrustedKeys> PublishedKeysAsync() => TrustedKeys.Parse(await GetTextAsync("/api/ledger/keys"));

    private async Task<JsonObject> VerifyAsync(object body)
    {
        var response = await app.Client.SendAsync(Json(HttpMethod.Post, "/api/verify", body));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"verify: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadJsonAsync();
    }

    private static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadProblemAsync();
    }

    private async Task<JsonObject> GetProblemAsync(string url, HttpStatusCode expected, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        return await ProblemAsync(await app.Client.SendAsync(token is null ? request : request.WithToken(token)), expected);
    }

    /// <summary>Two batches, so two checkpoints at least: the first asset's certificate, then another's.</summary>
    private async Task<(Issued Earlier, Issued Later)> TwoCheckpointsAsync()
    {
        var (_, _, earlier) = await CertifiedAssetAsync();
        var (_, _, later) = await CertifiedAssetAsync();
        return (earlier, later);
    }

    private async Task<List<SignedCheckpoint>> AllCheckpointsAsync()
    {
        var page = JsonNode.Parse(await GetTextAsync("/api/ledger/checkpoints?pageSize=200"))!.AsObject();
        return [.. page["items"]!.AsArray().Select(c => SignedCheckpoint.Parse(c!.ToJsonString()))];
    }

    [Fact]
    public async Task a_bundle_from_the_service_verifies_offline_with_the_published_keys()
    {
        var (_, number, certificate) = await CertifiedAssetAsync();

        var bundleText = await GetTextAsync($"/api/certificates/{certificate.Number}/bundle");
        var verdict = new BundleVerifier(await PublishedKeysAsync()).Verify(bundleText);

        Assert.True(verdict.IsGenuine, verdict.ToString());
        var bundle = CertificateBundle.Parse(bundleText);
        Assert.Equal(certificate.LeafIndex, bundle.LeafIndex);
        Assert.Equal(number, bundle.Certificate["asset"]!["registrationNumber"]!.GetValue<string>());
        Assert.Equal(certificate.Number, bundle.Certificate["certificateNumber"]!.GetValue<string>());
        var latest = SignedCheckpoint.Parse(await GetTextAsync("/api/ledger/checkpoint"));
        Assert.Equal(latest.ToJson(), bundle.Checkpoint.ToJson());
    }

    [Fact]
    public async Task bundles_kept_in_memory_follow_the_latest_checkpoint_within_a_second_and_a_certificate_just_issued_has_its_bundle_at_once()
    {
        var (_, _, earlier) = await CertifiedAssetAsync();
        var first = CertificateBundle.Parse(await GetTextAsync($"/api/certificates/{earlier.Number}/bundle"));

        // A checkpoint later than the one the kept bundle is against: the new certificate is not in that one.
        var (_, _, later) = await CertifiedAssetAsync();
        var fresh = CertificateBundle.Parse(await GetTextAsync($"/api/certificates/{later.Number}/bundle"));
        Assert.True(fresh.Checkpoint.Body.TreeSize > later.LeafIndex);
        Assert.True(new BundleVerifier(await PublishedKeysAsync()).Verify(fresh).IsGenuine);

        await Task.Delay(AssetRegistry.Ledger.Api.LatestBundles.CheckpointFreshness);
        var again = CertificateBundle.Parse(await GetTextAsync($"/api/certificates/{earlier.Number}/bundle"));
        var latest = SignedCheckpoint.Parse(await GetTextAsync("/api/ledger/checkpoint"));
        Assert.True(latest.Body.TreeSize > first.Checkpoint.Body.TreeSize);
        Assert.Equal(latest.ToJson(), again.Checkpoint.ToJson());
        Assert.True(new BundleVerifier(await PublishedKeysAsync()).Verify(again).IsGenuine);
    }

    [Fact]
    public async Task a_certificate_is_served_as_its_leaf_bytes_with_its_leaf_index()
    {
        var (_, _, certificate) = await CertifiedAssetAsync();

        var response = await app.Client.GetAsync($"/api/certificates/{certificate.Number.ToLowerInvariant()}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(certificate.LeafIndex.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(response.Headers.GetValues("X-Leaf-Index")));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var proof = JsonNode.Parse(await GetTextAsync($"/api/ledger/proofs/inclusion?certificate={certificate.Number}"))!.AsObject();
        Assert.Equal(proof.Text("leafHash"), Convert.ToBase64String(MerkleHasher.Sha256.LeafHash(bytes)));
        Assert.Equal(bytes, CertificateLeaf.Bytes(JsonNode.Parse(bytes)!.AsObject()));
    }

    [Fact]
    public async Task a_bundle_can_be_had_against_any_checkpoint_that_holds_the_certificate_and_no_other()
    {
        var (earlier, _) = await TwoCheckpointsAsync();
        var keys = await PublishedKeysAsync();
        var holding = (await AllCheckpointsAsync()).Select(c => c.Body.TreeSize).Where(s => s > earlier.LeafIndex).ToList();
        Assert.True(holding.Count >= 2, $"checkpoints holding leaf {earlier.LeafIndex}: {string.Join(", ", holding)}");

        foreach (var size in holding)
        {
            var bundleText = await GetTextAsync($"/api/certificates/{earlier.Number}/bundle?treeSize={size}");
            Assert.True(new BundleVerifier(keys).Verify(bundleText).IsGenuine, $"tree size {size}");
            Assert.Equal(size, CertificateBundle.Parse(bundleText).Checkpoint.Body.TreeSize);
        }

        var tooSmall = await GetProblemAsync($"/api/certificates/{earlier.Number}/bundle?treeSize={earlier.LeafIndex}", HttpStatusCode.BadRequest);
        Assert.Equal(["treeSize"], tooSmall.FieldsAtFault());
        Assert.Equal("checkpoint-not-found",
            (await GetProblemAsync($"/api/certificates/{earlier.Number}/bundle?treeSize=9007199254740991", HttpStatusCode.NotFound)).Code());
        foreach (var malformed in new[] { "-1", "abc", "1.5", "9007199254740992", "" })
        {
            var problem = await GetProblemAsync($"/api/certificates/{earlier.Number}/bundle?treeSize={malformed}", HttpStatusCode.BadRequest);
            Assert.Equal(["treeSize"], problem.FieldsAtFault());
        }
    }

    [Fact]
    public async Task consistency_between_two_published_checkpoints_verifies_with_the_published_keys()
    {
        await TwoCheckpointsAsync();
        var keys = await PublishedKeysAsync();
        var checkpoints = await AllCheckpointsAsync();
        var (older, newer) = (checkpoints[0], checkpoints[^1]);
        Assert.True(older.Body.TreeSize < newer.Body.TreeSize);

        foreach (var (from, to) in new[] { (older, newer), (checkpoints[^2], newer), (newer, newer) })
        {
            var proof = ConsistencyProof.Parse(await GetTextAsync($"/api/ledger/proofs/consistency?from={from.Body.TreeSize}&to={to.Body.TreeSize}"));
            var verdict = new ConsistencyVerifier(keys).Verify(from, to, proof);
            Assert.True(verdict.IsGenuine, $"{from.Body.TreeSize} → {to.Body.TreeSize}: {verdict}");
        }

        // The checkpoint of one size, as a copy kept elsewhere would be checked against.
        var single = SignedCheckpoint.Parse(await GetTextAsync($"/api/ledger/checkpoints/{older.Body.TreeSize}"));
        Assert.Equal(older.ToJson(), single.ToJson());
    }

    [Fact]
    public async Task the_inclusion_proof_leads_from_the_certificate_to_the_signed_root()
    {
        var (earlier, later) = await TwoCheckpointsAsync();
        var keys = await PublishedKeysAsync();

        foreach (var certificate in new[] { earlier, later })
        {
            var proof = JsonNode.Parse(await GetTextAsync($"/api/ledger/proofs/inclusion?certificate={certificate.Number}"))!.AsObject();
            var treeSize = proof["treeSize"]!.GetValue<long>();
            var checkpoint = SignedCheckpoint.Parse(await GetTextAsync($"/api/ledger/checkpoints/{treeSize}"));
            Assert.True(new CheckpointVerifier(keys).Verify(checkpoint).IsGenuine);
            var path = proof["inclusionProof"]!.AsArray().Select(p => Convert.FromBase64String(p!.GetValue<string>())).ToList();
            var outcome = InclusionProofVerifier.Verify(MerkleHasher.Sha256, proof["leafIndex"]!.GetValue<long>(), treeSize,
                Convert.FromBase64String(proof.Text("leafHash")), path, checkpoint.Body.RootHash);
            Assert.True(outcome.IsValid, outcome.ToString());
            Assert.Equal(certificate.LeafIndex, proof["leafIndex"]!.GetValue<long>());
        }
    }

    [Fact]
    public async Task one_byte_changed_in_a_stored_certificate_is_reported_not_genuine_and_its_bundle_is_not_served()
    {
        var (_, _, certificate) = await CertifiedAssetAsync();
        var before = await VerifyAsync(new { certificateNumber = certificate.Number });
        Assert.True(before["genuine"]!.GetValue<bool>(), before.ToJsonString());
        Assert.Equal("current", before.Text("assetStatus"));

        Assert.Equal(1, await ExecuteAsync(
            $"update {LedgerTables.Certificates} set certificate = replace(certificate, '\"kind\":\"initial\"', '\"kind\":\"initiaL\"') where certificate_number = $1",
            certificate.Number));
        try
        {
            var after = await VerifyAsync(new { certificateNumber = certificate.Number });

            Assert.False(after["genuine"]!.GetValue<bool>());
            Assert.Equal("InclusionProofInvalid", after["reason"]!.AsObject().Text("code"));
            Assert.False(string.IsNullOrWhiteSpace(after["reason"]!.AsObject().Text("message")));
            Assert.Null(after["assetStatus"]);
            var bundle = await GetProblemAsync($"/api/certificates/{certificate.Number}/bundle", HttpStatusCode.InternalServerError);
            Assert.Equal("ledger-inconsistent", bundle.Code());
        }
        finally
        {
            await ExecuteAsync(
                $"update {LedgerTables.Certificates} set certificate = replace(certificate, '\"kind\":\"initiaL\"', '\"kind\":\"initial\"') where certificate_number = $1",
                certificate.Number);
        }

        Assert.True((await VerifyAsync(new { certificateNumber = certificate.Number }))["genuine"]!.GetValue<bool>());
    }

    [Fact]
    public async Task a_change_to_the_stored_bytes_that_a_json_parser_would_not_see_is_still_reported()
    {
        var (_, _, certificate) = await CertifiedAssetAsync();

        // Same JSON value, same canonical form — different bytes from the ledger's leaf.
        Assert.Equal(1, await ExecuteAsync(
            $"update {LedgerTables.Certificates} set certificate = ' ' || certificate where certificate_number = $1", certificate.Number));
        try
        {
            var after = await VerifyAsync(new { certificateNumber = certificate.Number });

            Assert.False(after["genuine"]!.GetValue<bool>(), after.ToJsonString());
            Assert.Equal("InclusionProofInvalid", after["reason"]!.AsObject().Text("code"));
            Assert.Contains("as stored", after["reason"]!.AsObject().Text("message"), StringComparison.Ordinal);
        }
        finally
        {
            await ExecuteAsync($"update {LedgerTables.Certificates} set certificate = ltrim(certificate) where certificate_number = $1", certificate.Number);
        }
    }

    [Fact]
    public async Task verification_reports_superseded_after_a_later_registration_on_the_same_asset()
    {
        var holder = Enterprise.New("深圳市数据科技有限公司");
        var number = await _api.RegisteredAssetAsync(holder.Token);
        await _api.CompletedAsync(await _api.AppliedAsync("change", holder.Token, new { registrationNumber = number, updateFrequency = "每周" }));
        await app.WaitForCertificatesAsync();
        var certificates = await CertificatesOfAsync(number);
        Assert.Equal(["initial", "change"], certificates.Select(c => c.Kind));
        var (initial, change) = (certificates[0], certificates[1]);

        var old = await VerifyAsync(new { certificateNumber = initial.Number });
        var current = await VerifyAsync(new { certificateNumber = change.Number });
        var oldBundle = JsonNode.Parse(await GetTextAsync($"/api/certificates/{initial.Number}/bundle"));
        var byBundle = await VerifyAsync(new { bundle = oldBundle });

        Assert.True(old["genuine"]!.GetValue<bool>());
        Assert.Equal("superseded", old.Text("assetStatus"));
        Assert.Equal(change.Number, old.Text("currentCertificateNumber"));
        Assert.Equal(number, old.Text("registrationNumber"));
        Assert.Equal("current", current.Text("assetStatus"));
        Assert.Null(current["currentCertificateNumber"]);
        Assert.True(byBundle["genuine"]!.GetValue<bool>());
        Assert.Equal("superseded", byBundle.Text("assetStatus"));
        Assert.Equal(change.Number, byBundle.Text("currentCertificateNumber"));
    }

    [Fact]
    public async Task verification_reports_cancelled_after_a_cancellation()
    {
        var holder = Enterprise.New("深圳市数据科技有限公司");
        var number = await _api.RegisteredAssetAsync(holder.Token);
        await _api.CompletedAsync(await _api.AppliedAsync("cancellation", holder.Token, new { registrationNumber = number, ground = "voluntary" }));
        await app.WaitForCertificatesAsync();
        var certificates = await CertificatesOfAsync(number);
        Assert.Equal(["initial", "cancellation"], certificates.Select(c => c.Kind));

        var initial = await VerifyAsync(new { certificateNumber = certificates[0].Number });
        var cancellation = await VerifyAsync(new { certificateNumber = certificates[1].Number });

        Assert.True(initial["genuine"]!.GetValue<bool>());
        Assert.Equal("cancelled", initial.Text("assetStatus"));
        Assert.Equal(certificates[1].Number, initial.Text("currentCertificateNumber"));
        Assert.True(cancellation["genuine"]!.GetValue<bool>());
        Assert.Equal("cancelled", cancellation.Text("assetStatus"));
    }

    [Fact]
    public async Task a_posted_bundle_is_judged_as_the_offline_verifier_judges_it()
    {
        var (_, _, certificate) = await CertifiedAssetAsync();
        var bundle = JsonNode.Parse(await GetTextAsync($"/api/certificates/{certificate.Number}/bundle"))!.AsObject();

        var genuine = await VerifyAsync(new { bundle });
        Assert.True(genuine["genuine"]!.GetValue<bool>(), genuine.ToJsonString());
        Assert.Equal("current", genuine.Text("assetStatus"));
        Assert.Equal(certificate.Number, genuine.Text("certificateNumber"));
        Assert.Equal(certificate.LeafIndex, genuine["leafIndex"]!.GetValue<long>());

        var altered = (JsonObject)bundle.DeepClone();
        altered["certificate"]!["asset"]!["name"] = "另一个数据集";
        var alteredVerdict = await VerifyAsync(new { bundle = altered });
        Assert.False(alteredVerdict["genuine"]!.GetValue<bool>());
        Assert.Equal("InclusionProofInvalid", alteredVerdict["reason"]!.AsObject().Text("code"));
        Assert.Null(alteredVerdict["assetStatus"]);

        var malformed = (JsonObject)bundle.DeepClone();
        malformed.Remove("inclusionProof");
        Assert.Equal("MalformedDocument", (await VerifyAsync(new { bundle = malformed }))["reason"]!.AsObject().Text("code"));

        var unnamed = (JsonObject)bundle.DeepClone();
        unnamed["checkpoint"]!["registry"] = "";
        Assert.Equal("MalformedDocument", (await VerifyAsync(new { bundle = unnamed }))["reason"]!.AsObject().Text("code"));

        var forged = (JsonObject)bundle.DeepClone();
        forged["checkpoint"]!["treeSize"] = forged["checkpoint"]!["treeSize"]!.GetValue<long>() + 1;
        Assert.Equal("BadSignature", (await VerifyAsync(new { bundle = forged }))["reason"]!.AsObject().Text("code"));
    }

    [Fact]
    public async Task a_verification_request_names_what_is_wrong_with_it()
    {
        async Task<JsonObject> Refused(string body, HttpStatusCode status) =>
            await ProblemAsync(await app.Client.SendAsync(RawJson(HttpMethod.Post, "/api/verify", body)), status);

        Assert.Equal(["bundle", "bundleFile", "certificateNumber", "tlogProof"], (await Refused("{}", HttpStatusCode.BadRequest)).FieldsAtFault().Order());
        Assert.Equal(["bundleFile", "tlogProof"], (await Refused("""{"tlogProof":"c2sp.org/tlog-proof@v1\n","bundleFile":"e30="}""", HttpStatusCode.BadRequest)).FieldsAtFault().Order());
        Assert.Equal(["bundle", "bundleFile"], (await Refused("""{"bundle":{},"bundleFile":"e30="}""", HttpStatusCode.BadRequest)).FieldsAtFault().Order());
        Assert.Equal(["bundle", "certificateNumber"],
            (await Refused("""{"bundle":{},"certificateNumber":"AR-C-000000000001"}""", HttpStatusCode.BadRequest)).FieldsAtFault().Order());
        Assert.Equal(["bundle"], (await Refused("""{"bundle":"a bundle"}""", HttpStatusCode.BadRequest)).FieldsAtFault());
        Assert.Equal(["certificateNumber"], (await Refused("""{"certificateNumber":"AR-000000000001"}""", HttpStatusCode.BadRequest)).FieldsAtFault());
        Assert.Equal("certificate-not-found", (await Refused("""{"certificateNumber":"AR-C-999999999999"}""", HttpStatusCode.NotFound)).Code());
    }

    [Fact]
    public async Task salts_are_shown_to_the_parties_the_certificate_names_and_to_registry_staff_only()
    {
        var (holder, number, certificate) = await CertifiedAssetAsync();
        var licensee = Enterprise.New("广州算法有限公司");
        var license = await _api.AppliedAsync("license", holder.Token, new
        {
            registrationNumber = number,
            licensee = RegistryApi.Organisation(licensee.Code, licensee.Name),
            type = "nonExclusive",
            subLicensingAllowed = false,
            scope = new[] { "城市规划" },
            startsOn = _api.Today(1),
            endsOn = _api.Today(200),
        });
        await _api.CompletedAsync(license, licensee.Token);
        await app.WaitForCertificatesAsync();
        var licenseCertificate = (await CertificatesOfAsync(number)).Single(c => c.Kind == "license");
        var stranger = Enterprise.New("无关数据有限公司");

        async Task<HttpResponseMessage> SaltsAsync(string certificateNumber, string? token)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/api/certificates/{certificateNumber}/salts");
            return await app.Client.SendAsync(token is null ? request : request.WithToken(token));
        }

        var shown = await SaltsAsync(certificate.Number, holder.Token);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        var salts = await shown.ReadJsonAsync();
        var stored = JsonNode.Parse(await GetTextAsync($"/api/certificates/{certificate.Number}"))!["commitments"]!.AsObject();
        var opened = salts["commitments"]!.AsArray().Select(c => c!.AsObject()).ToList();
        Assert.Equal("SHA-256", salts.Text("algorithm"));
        Assert.Equal(stored.Select(c => c.Key).Order(), opened.Select(c => c.Text("field")).Order());
        foreach (var commitment in opened)
        {
            var digest = Convert.FromBase64String(stored[commitment.Text("field")]!.GetValue<string>());
            Assert.Equal(stored[commitment.Text("field")]!.GetValue<string>(), commitment.Text("commitment"));
            Assert.True(SaltedCommitment.Opens(commitment.Text("value"), Convert.FromBase64String(commitment.Text("salt")), digest, HashFunction.Sha256),
                commitment.Text("field"));
        }

        Assert.Equal(HttpStatusCode.OK, (await SaltsAsync(certificate.Number, RegistryApi.ClerkZhao)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SaltsAsync(certificate.Number, RegistryApp.Token(RegistryRoles.Supervisor, "supervisor-wu"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SaltsAsync(licenseCertificate.Number, licensee.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SaltsAsync(licenseCertificate.Number, holder.Token)).StatusCode);

        // The certificate is public: a party it does not name is told why it gets no salts, not that the certificate does not exist.
        var refused = await ProblemAsync(await SaltsAsync(certificate.Number, stranger.Token), HttpStatusCode.Forbidden);
        Assert.Equal("not-named-in-certificate", refused.Code());
        Assert.Contains(certificate.Number, refused.Text("detail"), StringComparison.Ordinal);
        Assert.Equal("not-named-in-certificate", (await ProblemAsync(await SaltsAsync(certificate.Number, licensee.Token), HttpStatusCode.Forbidden)).Code());
        Assert.Equal("not-named-in-certificate", (await ProblemAsync(
            await SaltsAsync(certificate.Number, RegistryApp.Token(RegistryRoles.Bank, "bank-1", RegistryApi.NewCreditCode())), HttpStatusCode.Forbidden)).Code());
        Assert.Equal("certificate-not-found", (await ProblemAsync(await SaltsAsync("AR-C-999999999999", stranger.Token), HttpStatusCode.NotFound)).Code());
        Assert.Equal(HttpStatusCode.Unauthorized, (await SaltsAsync(certificate.Number, null)).StatusCode);
    }

    [Fact]
    public async Task unknown_numbers_and_sizes_are_404_and_malformed_ones_400_naming_the_field()
    {
        await CertifiedAssetAsync();

        Assert.Equal("certificate-not-found", (await GetProblemAsync("/api/certificates/AR-C-999999999999", HttpStatusCode.NotFound)).Code());
        Assert.Equal("certificate-not-found", (await GetProblemAsync("/api/certificates/AR-C-999999999999/bundle", HttpStatusCode.NotFound)).Code());
        Assert.Equal(["number"], (await GetProblemAsync("/api/certificates/AR-C-12", HttpStatusCode.BadRequest)).FieldsAtFault());
        Assert.Equal(["number"], (await GetProblemAsync("/api/certificates/XX-C-000000000001/bundle", HttpStatusCode.BadRequest)).FieldsAtFault());
        Assert.Equal(["certificate"], (await GetProblemAsync("/api/ledger/proofs/inclusion", HttpStatusCode.BadRequest)).FieldsAtFault());
        Assert.Equal(["treeSize"], (await GetProblemAsync("/api/ledger/proofs/inclusion?certificate=AR-C-000000000001&treeSize=x", HttpStatusCode.BadRequest)).FieldsAtFault());
        Assert.Equal("certificate-not-found", (await GetProblemAsync("/api/ledger/proofs/inclusion?certificate=AR-C-999999999999", HttpStatusCode.NotFound)).Code());
        Assert.Equal(["from", "to"], (await GetProblemAsync("/api/ledger/proofs/consistency", HttpStatusCode.BadRequest)).FieldsAtFault().Order());
        Assert.Equal(["from"], (await GetProblemAsync("/api/ledger/proofs/consistency?from=0&to=1", HttpStatusCode.BadRequest)).FieldsAtFault());
        Assert.Equal(["to"], (await GetProblemAsync("/api/ledger/proofs/consistency?from=5&to=3", HttpStatusCode.BadRequest)).FieldsAtFault());
        Assert.Equal(["to"], (await GetProblemAsync("/api/ledger/proofs/consistency?from=1&to=+3", HttpStatusCode.BadRequest)).FieldsAtFault());
        Assert.Equal("checkpoint-not-found", (await GetProblemAsync("/api/ledger/proofs/consistency?from=1&to=9007199254740991", HttpStatusCode.NotFound)).Code());
        Assert.Equal(["treeSize"], (await GetProblemAsync("/api/ledger/checkpoints/ten", HttpStatusCode.BadRequest)).FieldsAtFault());
        Assert.Equal("checkpoint-not-found", (await GetProblemAsync("/api/ledger/checkpoints/9007199254740991", HttpStatusCode.NotFound)).Code());
        Assert.Equal(["page"], (await GetProblemAsync("/api/ledger/checkpoints?page=0", HttpStatusCode.BadRequest)).FieldsAtFault());
    }

    [Fact]
    public async Task the_public_endpoints_need_no_token_and_checkpoints_are_listed_oldest_first()
    {
        var (earlier, later) = await TwoCheckpointsAsync();

        foreach (var url in new[]
        {
            "/api/ledger/keys", "/api/ledger/checkpoint", "/api/ledger/checkpoints", $"/api/certificates/{earlier.Number}",
            $"/api/certificates/{later.Number}/bundle", $"/api/ledger/proofs/inclusion?certificate={earlier.Number}",
        })
        {
            await GetTextAsync(url);
        }

        var checkpoints = await AllCheckpointsAsync();
        var sizes = checkpoints.Select(c => c.Body.TreeSize).ToList();
        Assert.Equal(sizes.Order(), sizes);
        Assert.Equal(sizes.Count, sizes.Distinct().Count());
        var second = JsonNode.Parse(await GetTextAsync("/api/ledger/checkpoints?page=2&pageSize=1"))!.AsObject();
        Assert.Equal(sizes.Count, second["total"]!.GetValue<long>());
        Assert.Equal(sizes[1], Assert.Single(second["items"]!.AsArray())!["treeSize"]!.GetValue<long>());
        Assert.True((await VerifyAsync(new { certificateNumber = later.Number }))["genuine"]!.GetValue<bool>());

        var openApi = JsonNode.Parse(await GetTextAsync("/openapi/v1.json"))!["paths"]!.AsObject();
        Assert.Contains("/api/certificates/{number}/bundle", openApi.Select(p => p.Key));
        Assert.Contains("/api/verify", openApi.Select(p => p.Key));
    }
}
