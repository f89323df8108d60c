using AssetRegistry.Documents;
using AssetRegistry.Security;
using AssetRegistry.Tests.Infrastructure;
using static AssetRegistry.Tests.Documents.DocumentTestData;

namespace AssetRegistry.Tests.Documents;

/// <summary>What the applications feature relies on: only uploaded documents, and only one's own, may be cited.</summary>
public sealed class DocumentCitationsTests(RegistryApp app) : IClassFixture<RegistryApp>
{
    private async Task<string> UploadAsync(Actor actor)
    {
        var response = await app.Client.SendAsync(Upload(NewPdf(), "application/pdf", RegistryApp.Token(actor.Role, actor.UserId, actor.PartyCode)));
        return (await response.ReadJsonAsync()).Text("sha256");
    }

    private async Task EnsureCitableAsync(Actor actor, params CitedDocument[] cited)
    {
        await using var session = app.Store.QuerySession();
        await DocumentCitations.EnsureCitableAsync(session, actor, cited, CancellationToken.None);
    }

    private static Actor NewEnterprise() => new("staff-1", RegistryRoles.Enterprise, NewPartyCode());

    [Fact]
    public async Task the_uploader_may_cite_what_it_uploaded_in_any_case()
    {
        var enterprise = NewEnterprise();
        var first = await UploadAsync(enterprise);
        var second = await UploadAsync(enterprise with { UserId = "staff-2" });

        await EnsureCitableAsync(enterprise, new CitedDocument("documents[0]", first), new CitedDocument("documents[1]", second.ToUpperInvariant()));
    }

    [Fact]
    public async Task a_document_never_uploaded_is_refused_naming_its_field()
    {
        var enterprise = NewEnterprise();
        var uploaded = await UploadAsync(enterprise);

        var refusal = await Assert.ThrowsAsync<Refusal>(() =>
            EnsureCitableAsync(enterprise, new CitedDocument("documents[0]", uploaded), new CitedDocument("documents[1]", Sha256Of(NewPdf()))));

        Assert.Equal("document-not-uploaded", refusal.Code);
        Assert.Equal("documents[1]", refusal.Field);
        Assert.Equal(RefusalKind.Conflict, refusal.Kind);
    }

    [Fact]
    public async Task a_document_someone_else_uploaded_is_refused_exactly_as_one_never_uploaded()
    {
        var someoneElse = await UploadAsync(NewEnterprise());
        var actor = NewEnterprise();

        var refusal = await Assert.ThrowsAsync<Refusal>(() => EnsureCitableAsync(actor, new CitedDocument("evidence", someoneElse)));
        var never = await Assert.ThrowsAsync<Refusal>(() => EnsureCitableAsync(actor, new CitedDocument("evidence", Sha256Of(NewPdf()))));

        // Citing reveals no more than reading: a fingerprint alone does not tell whether someone else uploaded it.
        Assert.Equal("document-not-uploaded", refusal.Code);
        Assert.Equal(never.Code, refusal.Code);
        Assert.Equal("evidence", refusal.Field);
        Assert.Equal(RefusalKind.Conflict, refusal.Kind);
    }

    [Fact]
    public async Task the_first_failing_document_in_order_decides_the_refusal()
    {
        var someoneElse = await UploadAsync(NewEnterprise());

        var refusal = await Assert.ThrowsAsync<Refusal>(() =>
            EnsureCitableAsync(NewEnterprise(), new CitedDocument("documents[0]", someoneElse), new CitedDocument("documents[1]", Sha256Of(NewPdf()))));

        Assert.Equal("document-not-uploaded", refusal.Code);
        Assert.Equal("documents[0]", refusal.Field);
    }

    [Fact]
    public async Task a_clerk_may_cite_any_uploaded_document_but_not_one_never_uploaded()
    {
        var clerk = new Actor("clerk-li", RegistryRoles.Clerk, null);
        var uploaded = await UploadAsync(NewEnterprise());

        await EnsureCitableAsync(clerk, new CitedDocument("documents[0]", uploaded));
        var refusal = await Assert.ThrowsAsync<Refusal>(() => EnsureCitableAsync(clerk, new CitedDocument("documents[0]", Sha256Of(NewPdf()))));
        Assert.Equal("document-not-uploaded", refusal.Code);
    }

    [Fact]
    public async Task someone_acting_for_no_party_cites_what_they_uploaded_themselves()
    {
        var supervisor = new Actor("supervisor-zhao", RegistryRoles.Supervisor, null);
        var uploaded = await UploadAsync(supervisor);

        await EnsureCitableAsync(supervisor, new CitedDocument("documents[0]", uploaded));
        var refusal = await Assert.ThrowsAsync<Refusal>(() => EnsureCitableAsync(supervisor with { UserId = "supervisor-qian" }, new CitedDocument("documents[0]", uploaded)));
        Assert.Equal("document-not-uploaded", refusal.Code);
    }

    [Fact]
    public async Task a_malformed_fingerprint_is_an_invalid_field()
    {
        var refusal = await Assert.ThrowsAsync<Refusal>(() => EnsureCitableAsync(NewEnterprise(), new CitedDocument("documents[0]", "not-a-fingerprint")));

        Assert.Equal(RefusalKind.Invalid, refusal.Kind);
        Assert.Equal("documents[0]", refusal.Field);
    }

    [Fact]
    public async Task grants_commit_with_the_session_and_repeating_them_is_harmless()
    {
        var sha256 = await UploadAsync(NewEnterprise());
        var parties = new[] { NewPartyCode(), NewPartyCode() };
        var applicationId = $"application-{Guid.NewGuid():N}";

        for (var i = 0; i < 2; i++)
        {
            await using var session = app.Store.LightweightSession();
            DocumentCitations.GrantToParties(session, applicationId, [sha256], parties);
            await session.SaveChangesAsync();
        }

        await using var query = app.Store.QuerySession();
        var granted = await query.AdvancedSql.QueryAsync<string>(
            "select party from registry.document_grants where sha256 = ? and application_id = ?", CancellationToken.None, sha256, applicationId);
        Assert.Equal(parties.Order(StringComparer.Ordinal), granted.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void granting_a_malformed_fingerprint_is_a_programming_error()
    {
        using var session = app.Store.LightweightSession();

        Assert.Throws<ArgumentException>(() => DocumentCitations.GrantToParties(session, "application-1", ["nope"], [NewPartyCode()]));
    }
}
