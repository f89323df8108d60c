extern alias verifier;

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AssetRegistry.Ledger;
using AssetRegistry.Ledger.Api;
using AssetRegistry.Tests.Infrastructure;
using AssetRegistry.Verification.Bundles;
using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Notes;
using AssetRegistry.Verification.Tests.Support;
using Npgsql;
using verifier::AssetRegistry.Verifier;

namespace AssetRegistry.Tests.Ledger.Api;

/// <summary>
/// The ledger in the C2SP formats (docs/ledger.md §14): each checkpoint also a signed note of the same tree, stored in the
/// same row; the vkeys published; each certificate as a tlog-proof that the library, the command-line verifier,
/// <c>/api/verify</c> and Go's x/mod sumdb all call genuine.
/// </summary>
public sealed class TlogApiTests(RegistryApp app) : IClassFixture<RegistryApp>, IDisposable
{
    private const string Text = "text/plain";
    private readonly RegistryApi _api = new(app);
    private readonly string _folder = Directory.CreateTempSubdirectory("tlog-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<string> CertifiedAsync()
    {
        var number = await _api.RegisteredAssetAsync(RegistryApi.EnterpriseToken(RegistryApi.NewCreditCode()));
        await app.WaitForCertificatesAsync();
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select certificate_number from {LedgerTables.Certificates} where registration_number = $1", connection)
        {
            Parameters = { new NpgsqlParameter { Value = number } },
        };
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private async Task<string> GetTextAsync(string path)
    {
        var response = await app.Client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(Text, response.Content.Headers.ContentType!.MediaType);
        return Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
    }

    private string Write(string name, string content)
    {
        var file = Path.Combine(_folder, name);
        File.WriteAllBytes(file, Encoding.UTF8.GetBytes(content));
        return file;
    }

    [Fact]
    public async Task the_c2sp_checkpoint_states_the_same_tree_and_root_as_the_json_checkpoint_and_is_dated_by_it()
    {
        await CertifiedAsync();

        var note = SignedNote.Parse(await GetTextAsync("/api/ledger/tlog/checkpoint"));
        var json = SignedCheckpoint.Parse(await app.Client.GetStringAsync("/api/ledger/checkpoint")).Body;
        var checkpoint = TlogCheckpoint.Parse(note.Text);

        Assert.Equal(RegistryApp.Identity["Registry:Origin"], checkpoint.Origin);
        Assert.Equal(json.TreeSize, checkpoint.TreeSize);
        Assert.Equal(json.RootHash.ToArray(), checkpoint.RootHash.ToArray());
        Assert.Equal(json.IssuedAt, checkpoint.IssuedAt);
        Assert.Equal(4, note.Signatures.Count);
        Assert.Equal(note.ToString(), await GetTextAsync($"/api/ledger/tlog/checkpoints/{json.TreeSize}"));
    }

    [Fact]
    public async Task every_published_vkey_verifies_its_line_of_the_checkpoint_and_the_keys_file_lists_them_with_their_validity()
    {
        await CertifiedAsync();
        var note = SignedNote.Parse(await GetTextAsync("/api/ledger/tlog/checkpoint"));
        var vkeys = (await GetTextAsync("/api/ledger/tlog/keys")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(NoteVerifierKey.Parse).ToList();
        var keysFile = TrustedKeys.Parse(await app.Client.GetByteArrayAsync("/api/ledger/keys"));

        Assert.Equal(["Ed25519", "ECDSA-P256-SHA256", "ML-DSA-44", "SM2-SM3"], vkeys.Select(k => k.Algorithm));
        Assert.Equal(vkeys.Select(k => k.ToString()), keysFile.NoteKeys.Select(k => k.Key.ToString()));
        foreach (var key in vkeys)
        {
            Assert.True(note.Signatures.Any(line => key.Verifies(note.Text, line)), $"{key.Algorithm}: no line of the checkpoint verifies");
            Assert.True(new CheckpointNoteVerifier(new TrustedKeys([], keysFile.NoteKeys.Where(k => k.Key.KeyId == key.KeyId))).Verify(note).Verdict.IsGenuine);
        }
    }

    [Fact]
    public async Task interop_go_x_mod_note_verifies_the_served_checkpoint_with_the_served_vkeys()
    {
        await CertifiedAsync();

        var result = GoInterop.Check("verify-note", Write("vkeys", await GetTextAsync("/api/ledger/tlog/keys")), Write("checkpoint", await GetTextAsync("/api/ledger/tlog/checkpoint")));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(4, result.StdoutText.Split(' ').Length); // "ok verified", then the Ed25519 and ECDSA lines
    }

    [Fact]
    public async Task a_certificates_tlog_proof_is_genuine_to_the_library_the_command_line_the_api_and_go()
    {
        var number = await CertifiedAsync();
        var response = await app.Client.GetAsync($"/api/certificates/{number}/tlog-proof");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{number}.tlog-proof", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var file = await response.Content.ReadAsByteArrayAsync();
        var keysFile = await app.Client.GetByteArrayAsync("/api/ledger/keys");
        var proof = TlogProof.Parse(file);

        Assert.Equal(await app.Client.GetByteArrayAsync($"/api/certificates/{number}"), proof.Extra);
        Assert.True(new CertificateVerifier(TrustedKeys.Parse(keysFile)).Verify(file).IsGenuine);
        Assert.Equal("genuine", CommandLine(file, keysFile));
        Assert.True((await VerifyAsync(new JsonObject { ["tlogProof"] = Encoding.UTF8.GetString(file) }))["genuine"]!.GetValue<bool>());
        Assert.True((await VerifyAsync(new JsonObject { ["bundleFile"] = Convert.ToBase64String(file) }))["genuine"]!.GetValue<bool>());
        var go = GoInterop.Check("verify-tlog-proof", Write("vkeys", await GetTextAsync("/api/ledger/tlog/keys")), Write("proof", Encoding.UTF8.GetString(file)));
        Assert.True(go.ExitCode == 0, go.ToString());
    }

    [Fact]
    public async Task an_altered_tlog_proof_gets_one_verdict_from_the_library_the_command_line_and_the_api()
    {
        var number = await CertifiedAsync();
        var file = await app.Client.GetByteArrayAsync($"/api/certificates/{number}/tlog-proof");
        var keysFile = await app.Client.GetByteArrayAsync("/api/ledger/keys");
        var proof = TlogProof.Parse(file);
        var altered = TlogProof.OfCertificate(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(proof.Extra!).Replace("\"initial\"", "\"renewal\"", StringComparison.Ordinal)),
            proof.Index, proof.InclusionProof, SignedNote.Parse(proof.Checkpoint)).ToBytes();
        var otherOrigin = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(file).Replace(RegistryApp.Identity["Registry:Origin"], "another.registry.example", StringComparison.Ordinal));

        (byte[] File, string Expected)[] cases =
        [
            (altered, nameof(VerificationFailure.InclusionProofInvalid)),
            (otherOrigin, nameof(VerificationFailure.UnknownKey)),
            (file[..(file.Length / 2)], nameof(VerificationFailure.MalformedDocument)),
        ];
        foreach (var (bytes, expected) in cases)
        {
            var library = new CertificateVerifier(TrustedKeys.Parse(keysFile)).Verify(bytes);
            var api = await VerifyAsync(new JsonObject { ["bundleFile"] = Convert.ToBase64String(bytes) });

            Assert.Equal(expected, library.Failure.ToString());
            Assert.Equal(expected, CommandLine(bytes, keysFile));
            Assert.Equal(expected, api["reason"]!["code"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task a_tlog_proof_is_served_against_the_checkpoint_of_a_given_size_too()
    {
        var number = await CertifiedAsync();
        var latest = TlogCheckpoint.Parse(SignedNote.Parse(await GetTextAsync("/api/ledger/tlog/checkpoint")).Text);

        var proof = TlogProof.Parse(Encoding.UTF8.GetBytes(await GetTextAsync($"/api/certificates/{number}/tlog-proof?treeSize={latest.TreeSize}")));

        Assert.Equal(latest.TreeSize, TlogCheckpoint.Parse(SignedNote.Parse(proof.Checkpoint).Text).TreeSize);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync("/api/ledger/tlog/checkpoints/999999")).StatusCode);
    }

    private string CommandLine(byte[] file, byte[] keysFile)
    {
        var proofPath = Path.Combine(_folder, "certificate.tlog-proof");
        var keysPath = Path.Combine(_folder, "keys.json");
        File.WriteAllBytes(proofPath, file);
        File.WriteAllBytes(keysPath, keysFile);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = VerifierCommandLine.Run(["verify", proofPath, "--keys", keysPath], stdout, stderr);
        var printed = stdout.ToString().Trim();
        return exitCode switch
        {
            0 when printed == "genuine" => "genuine",
            1 when printed.StartsWith("failed: ", StringComparison.Ordinal) => printed["failed: ".Length..].Split(':')[0],
            _ => $"exit {exitCode}: {printed} {stderr}",
        };
    }

    private async Task<JsonObject> VerifyAsync(JsonObject body)
    {
        var response = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/verify")
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }
}
