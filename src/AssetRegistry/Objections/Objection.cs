using AssetRegistry.Documents;
using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Security;

namespace AssetRegistry.Objections;

public enum ObjectionState
{
    /// <summary>Filed; a clerk registers or refuses it.</summary>
    Filed,
    /// <summary>Registered: shown on the asset, blocking dispositions, until it ends.</summary>
    Registered,
    Refused,
    Withdrawn,
    Dismissed,
    Upheld,
    Lapsed,
}

/// <summary>
/// An objection (异议登记) [ours, after Civil Code art. 220 for real property]: it lapses by itself 15
/// calendar days after registration (counted from the next day, ending 24:00 CST) unless the objector proves
/// a lawsuit or arbitration.
/// </summary>
public sealed record Objection(
    string Id, ObjectionState State, Applicant Objector, string? RegistrationNumber, string? ApplicationId, string Grounds,
    IReadOnlyList<string> Evidence, DateTimeOffset FiledAt)
{
    public const int LapseCalendarDays = 15;

    public long Version { get; init; }
    public DateTimeOffset? RegisteredAt { get; init; }
    public DateTimeOffset? LapsesAt { get; init; }
    public string? LawsuitProof { get; init; }
    public string? Decision { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }

    public bool IsOpen => State is ObjectionState.Filed or ObjectionState.Registered;

    /// <summary>
    /// Filing (异议): against an application under notice (<paramref name="target"/> null: its suspension is the
    /// application's own decision) or against an asset that still has a registration to object to; the evidence is
    /// the objector's own uploads.
    /// </summary>
    public static ObjectionFiled File(FileObjection command, Asset? target, CitableDocuments citable, DateTimeOffset now)
    {
        if (target is not null && target.StatusAt(now) == AssetStatus.Cancelled)
        {
            throw new Refusal("asset-cancelled", $"{target.Id} was cancelled (注销); there is no registration left to object to.", "registrationNumber");
        }

        citable.Ensure(Cited(command.Evidence));
        return new ObjectionFiled(command.ObjectionId, new Applicant(command.FiledBy.PartyCode!, command.ObjectorName), command.RegistrationNumber,
            command.ApplicationId, command.Grounds, command.Evidence, command.FiledBy, now);
    }

    public static CitedDocument LawsuitProofCited(string fingerprint) => new("documentFingerprint", fingerprint);

    public static IReadOnlyList<CitedDocument> Cited(IReadOnlyList<string> evidence) =>
        [.. evidence.Select((sha, i) => new CitedDocument($"evidence[{i}]", sha))];

    public static Objection Create(ObjectionFiled filed) => new(
        filed.ObjectionId, ObjectionState.Filed, filed.Objector, filed.RegistrationNumber, filed.ApplicationId, filed.Grounds, filed.Evidence, filed.FiledAt);

    public Objection Apply(ObjectionRegistered e) => this with { State = ObjectionState.Registered, RegisteredAt = e.RegisteredAt, LapsesAt = e.LapsesAt };
    public Objection Apply(ObjectionRefused e) => this with { State = ObjectionState.Refused, ClosedAt = e.RefusedAt };
    public Objection Apply(LawsuitProofFiled e) => this with { LawsuitProof = e.DocumentFingerprint };
    public Objection Apply(ObjectionWithdrawn e) => this with { State = ObjectionState.Withdrawn, ClosedAt = e.WithdrawnAt };
    public Objection Apply(ObjectionDismissed e) => this with { State = ObjectionState.Dismissed, ClosedAt = e.DismissedAt };
    public Objection Apply(ObjectionUpheld e) => this with { State = ObjectionState.Upheld, Decision = e.Decision, ClosedAt = e.UpheldAt };
    public Objection Apply(ObjectionLapsed e) => this with { State = ObjectionState.Lapsed, ClosedAt = e.RecordedAt };

    // ---- decisions ----

    public ObjectionRegistered Register(Actor clerk, DateTimeOffset now, ProcedureDeadlines deadlines)
    {
        RequireState(ObjectionState.Filed, "register");
        return new ObjectionRegistered(Id, clerk, now, deadlines.AfterCalendarDays(now, LapseCalendarDays));
    }

    public ObjectionRefused Refuse(IReadOnlyList<string> reasons, Actor clerk, DateTimeOffset now)
    {
        RequireState(ObjectionState.Filed, "refuse");
        return new ObjectionRefused(Id, reasons, clerk, now);
    }

    /// <summary>The objector proves a lawsuit or arbitration with a document it uploaded, before the objection lapses.</summary>
    public LawsuitProofFiled ProveLawsuit(string documentFingerprint, CitableDocuments citable, Actor objector, DateTimeOffset now)
    {
        RequireObjector(objector);
        RequireState(ObjectionState.Registered, "prove a lawsuit for");
        if (now >= LapsesAt)
        {
            throw new Refusal("objection-lapsed", $"The objection lapsed at {LapsesAt:u}; proof of a lawsuit came too late.");
        }

        citable.Ensure([LawsuitProofCited(documentFingerprint)]);
        return new LawsuitProofFiled(Id, documentFingerprint, objector, now);
    }

    public ObjectionWithdrawn Withdraw(Actor objector, DateTimeOffset now)
    {
        RequireObjector(objector);
        if (!IsOpen)
        {
            throw new Refusal("objection-closed", $"The objection is {State.ToString().ToLowerInvariant()}; there is nothing to withdraw.");
        }

        return new ObjectionWithdrawn(Id, objector, now);
    }

    public ObjectionDismissed Dismiss(IReadOnlyList<string> reasons, Actor clerk, DateTimeOffset now)
    {
        RequireState(ObjectionState.Registered, "dismiss");
        return new ObjectionDismissed(Id, reasons, clerk, now);
    }

    public ObjectionUpheld Uphold(string decision, Actor clerk, DateTimeOffset now)
    {
        RequireState(ObjectionState.Registered, "uphold");
        return new ObjectionUpheld(Id, decision, clerk, now);
    }

    /// <summary>Lapses by itself when due and no lawsuit was proved; null otherwise.</summary>
    public ObjectionLapsed? LapseIfDue(DateTimeOffset now) =>
        State == ObjectionState.Registered && LawsuitProof is null && now >= LapsesAt
            ? new ObjectionLapsed(Id, LapsesAt!.Value, now)
            : null;

    /// <summary>What the asset's stream records when this objection, registered against it, ends.</summary>
    public ObjectionResolvedOnAsset? ResolutionOnAsset(object ending, Actor by, DateTimeOffset now)
    {
        if (RegistrationNumber is null || RegisteredAt is null)
        {
            return null;
        }

        var outcome = ending switch
        {
            ObjectionWithdrawn => ObjectionOutcome.Withdrawn,
            ObjectionDismissed => ObjectionOutcome.Dismissed,
            ObjectionUpheld => ObjectionOutcome.Upheld,
            ObjectionLapsed => ObjectionOutcome.Lapsed,
            _ => throw new ArgumentException($"{ending.GetType().Name} does not end a registered objection.", nameof(ending)),
        };
        return new ObjectionResolvedOnAsset(RegistrationNumber, Id, outcome, by, now);
    }

    /// <summary>Ends in the applicant's favour: the suspended notice resumes.</summary>
    public static bool FavoursApplicant(object ending) => ending is ObjectionRefused or ObjectionWithdrawn or ObjectionDismissed or ObjectionLapsed;

    private void RequireObjector(Actor actor)
    {
        if (!actor.Speaks(Objector.PartyCode))
        {
            throw Refusal.Forbidden("not-the-objector", "Only the objector may do this.");
        }
    }

    /// <summary>The code names the state the objection is in, so that a client reads why: never the state it was asked to be in.</summary>
    private void RequireState(ObjectionState required, string act)
    {
        if (State == required)
        {
            return;
        }

        var (code, detail) = State switch
        {
            ObjectionState.Filed => ("objection-not-registered", "it is filed and not yet registered"),
            ObjectionState.Registered => ("objection-already-registered", "it is already registered"),
            _ => ("objection-closed", $"it is {State.ToString().ToLowerInvariant()}"),
        };
        throw new Refusal(code, $"Cannot {act} the objection: {detail}.");
    }
}
