using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using AssetRegistry.Ledger;
using AssetRegistry.Ledger.Audit;
using AssetRegistry.Tests.Ledger.Certificates;
using AssetRegistry.Verification.Canonical;
using AssetRegistry.Verification.Checkpoints;
using AssetRegistry.Verification.Crypto;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Npgsql;
using static AssetRegistry.Tests.Ledger.Audit.AuditedLedger;

namespace AssetRegistry.Tests.Ledger.Audit;

/// <summary>
/// The audit recomputes the ledger from the database and names the first thing, in leaf order, that does not
/// match. The ledger is issued by the real service (<see cref="AuditedLedger"/>); each test tampers with one
/// thing, audits, and puts it back.
/// </summary>
public sealed class LedgerAuditTests(AuditedLedger ledger) : IClassFixture<AuditedLedger>
{
    private const string Certificates = LedgerTables.Certificates;
    private const string Checkpoints = LedgerTables.Checkpoints;

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(LedgerAudit.DefaultBatchSize)]
    public async Task a_healthy_ledger_passes_with_every_certificate_asset_event_and_checkpoint_counted(int batchSize)
    {
        var result = await ledger.AuditAsync(batchSize);

        Assert.True(result.Passed, result.FirstMismatch);
        Assert.Equal(await ledger.ScalarAsync<long>($"select count(*) from {Certificates}"), result.Certificates);
        Assert.Equal(4, result.Certificates);
        Assert.Equal(3, result.Assets);
        Assert.Equal(result.Certificates, result.Events);
        Assert.Equal(await ledger.ScalarAsync<long>($"select count(*) from {Checkpoints}"), result.Checkpoints);
        Assert.Contains("everything matches", result.Summary(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task one_changed_byte_of_a_stored_certificate_is_named_by_its_number_and_leaf()
    {
        // "initial" → "initiaL": still canonical, so its hashes are what no longer match.
        var result = await ChangedCertificateAsync(1, "\"kind\":\"initial\"", "\"kind\":\"initiaL\"");

        Assert.False(result.Passed);
        Found(result, AuditFailure.CertificateHashDiffers, $"certificate {await NumberAtAsync(1)} (leaf 1): stored certificate_hash is not the SHA-256 of its text");
        Assert.Equal(1, result.Certificates);
    }

    [Fact]
    public async Task a_stored_leaf_hash_that_is_not_of_the_certificates_bytes_is_named()
    {
        var result = await ledger.AuditTamperedAsync(
            async connection =>
            {
                await SaveLeafAsync(connection, 2);
                await ExecuteAsync(connection, $"update {Certificates} set leaf_hash = (select leaf_hash from {Certificates} where leaf_index = 1) where leaf_index = 2");
            },
            RestoreLeafAsync);

        Found(result, AuditFailure.LeafHashDiffers, $"certificate {await NumberAtAsync(2)} (leaf 2): stored leaf_hash is not the leaf hash of its text");
        Assert.Equal(2, result.Certificates);
    }

    [Theory]
    [InlineData("root_hash", AuditFailure.CheckpointStoredRootDiffers)]
    [InlineData("key_id", AuditFailure.CheckpointStoredKeyDiffers)]
    [InlineData("issued_at", AuditFailure.CheckpointStoredDateDiffers)]
    [InlineData("frontier", AuditFailure.CheckpointFrontierDiffers)]
    [InlineData("note", AuditFailure.CheckpointNoteDiffers)]
    public async Task what_issuance_stored_beside_a_checkpoint_is_checked_against_what_it_signs(string column, AuditFailure failure)
    {
        // The first checkpoint's column, given the last checkpoint's value: one of another tree, signed by the same key.
        var first = await ledger.ScalarAsync<long>($"select min(tree_size) from {Checkpoints}");
        var changed = column switch
        {
            "key_id" => $"'{new string('0', 64)}'",
            "issued_at" => "issued_at + interval '1 microsecond'",
            _ => $"(select {column} from {Checkpoints} order by tree_size desc limit 1)",
        };

        var result = await ledger.AuditTamperedAsync(
            async connection =>
            {
                await ExecuteAsync(connection, $"create temp table saved_checkpoint as select * from {Checkpoints} where tree_size = $1", first);
                await ExecuteAsync(connection, $"update {Checkpoints} set {column} = {changed} where tree_size = $1", first);
            },
            connection => ExecuteAsync(connection,
                $"delete from {Checkpoints} c using saved_checkpoint s where c.tree_size = s.tree_size; insert into {Checkpoints} select * from saved_checkpoint; drop table saved_checkpoint"));

        Assert.Equal(failure, result.Finding?.Failure);
        Assert.StartsWith($"checkpoint at tree size {first}: stored ", result.Finding!.Message, StringComparison.Ordinal);
        Assert.True((await ledger.AuditAsync()).Passed);
    }

    [Fact]
    public async Task a_stored_note_with_a_changed_signature_is_checkpoint_note_not_genuine_under_the_registrys_note_keys()
    {
        var first = await ledger.ScalarAsync<long>($"select min(tree_size) from {Checkpoints}");
        Assert.False(string.IsNullOrEmpty(await ledger.ScalarAsync<string>($"select note from {Checkpoints} where tree_size = $1", first)));
        Assert.True((await ledger.AuditAsync(keys: ledger.KeysWithNotes)).Passed);
        // A character in the middle of the last signature line, another base64 digit.
        const string changed = "overlay(note placing (case when substr(note, length(note) - 20, 1) = 'A' then 'B' else 'A' end) from length(note) - 20 for 1)";

        var result = await ledger.AuditTamperedAsync(
            async connection =>
            {
                await ExecuteAsync(connection, $"create temp table saved_note as select tree_size, note from {Checkpoints} where tree_size = $1", first);
                await ExecuteAsync(connection, $"update {Checkpoints} set note = {changed} where tree_size = $1", first);
            },
            connection => ExecuteAsync(connection,
                $"update {Checkpoints} c set note = s.note from saved_note s where c.tree_size = s.tree_size; drop table saved_note"),
            ledger.KeysWithNotes);

        Assert.Equal(AuditFailure.CheckpointNoteNotGenuine, result.Finding?.Failure);
        Assert.StartsWith($"checkpoint at tree size {first}: stored note: BadSignature", result.Finding!.Message, StringComparison.Ordinal);
        Assert.True((await ledger.AuditAsync(keys: ledger.KeysWithNotes)).Passed);
    }

    [Fact]
    public async Task a_changed_byte_that_breaks_the_canonical_form_is_named_as_such()
    {
        // "asset" → "zsset": the members are no longer in canonical order.
        var result = await ChangedCertificateAsync(1, "\"asset\":", "\"zsset\":");

        Found(result, AuditFailure.CertificateNotCanonical, $"certificate {await NumberAtAsync(1)} (leaf 1): stored text is not its canonical form");
    }

    [Fact]
    public async Task one_changed_byte_of_a_stored_event_is_named_by_the_event_and_the_certificate_citing_it()
    {
        var sequence = await ledger.ScalarAsync<long>($"select event_sequence from {Certificates} where leaf_index = 2");
        var data = JsonNode.Parse(await ledger.ScalarAsync<string>("select data::text from registry.mt_events where seq_id = $1", sequence))!.AsObject();
        var (key, value) = data.First(member => member.Value is JsonValue text && text.TryGetValue<string>(out _));
        var text = value!.GetValue<string>();
        var changed = text[..^1] + (text[^1] == 'a' ? 'b' : 'a');

        var result = await ledger.AuditTamperedAsync(
            async connection =>
            {
                await ExecuteAsync(connection, "create temp table saved_event as select seq_id, data from registry.mt_events where seq_id = $1", sequence);
                await ExecuteAsync(connection, "update registry.mt_events set data = jsonb_set(data, array[$1], to_jsonb($2::text)) where seq_id = $3", key, changed, sequence);
            },
            connection => ExecuteAsync(connection,
                "update registry.mt_events e set data = s.data from saved_event s where e.seq_id = s.seq_id; drop table saved_event"));

        Found(result, AuditFailure.EventHashDiffers, $"event {sequence} cited by {await NumberAtAsync(2)} (leaf 2): hash differs");
        Assert.True((await ledger.AuditAsync()).Passed);
    }

    [Fact]
    public async Task a_registration_the_ledger_left_out_is_named_by_its_event()
    {
        // What a skipped event looks like: a registration event, before the last one certified, with no certificate.
        var (sequence, stream, type, registration) = await EventBeforeTheLedgerAsync();

        var result = await ledger.AuditTamperedAsync(
            connection => ExecuteAsync(connection, "update registry.mt_events set type = $1 where seq_id = $2", registration, sequence),
            connection => ExecuteAsync(connection, "update registry.mt_events set type = $1 where seq_id = $2", type, sequence));

        Found(result, AuditFailure.RegistrationLeftOut,
            $"event {sequence} ({registration} on {stream}) has no certificate, though the ledger certifies events after it: a registration was left out of the ledger");
        Assert.True((await ledger.AuditAsync()).Passed);
    }

    [Fact]
    public async Task a_certificate_citing_an_event_that_completes_no_registration_is_named()
    {
        var (_, _, type, _) = await EventBeforeTheLedgerAsync();
        var cited = await ledger.ScalarAsync<long>($"select event_sequence from {Certificates} where leaf_index = 0");
        var registration = await ledger.ScalarAsync<string>("select type from registry.mt_events where seq_id = $1", cited);

        var result = await ledger.AuditTamperedAsync(
            connection => ExecuteAsync(connection, "update registry.mt_events set type = $1 where seq_id = $2", type, cited),
            connection => ExecuteAsync(connection, "update registry.mt_events set type = $1 where seq_id = $2", registration, cited));

        Found(result, AuditFailure.EventCompletesNoRegistration, $"event {cited} cited by {await NumberAtAsync(0)} (leaf 0): is a {type} event, which completes no registration");
    }

    /// <summary>The first event recorded before the ledger's first certified one (an application's), and the type of that certified one.</summary>
    private async Task<(long Sequence, string Stream, string Type, string RegistrationType)> EventBeforeTheLedgerAsync()
    {
        var first = await ledger.ScalarAsync<long>($"select event_sequence from {Certificates} where leaf_index = 0");
        var sequence = await ledger.ScalarAsync<long>("select min(seq_id) from registry.mt_events");
        Assert.True(sequence < first);
        return (sequence,
            await ledger.ScalarAsync<string>("select stream_id from registry.mt_events where seq_id = $1", sequence),
            await ledger.ScalarAsync<string>("select type from registry.mt_events where seq_id = $1", sequence),
            await ledger.ScalarAsync<string>("select type from registry.mt_events where seq_id = $1", first));
    }

    [Fact]
    public async Task a_deleted_leaf_is_named_as_the_gap_it_leaves()
    {
        var result = await ledger.AuditTamperedAsync(
            async connection =>
            {
                await ExecuteAsync(connection, $"create temp table saved_leaf as select * from {Certificates} where leaf_index = 1");
                await ExecuteAsync(connection, $"delete from {Certificates} where leaf_index = 1");
            },
            connection => ExecuteAsync(connection, $"insert into {Certificates} select * from saved_leaf; drop table saved_leaf"));

        Found(result, AuditFailure.LeafMissing, $"leaf 1 is missing: the ledger goes from leaf 0 to leaf 2 ({await NumberAtAsync(2)})");
        Assert.Equal(1, result.Certificates);
        Assert.True((await ledger.AuditAsync()).Passed);
    }

    [Fact]
    public async Task an_altered_checkpoint_signature_is_named_by_the_checkpoints_tree_size()
    {
        var treeSize = await ledger.ScalarAsync<long>($"select min(tree_size) from {Checkpoints}");
        var checkpoint = JsonNode.Parse(await ledger.ScalarAsync<string>($"select checkpoint from {Checkpoints} where tree_size = $1", treeSize))!.AsObject();
        // One byte of the DER signature: the last byte of s, which keeps the DER well formed.
        var signature = Convert.FromBase64String(checkpoint["signature"]!.GetValue<string>());
        signature[^1] ^= 0x01;
        checkpoint["signature"] = Convert.ToBase64String(signature);

        var result = await ledger.AuditTamperedAsync(
            async connection =>
            {
                await ExecuteAsync(connection, $"create temp table saved_checkpoint as select tree_size, checkpoint from {Checkpoints} where tree_size = $1", treeSize);
                await ExecuteAsync(connection, $"update {Checkpoints} set checkpoint = $1 where tree_size = $2", checkpoint.ToJsonString(), treeSize);
            },
            connection => ExecuteAsync(connection,
                $"update {Checkpoints} c set checkpoint = s.checkpoint from saved_checkpoint s where c.tree_size = s.tree_size; drop table saved_checkpoint"));

        Assert.Equal(AuditFailure.CheckpointNotGenuine, result.Finding?.Failure);
        Assert.StartsWith($"checkpoint at tree size {treeSize}: BadSignature: ", result.Finding!.Message, StringComparison.Ordinal);
        Assert.True((await ledger.AuditAsync()).Passed);
    }

    [Fact]
    public async Task a_checkpoint_dated_before_the_one_it_follows_is_named_though_its_signature_is_good()
    {
        var last = await ledger.ScalarAsync<long>($"select max(tree_size) from {Checkpoints}");
        var previous = await ledger.ScalarAsync<long>($"select max(tree_size) from {Checkpoints} where tree_size < $1", last);
        var previousAt = SignedCheckpoint.Parse(await ledger.ScalarAsync<string>($"select checkpoint from {Checkpoints} where tree_size = $1", previous)).Body.IssuedAt;
        var stored = SignedCheckpoint.Parse(await ledger.ScalarAsync<string>($"select checkpoint from {Checkpoints} where tree_size = $1", last)).Body;
        // Signed as an issuer whose clock stepped back a year would have signed it.
        var backdated = previousAt.AddDays(-365);
        var key = ledger.App.Host.Services.GetRequiredService<LedgerKeys>().SigningKeyAt(backdated);
        var resigned = new CheckpointSigner(key, stored.Registry).Sign(stored.TreeSize, stored.RootHash, backdated);

        var result = await ledger.AuditTamperedAsync(
            async connection =>
            {
                await ExecuteAsync(connection, $"create temp table saved_checkpoint as select tree_size, checkpoint, issued_at from {Checkpoints} where tree_size = $1", last);
                await ExecuteAsync(connection, $"update {Checkpoints} set checkpoint = $1, issued_at = $2 where tree_size = $3", resigned.ToJson(), backdated, last);
            },
            connection => ExecuteAsync(connection,
                $"update {Checkpoints} c set checkpoint = s.checkpoint, issued_at = s.issued_at from saved_checkpoint s where c.tree_size = s.tree_size; drop table saved_checkpoint"));

        Found(result, AuditFailure.CheckpointDatedBack,
            $"checkpoint at tree size {last}: dated {CanonicalInstant.Format(backdated)}, before the checkpoint at tree size {previous} "
            + $"({CanonicalInstant.Format(previousAt)}): a checkpoint is never dated before one it follows");
        Assert.True((await ledger.AuditAsync()).Passed);
    }

    [Fact]
    public async Task a_relinked_chain_is_named_even_when_the_certificates_hashes_were_recomputed_to_match()
    {
        // A's change (leaf 2) as issuance would have built it, had it cited B's certificate (leaf 1) instead of A's first (leaf 0).
        var bHash = Convert.ToBase64String(await ledger.ScalarAsync<byte[]>($"select certificate_hash from {Certificates} where leaf_index = 1"));
        var result = await StoredAsIssuedAsync(2, inputs => inputs with { Citation = inputs.Citation with { PreviousCertificateHash = bHash } });

        Found(result, AuditFailure.PreviousCertificateDiffers,
            $"certificate {await NumberAtAsync(2)} (leaf 2): previousCertificateHash is not the hash of asset {ledger.AssetA}'s previous certificate {await NumberAtAsync(0)} (leaf 0)");
    }

    [Fact]
    public async Task a_certificate_rewritten_with_consistent_hashes_no_longer_gives_the_signed_root()
    {
        // The last leaf (C's only certificate) cites nothing after it: only the checkpoint's root can tell.
        var last = await ledger.ScalarAsync<long>($"select max(leaf_index) from {Certificates}");
        var result = await RewrittenCertificateAsync(last, certificate => certificate["asset"]!["name"] = "另一个数据集");

        Assert.Equal(AuditFailure.CheckpointRootDiffers, result.Finding?.Failure);
        Assert.StartsWith($"checkpoint at tree size {last + 1}: root differs", result.Finding!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task leaves_that_no_checkpoint_signs_are_named()
    {
        var last = await ledger.ScalarAsync<long>($"select max(tree_size) from {Checkpoints}");
        var before = await ledger.ScalarAsync<long>($"select coalesce(max(tree_size), 0) from {Checkpoints} where tree_size < $1", last);
        var result = await ledger.AuditTamperedAsync(
            async connection =>
            {
                await ExecuteAsync(connection, $"create temp table saved_checkpoint as select * from {Checkpoints} where tree_size = $1", last);
                await ExecuteAsync(connection, $"delete from {Checkpoints} where tree_size = $1", last);
            },
            connection => ExecuteAsync(connection, $"insert into {Checkpoints} select * from saved_checkpoint; drop table saved_checkpoint"));

        Assert.Equal(AuditFailure.LeavesUnsigned, result.Finding?.Failure);
        Assert.StartsWith($"leaves {before} to {last - 1} ", result.Finding!.Message, StringComparison.Ordinal);
        Assert.Contains("signed by no checkpoint", result.Finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_audit_verb_exits_0_when_everything_matches_1_at_a_mismatch_and_2_when_it_cannot_audit()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Registry"] = ledger.App.ConnectionString })
            .Build();
        var environment = new HostingEnvironment { EnvironmentName = "Testing" };
        var published = Path.GetTempFileName();
        var stranger = Path.GetTempFileName();
        var withMark = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(published, ledger.Keys.ToJson());
            // Read as the verifier reads a keys file, byte for byte (docs/ledger.md §2): a byte order mark makes it unusable.
            await File.WriteAllBytesAsync(withMark, [0xEF, 0xBB, 0xBF, .. await File.ReadAllBytesAsync(published)]);
            using var otherKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            await File.WriteAllTextAsync(stranger, new TrustedKeys([TrustedKey.For(new EcdsaP256SigningKey(otherKey), DateTimeOffset.UnixEpoch)]).ToJson());

            Assert.Equal(0, await AuditCommand.RunAsync(["audit", "--keys", published], configuration, environment));
            Assert.Equal(1, await AuditCommand.RunAsync(["audit", "--keys", stranger], configuration, environment));
            Assert.Equal(2, await AuditCommand.RunAsync(["audit", "--keys"], configuration, environment));
            Assert.Equal(2, await AuditCommand.RunAsync(["audit", "--keys", withMark], configuration, environment));
            Assert.Equal(2, await AuditCommand.RunAsync(["audit", "--keys", published],
                new ConfigurationBuilder().Build(), environment));
        }
        finally
        {
            File.Delete(published);
            File.Delete(stranger);
            File.Delete(withMark);
        }
    }

    /// <summary>The audit found exactly this, and the verb prints it by its code and sentence.</summary>
    private static void Found(AuditResult result, AuditFailure failure, string message)
    {
        Assert.Equal(new AuditFinding(failure, message), result.Finding);
        Assert.Equal($"{AuditFinding.CodeOf(failure)}: {message}", result.FirstMismatch);
        Assert.StartsWith($"ledger audit: MISMATCH: {AuditFinding.CodeOf(failure)}: {message}{Environment.NewLine}", result.Summary(), StringComparison.Ordinal);
    }

    private Task<string> NumberAtAsync(long leafIndex) =>
        ledger.ScalarAsync<string>($"select certificate_number from {Certificates} where leaf_index = $1", leafIndex);

    private Task<AuditResult> ChangedCertificateAsync(long leafIndex, string from, string to) =>
        ledger.AuditTamperedAsync(
            async connection =>
            {
                await SaveLeafAsync(connection, leafIndex);
                Assert.Equal(1, await ScalarAsync<int>(connection,
                    $"select count(*)::int from {Certificates} where leaf_index = $1 and strpos(certificate, $2) > 0", leafIndex, from));
                await ExecuteAsync(connection, $"update {Certificates} set certificate = replace(certificate, $1, $2) where leaf_index = $3", from, to, leafIndex);
            },
            RestoreLeafAsync);

    /// <summary>Changes a certificate's text and stores it as issuance would have: canonical, with the builder's hashes of those bytes.</summary>
    private Task<AuditResult> RewrittenCertificateAsync(long leafIndex, Action<JsonObject> change) =>
        ledger.AuditTamperedAsync(
            async connection =>
            {
                var certificate = JsonNode.Parse(await ScalarAsync<string>(connection, $"select certificate from {Certificates} where leaf_index = $1", leafIndex))!.AsObject();
                change(certificate);
                await StoreAsync(connection, leafIndex, JsonCanonicalizer.Canonicalize(certificate));
            },
            RestoreLeafAsync);

    /// <summary>Builds a certificate again from what it was issued from, changed, and stores it in its place as issuance would have.</summary>
    private Task<AuditResult> StoredAsIssuedAsync(long leafIndex, Func<IssuanceInputs, IssuanceInputs> change) =>
        ledger.AuditTamperedAsync(
            async connection =>
            {
                var inputs = await IssuanceInputs.ReadAsync(ledger.App.Store, connection, leafIndex);
                Assert.Equal(await ScalarAsync<string>(connection, $"select certificate from {Certificates} where leaf_index = $1", leafIndex),
                    Encoding.UTF8.GetString(inputs.Build(ledger.Registry).Bytes));
                await StoreAsync(connection, leafIndex, change(inputs).Build(ledger.Registry).Bytes);
            },
            RestoreLeafAsync);

    private static async Task StoreAsync(NpgsqlConnection connection, long leafIndex, byte[] certificate)
    {
        await SaveLeafAsync(connection, leafIndex);
        await ExecuteAsync(connection, $"update {Certificates} set certificate = $1, certificate_hash = $2, leaf_hash = $3 where leaf_index = $4",
            Encoding.UTF8.GetString(certificate), CertificateBuilder.CertificateHash(certificate), CertificateBuilder.LeafHash(certificate), leafIndex);
    }

    private static Task SaveLeafAsync(NpgsqlConnection connection, long leafIndex) =>
        ExecuteAsync(connection, $"create temp table saved_leaf as select * from {Certificates} where leaf_index = $1", leafIndex);

    private static Task RestoreLeafAsync(NpgsqlConnection connection) =>
        ExecuteAsync(connection,
            $"delete from {Certificates} c using saved_leaf s where c.leaf_index = s.leaf_index; insert into {Certificates} select * from saved_leaf; drop table saved_leaf");
}
