using System.Net;
using System.Text.Json.Nodes;
using AssetRegistry.Security;
using AssetRegistry.Tests.Infrastructure;
using static AssetRegistry.Tests.Infrastructure.HttpExtensions;

namespace AssetRegistry.Tests.StoredData;

/// <summary>
/// The registry's life that a stored-data fixture records, through the HTTP API as its users act: an asset of every
/// kind of act the registry records, applications and objections left in every state that waits for someone, and a
/// pending timer of every kind. Acts that need time are done first, so that everything still pending at the end is due
/// after the fixture's <c>now</c>. The subjects are named by the part they play (<see cref="FixtureManifest.Subjects"/>).
/// </summary>
public sealed class FixtureScenario(IRegistryHost app)
{
    private static readonly Reader Clerk = new(RegistryRoles.Clerk, "clerk-zhao", null);

    private readonly RegistryApi _api = new(app);
    private readonly Dictionary<string, string> _subjects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FixtureParty> _parties = new(StringComparer.Ordinal);

    private static string Zhao => RegistryApi.ClerkZhao;
    private static string Qian => RegistryApi.ClerkQian;

    public IReadOnlyDictionary<string, string> Subjects => _subjects;
    public IReadOnlyDictionary<string, FixtureParty> Parties => _parties;

    public async Task RunAsync()
    {
        var holder = Party("holder", "深圳市数据科技有限公司");
        var licensee = Party("licensee", "广州算法有限公司");
        var shortLicensee = Party("shortLicensee", "佛山短期被许可有限公司");
        var cancellingLicensee = Party("cancellingLicensee", "东莞退出被许可有限公司");
        var buyer = Party("buyer", "北京数据交易有限公司");
        var objector = Party("objector", "北京数据应用有限公司");
        var applicant = Party("applicant", "杭州在途申请有限公司");

        // Years first: a renewal opens 90 days before the end of a 3-year validity; meanwhile an asset whose
        // authorisation ends soon expires and, unrenewed, is cancelled by the registry's clock after its grace.
        var renewed = await RegisteredAsync("asset.renewed", holder, authorisationEndsOn: _api.Today(10 * 365));
        await RegisteredAsync("asset.expiredThenCancelled", holder, authorisationEndsOn: _api.Today(40));
        var validUntil = Given.Instant(await _api.AssetAsync(renewed, holder.Token), "validUntil");
        await _api.PassUntilAsync(validUntil - TimeSpan.FromDays(60));
        await _api.CompletedAsync(await _api.AppliedAsync("renewal", holder.Token, new { registrationNumber = renewed }));

        // Licenses: one in force for long, one whose term ends, one the licensee cancels; a change of the
        // asset's metadata and of the long license's last day.
        var licensed = await RegisteredAsync("asset.licensed", holder);
        _subjects["license.inForce"] = await LicensedAsync(holder, licensed, licensee, _api.Today(1), _api.Today(400));
        _subjects["license.termEnds"] = await LicensedAsync(holder, licensed, shortLicensee, _api.Today(1), _api.Today(45));
        var cancelledLicense = await LicensedAsync(holder, licensed, cancellingLicensee, _api.Today(1), _api.Today(300));
        _subjects["license.cancelled"] = cancelledLicense;
        await _api.CompletedAsync(await _api.AppliedAsync("cancellation", cancellingLicensee.Token,
            new { registrationNumber = licensed, ground = "voluntary", licenseId = cancelledLicense }));
        // The holder's rename (名称变更), recorded by a clerk, reaches the register with its change registration.
        await _api.Parties.RenamedAsync(holder.Code, "深圳市数据集团有限公司");
        await _api.CompletedAsync(await _api.AppliedAsync("change", holder.Token, new
        {
            registrationNumber = licensed, updateFrequency = "每小时",
            license = new { licenseId = _subjects["license.inForce"], endsOn = _api.Today(500) },
        }));

        // A transfer, then a freeze the court's release order lifts.
        var transferred = await RegisteredAsync("asset.transferred", holder);
        var contract = await _api.UploadAsync(holder.Token, $"transfer contract {Guid.NewGuid()}");
        await _api.CompletedAsync(await _api.AppliedAsync("transfer", holder.Token, new
        {
            registrationNumber = transferred, newHolder = RegistryApi.Organisation(buyer.Code, buyer.Name), ground = "trade", basisFingerprint = contract,
        }), buyer.Token);
        var released = await FrozenAsync(transferred, endsOn: null);
        _subjects["freeze.released"] = released;
        await ReleaseAsync(transferred, released);

        // A voluntary cancellation.
        var cancelled = await RegisteredAsync("asset.cancelled", holder);
        await _api.CompletedAsync(await _api.AppliedAsync("cancellation", holder.Token, new { registrationNumber = cancelled, ground = "voluntary" }));

        // Objections on assets: upheld and followed by a correction that changes the holder; proved by a lawsuit and
        // dismissed; withdrawn by the objector; refused.
        var corrected = await RegisteredAsync("asset.corrected", holder);
        var upheld = await FiledAsync(objector, registrationNumber: corrected);
        _subjects["objection.upheld"] = upheld;
        await ObjectionActedAsync("register", upheld, Zhao);
        await ObjectionActedAsync("uphold", upheld, Qian, new { decision = "仲裁裁决确认数据归异议人所有" });
        var correction = await app.Client.SendAsync(Json(HttpMethod.Post, $"/api/assets/{corrected}/corrections",
            new { objectionId = upheld, holder = RegistryApi.Organisation(objector.Code, objector.Name), name = "更正后的数据集名称" }, Qian));
        Assert.True(correction.StatusCode == HttpStatusCode.OK, await correction.Content.ReadAsStringAsync());

        var dismissed = await FiledAsync(objector, registrationNumber: licensed);
        _subjects["objection.dismissed"] = dismissed;
        await ObjectionActedAsync("register", dismissed, Zhao);
        var filing = await _api.UploadAsync(objector.Token, $"court acceptance notice {Guid.NewGuid()}");
        await ObjectionActedAsync("lawsuit", dismissed, objector.Token, new { documentFingerprint = filing });
        await ObjectionActedAsync("dismiss", dismissed, Qian, new { reasons = new[] { "法院驳回起诉" } });

        var withdrawn = await FiledAsync(objector, registrationNumber: transferred);
        _subjects["objection.withdrawn"] = withdrawn;
        await ObjectionActedAsync("withdraw", withdrawn, objector.Token);
        var refused = await FiledAsync(objector, registrationNumber: transferred);
        _subjects["objection.refused"] = refused;
        await ObjectionActedAsync("refuse", refused, Zhao, new { reasons = new[] { "异议人非利害关系人" } });

        // A freeze whose term ends by itself (a few days on), and a product derived from a resource.
        _subjects["freeze.termEnded"] = await FrozenAsync(renewed, endsOn: _api.Today(3));
        _subjects["asset.product"] = await _api.RegisteredAssetAsync(holder.Token, "dataProduct", derivedFrom: [renewed]);

        // The party directory: an organisation recorded and renamed, a natural person.
        var recorded = RegistryApi.NewCreditCode();
        await RecordPartyAsync(new { name = "深圳市登记在册有限公司", identifier = new { type = "unifiedSocialCreditCode", number = recorded }, identityDocuments = new[] { PartyDirectory.SampleLicence } });
        var renaming = await app.Client.SendAsync(Json(HttpMethod.Put, $"/api/parties/{recorded}/name", new { name = "深圳市改名后有限公司", licenceFingerprint = PartyDirectory.SampleLicence }, Zhao));
        Assert.True(renaming.StatusCode == HttpStatusCode.OK, await renaming.Content.ReadAsStringAsync());
        _subjects["party.renamed"] = recorded;
        _subjects["party.person"] = (await RecordPartyAsync(new { name = "John Smith", identifier = new { type = "passport", number = $"P{Random.Shared.Next(10_000_000, 99_999_999)}", issuingCountry = "GB" }, identityDocuments = new[] { PartyDirectory.SampleLicence } })).Text("partyCode");

        // Procedures that time ends, started before the months below pass: a correction request left unanswered, and an
        // objection against a notice that lapses, after which the notice resumes, ends, and the clerk refuses approval.
        var lapsed = await SubmittedAsync("application.lapsed", applicant);
        await _api.ActedAsync("request-correction", lapsed, Zhao, new { whatToCorrect = new[] { "补充样本数据说明" } });
        var resumed = await SubmittedAsync("application.refusedAfterLapsedObjection", applicant);
        await _api.ActedAsync("accept", resumed, Zhao);
        var lapsedObjection = await FiledAsync(objector, applicationId: resumed);
        _subjects["objection.lapsed"] = lapsedObjection;
        await ObjectionActedAsync("register", lapsedObjection, Zhao);

        // An asset that expires in a few weeks: at the end it waits out its grace.
        await RegisteredAsync("asset.expired", holder, authorisationEndsOn: _api.Today(35));
        await _api.PassAsync(TimeSpan.FromDays(40));
        await _api.ActedAsync("refuse", resumed, Qian, new { reasons = new[] { "申请材料与公示内容不一致" } });

        // Closed by a clerk or the applicant.
        var rejected = await SubmittedAsync("application.rejected", applicant);
        await _api.ActedAsync("reject", rejected, Zhao, new { reasons = new[] { "不属于数据资产登记范围" } });
        var withdrawnApplication = await SubmittedAsync("application.withdrawn", applicant);
        await _api.ActedAsync("withdraw", withdrawnApplication, applicant.Token, new { reason = "业务调整" });

        await PendingAsync(holder, licensee, objector, applicant, renewed, corrected, transferred);
    }

    /// <summary>What is left waiting at the fixture's <c>now</c>, each with its timer where it has one.</summary>
    private async Task PendingAsync(FixtureParty holder, FixtureParty licensee, FixtureParty objector, FixtureParty applicant,
        string renewed, string corrected, string transferred)
    {
        await SubmittedAsync("application.submitted", applicant);

        var resubmitted = await SubmittedAsync("application.resubmitted", applicant);
        await _api.ActedAsync("request-correction", resubmitted, Zhao, new { whatToCorrect = new[] { "更新频率应具体说明" } });
        await _api.ActedAsync("resubmit", resubmitted, applicant.Token, new { updateFrequency = "每日 02:00 全量更新" });

        var awaitingCorrection = await SubmittedAsync("application.awaitingCorrection", applicant);
        await _api.ActedAsync("request-correction", awaitingCorrection, Zhao, new { whatToCorrect = new[] { "补充数据来源证明" } });

        await _api.ActedAsync("accept", await SubmittedAsync("application.underPublicNotice", applicant), Zhao);

        var suspended = await SubmittedAsync("application.noticeSuspended", applicant);
        await _api.ActedAsync("accept", suspended, Zhao);
        var suspending = await FiledAsync(objector, applicationId: suspended);
        _subjects["objection.onApplication"] = suspending;
        await ObjectionActedAsync("register", suspending, Zhao);

        _subjects["application.awaitingConsent"] = await _api.AppliedAsync("license", holder.Token,
            Given.License(renewed, new Enterprise(licensee.Code, licensee.Name, RegistryApi.EnterpriseToken(licensee.Code)), _api.Today(1), _api.Today(200)));

        var onAsset = await FiledAsync(objector, registrationNumber: renewed);
        _subjects["objection.onAsset"] = onAsset;
        await ObjectionActedAsync("register", onAsset, Zhao);
        _subjects["objection.filed"] = await FiledAsync(objector, registrationNumber: transferred);

        var change = await _api.AppliedAsync("change", holder.Token, new { registrationNumber = _subjects["asset.product"], updateFrequency = "每周" });
        _subjects["application.awaitingApproval"] = change;
        await _api.ActedAsync("accept", change, Zhao);

        _subjects["freeze.withTerm"] = await FrozenAsync(corrected, endsOn: _api.Today(20));

        // An act under an Idempotency-Key: its outcome is stored for replay.
        var keyed = RawJson(HttpMethod.Post, "/api/applications/initial", (await _api.InitialApplicationAsync(applicant.Token)).ToJsonString(), applicant.Token);
        keyed.Headers.Add("Idempotency-Key", $"fixture-{Guid.NewGuid():N}");
        var keyedResponse = await app.Client.SendAsync(keyed);
        Assert.True(keyedResponse.StatusCode == HttpStatusCode.Created, await keyedResponse.Content.ReadAsStringAsync());
        _subjects["application.keyed"] = (await keyedResponse.ReadJsonAsync()).Text("applicationId");
    }

    /// <summary>The reads whose answers the fixture records: every subject, and the lists that show them.</summary>
    public IEnumerable<(string Path, Reader? As)> Reads()
    {
        foreach (var (part, id) in _subjects.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            switch (part.Split('.')[0])
            {
                case "asset":
                    yield return ($"/api/assets/{id}", Clerk);
                    yield return ($"/api/assets/{id}/history", Clerk);
                    yield return ($"/api/assets/{id}/freezes", Clerk);
                    yield return ($"/api/assets/{id}/certificates", null);
                    break;
                case "application":
                    yield return ($"/api/applications/{id}", Clerk);
                    break;
                case "objection":
                    yield return ($"/api/objections/{id}", Clerk);
                    break;
                case "party":
                    yield return ($"/api/parties/{id}", Clerk);
                    break;
            }
        }

        foreach (var (part, party) in _parties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            yield return ($"/api/parties/{party.Code}/assets?pageSize=100", new Reader(RegistryRoles.Enterprise, "staff-1", party.Code));
        }

        yield return ("/api/register?pageSize=200", null);
        yield return ("/api/notices?pageSize=100", null);
        yield return ("/api/applications?pageSize=100", Clerk);
        yield return ("/api/ledger/checkpoint", null);
        yield return ("/api/ledger/checkpoints?pageSize=100", null);
    }

    public static string TokenOf(Reader reader) => RegistryApp.Token(reader.Role, reader.User, reader.Party);

    private FixtureParty Party(string part, string name)
    {
        var party = new FixtureParty(RegistryApi.NewCreditCode(), name);
        PartyDirectory.Name(party.Code, name);
        _parties[part] = party;
        return party;
    }

    private async Task<string> RegisteredAsync(string part, FixtureParty holder, string? authorisationEndsOn = null)
    {
        var number = await _api.RegisteredAssetAsync(holder.Token, authorisationEndsOn: authorisationEndsOn);
        _subjects[part] = number;
        return number;
    }

    private async Task<string> SubmittedAsync(string part, FixtureParty applicant)
    {
        var id = (await _api.SubmittedAsync(applicant.Token, await _api.InitialApplicationAsync(applicant.Token))).Text("applicationId");
        _subjects[part] = id;
        return id;
    }

    private async Task<string> LicensedAsync(FixtureParty holder, string number, FixtureParty licensee, string startsOn, string endsOn)
    {
        var id = await _api.AppliedAsync("license", holder.Token,
            Given.License(number, new Enterprise(licensee.Code, licensee.Name, licensee.Token), startsOn, endsOn));
        await _api.CompletedAsync(id, licensee.Token);
        return id;
    }

    private async Task<string> FiledAsync(FixtureParty objector, string? registrationNumber = null, string? applicationId = null)
    {
        await _api.Parties.EnsureVerifiedAsync(objector.Token);
        var evidence = await _api.UploadAsync(objector.Token, $"evidence {Guid.NewGuid()}");
        var response = await app.Client.SendAsync(Json(HttpMethod.Post, "/api/objections",
            new { registrationNumber, applicationId, grounds = "该数据集由本公司采集，申请人无权登记", evidence = new[] { evidence } },
            objector.Token));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).Text("objectionId");
    }

    private async Task ObjectionActedAsync(string act, string objectionId, string token, object? body = null)
    {
        var response = await app.Client.SendAsync(RawJson(HttpMethod.Post, $"/api/objections/{objectionId}/{act}",
            body is null ? "{}" : System.Text.Json.JsonSerializer.Serialize(body), token));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{act}: {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<string> FrozenAsync(string number, string? endsOn)
    {
        var order = await _api.UploadAsync(Zhao, $"查封裁定书 {Guid.NewGuid()}");
        var response = await app.Client.SendAsync(Json(HttpMethod.Post, $"/api/assets/{number}/freezes",
            new { court = "深圳市中级人民法院", caseNumber = $"(2026)粤03执保{Random.Shared.Next(1, 9999)}号", orderFingerprint = order, endsOn }, Zhao));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).Text("freezeId");
    }

    private async Task ReleaseAsync(string number, string freezeId)
    {
        var order = await _api.UploadAsync(Zhao, $"解除查封裁定书 {Guid.NewGuid()}");
        var response = await app.Client.SendAsync(Json(HttpMethod.Post, $"/api/assets/{number}/freezes/{freezeId}/release", new { orderFingerprint = order }, Zhao));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private async Task<JsonObject> RecordPartyAsync(object body)
    {
        var response = await app.Client.SendAsync(Json(HttpMethod.Post, "/api/parties", body, Zhao));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }
}
