using AssetRegistry.Documents;
using AssetRegistry.Security;

namespace AssetRegistry.Parties;

public enum OnboardingState
{
    /// <summary>Submitted by the party; a clerk verifies its identity documents and decides.</summary>
    Submitted,
    /// <summary>Approved: the party is recorded (<see cref="PartyRecorded"/>) and may act.</summary>
    Approved,
    Rejected,
}

/// <summary>A party asked to be verified (入驻/实名认证申请): its legal name, identifier and uploaded identity documents.</summary>
public sealed record OnboardingSubmitted(
    string OnboardingId, string PartyCode, PartyKind Kind, string Name, PartyIdentity Identity, IReadOnlyList<string> IdentityDocuments,
    Actor SubmittedBy, DateTimeOffset SubmittedAt);

/// <summary>A clerk verified the documents and approved: the party is recorded in the same transaction.</summary>
public sealed record OnboardingApproved(string OnboardingId, string PartyCode, Actor ApprovedBy, DateTimeOffset ApprovedAt);

/// <summary>A clerk rejected the onboarding, with reasons; the party may submit a new one.</summary>
public sealed record OnboardingRejected(string OnboardingId, IReadOnlyList<string> Reasons, Actor RejectedBy, DateTimeOffset RejectedAt);

/// <summary>
/// A party's onboarding (入驻): submitted with a token for a party code the registry does not know yet, decided by a clerk.
/// Also the inline snapshot that clerks read and that finds an open onboarding of the same identifier or code.
/// </summary>
public sealed record Onboarding(
    string Id, OnboardingState State, string PartyCode, PartyKind Kind, string Name, PartyIdentity Identity, string IdentityKey,
    IReadOnlyList<string> IdentityDocuments, Actor SubmittedBy, DateTimeOffset SubmittedAt)
{
    public long Version { get; init; }
    public Actor? DecidedBy { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public IReadOnlyList<string> Reasons { get; init; } = [];

    public static Onboarding Create(OnboardingSubmitted submitted) => new(
        submitted.OnboardingId, OnboardingState.Submitted, submitted.PartyCode, submitted.Kind, submitted.Name, submitted.Identity,
        submitted.Identity.Key, submitted.IdentityDocuments, submitted.SubmittedBy, submitted.SubmittedAt);

    public Onboarding Apply(OnboardingApproved approved) =>
        this with { State = OnboardingState.Approved, DecidedBy = approved.ApprovedBy, DecidedAt = approved.ApprovedAt };

    public Onboarding Apply(OnboardingRejected rejected) =>
        this with { State = OnboardingState.Rejected, DecidedBy = rejected.RejectedBy, DecidedAt = rejected.RejectedAt, Reasons = rejected.Reasons };

    /// <summary>
    /// The facts a submission is decided on, as its handler found them: the party already recorded under the token's code or
    /// under this identifier, an onboarding of either still open, and the documents the party uploaded.
    /// </summary>
    public sealed record SubmissionFacts(Party? PartyWithCode, Party? PartyWithIdentifier, Onboarding? OpenOnboarding, CitableDocuments Citable);

    /// <summary>
    /// Submitting (入驻申请): the token's party code is not a verified party; an organisation's code is its credit code; the
    /// identifier is neither recorded nor in another open onboarding (409); the identity documents are the party's uploads.
    /// </summary>
    public static OnboardingSubmitted Submit(SubmitOnboarding command, SubmissionFacts facts, DateTimeOffset now)
    {
        var code = command.SubmittedBy.PartyCode ?? throw new Refusal(Refusals.NotAParty);
        if (facts.PartyWithCode is not null)
        {
            throw new Refusal(Refusals.PartyAlreadyVerified, ("party", code));
        }

        if (command.Identity.Type == PartyIdentifierType.UnifiedSocialCreditCode && command.Identity.Number != code)
        {
            throw new Refusal(Refusals.IdentifierNotYourCode, "identifier.number", ("party", code), ("number", command.Identity.Number));
        }

        if (facts.PartyWithIdentifier is not null)
        {
            throw new Refusal(Refusals.PartyAlreadyRecorded, "identifier.number");
        }

        if (facts.OpenOnboarding is { } open)
        {
            throw new Refusal(Refusals.OnboardingAlreadyOpen, ("onboarding", open.Id));
        }

        facts.Citable.Ensure(Parties.IdentityDocuments.Cited(command.IdentityDocuments));
        return new OnboardingSubmitted(command.OnboardingId, code, command.Identity.Kind, command.Name, command.Identity, command.IdentityDocuments,
            command.SubmittedBy, now);
    }

    /// <summary>
    /// Approving: the clerk has verified the documents; the party is recorded under the name and identifier it submitted. An
    /// identifier recorded meanwhile is still a duplicate (409; the unique index on the party directory stands behind this).
    /// </summary>
    public (OnboardingApproved Approved, PartyRecorded Recorded) Approve(Party? partyWithIdentifier, Actor clerk, DateTimeOffset now)
    {
        RequireOpen();
        if (partyWithIdentifier is not null)
        {
            throw new Refusal(Refusals.PartyAlreadyRecorded, ("party", partyWithIdentifier.Id));
        }

        return (new OnboardingApproved(Id, PartyCode, clerk, now),
            new PartyRecorded(PartyCode, Kind, Name, Identity, clerk, now, IdentityDocuments, Id));
    }

    public OnboardingRejected Reject(IReadOnlyList<string> reasons, Actor clerk, DateTimeOffset now)
    {
        RequireOpen();
        return new OnboardingRejected(Id, reasons, clerk, now);
    }

    private void RequireOpen()
    {
        if (State != OnboardingState.Submitted)
        {
            throw new Refusal(Refusals.OnboardingDecided, ("onboarding", Id), ("decidedAt", $"{DecidedAt:u}"),
                ("state", State == OnboardingState.Approved ? new Sentence("已核准", "approved") : new Sentence("已驳回", "rejected")));
        }
    }
}
