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
    /// <remarks><paramref name="objector"/> is the filing party as its party record names it.</remarks>
    public static ObjectionFiled File(FileObjection command, Applicant objector, Asset? target, CitableDocuments citable, DateTimeOffset now)
    {
        if (target is not null && target.StatusAt(now) == AssetStatus.Cancelled)
        {
            throw new Refusal(Refusals.AssetCancelled, "registrationNumber", ("number", target.Id));
        }

        citable.Ensure(Cited(command.Evidence));
        return new ObjectionFiled(command.ObjectionId, objector, command.RegistrationNumber,
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

    /// <summary>A clerk registers the objection (异议登记) once its objector is verified: <paramref name="verifiedObjector"/> is its party record, or null.</summary>
    public ObjectionRegistered Register(Applicant? verifiedObjector, Actor clerk, DateTimeOffset now, ProcedureDeadlines deadlines)
    {
        RequireState(ObjectionState.Filed, Acts.Register);
        if (verifiedObjector is null)
        {
            throw new Refusal(Refusals.ObjectorNotVerified, ("party", Objector.PartyCode));
        }

        return new ObjectionRegistered(Id, clerk, now, deadlines.AfterCalendarDays(now, LapseCalendarDays));
    }

    public ObjectionRefused Refuse(IReadOnlyList<string> reasons, Actor clerk, DateTimeOffset now)
    {
        RequireState(ObjectionState.Filed, Acts.Refuse);
        return new ObjectionRefused(Id, reasons, clerk, now);
    }

    /// <summary>The objector proves a lawsuit or arbitration with a document it uploaded, before the objection lapses.</summary>
    public LawsuitProofFiled ProveLawsuit(string documentFingerprint, CitableDocuments citable, Actor objector, DateTimeOffset now)
    {
        RequireObjector(objector);
        RequireState(ObjectionState.Registered, Acts.ProveLawsuit);
        if (now >= LapsesAt)
        {
            throw new Refusal(Refusals.ObjectionLapsed, ("lapsedAt", $"{LapsesAt:u}"));
        }

        citable.Ensure([LawsuitProofCited(documentFingerprint)]);
        return new LawsuitProofFiled(Id, documentFingerprint, objector, now);
    }

    public ObjectionWithdrawn Withdraw(Actor objector, DateTimeOffset now)
    {
        RequireObjector(objector);
        if (!IsOpen)
        {
            throw new Refusal(Refusals.ObjectionClosed, ("act", Acts.Withdraw), ("state", Describe(State)));
        }

        return new ObjectionWithdrawn(Id, objector, now);
    }

    public ObjectionDismissed Dismiss(IReadOnlyList<string> reasons, Actor clerk, DateTimeOffset now)
    {
        RequireState(ObjectionState.Registered, Acts.Dismiss);
        return new ObjectionDismissed(Id, reasons, clerk, now);
    }

    public ObjectionUpheld Uphold(string decision, Actor clerk, DateTimeOffset now)
    {
        RequireState(ObjectionState.Registered, Acts.Uphold);
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
            throw new Refusal(Refusals.NotTheObjector);
        }
    }

    /// <summary>The code names the state the objection is in, so that a client reads why: never the state it was asked to be in.</summary>
    private void RequireState(ObjectionState required, Sentence act)
    {
        if (State == required)
        {
            return;
        }

        var (code, state) = State switch
        {
            ObjectionState.Filed => (Refusals.ObjectionNotRegistered, Describe(State)),
            ObjectionState.Registered => (Refusals.ObjectionAlreadyRegistered, new Sentence("已登记", "already registered")),
            _ => (Refusals.ObjectionClosed, Describe(State)),
        };
        throw new Refusal(code, ("act", act), ("state", state));
    }

    /// <summary>The state as a refusal says it: "该异议……" / "it is …".</summary>
    public static Sentence Describe(ObjectionState state) => state switch
    {
        ObjectionState.Filed => new("已提出，尚未登记", "filed and not yet registered"),
        ObjectionState.Registered => new("已登记，尚未处理完毕", "registered"),
        ObjectionState.Refused => new("已不予登记", "refused"),
        ObjectionState.Withdrawn => new("已撤回", "withdrawn"),
        ObjectionState.Dismissed => new("已驳回", "dismissed"),
        ObjectionState.Upheld => new("已认定成立", "upheld"),
        ObjectionState.Lapsed => new("已失效", "lapsed"),
        _ => new(state.ToString(), state.ToString()),
    };

    /// <summary>What was asked of the objection, as a refusal says it: "无法……" / "Cannot … the objection".</summary>
    private static class Acts
    {
        public static readonly Sentence Register = new("登记该异议", "register");
        public static readonly Sentence Refuse = new("对该异议作出不予登记决定", "refuse");
        public static readonly Sentence ProveLawsuit = new("为该异议提交诉讼或仲裁证明", "prove a lawsuit for");
        public static readonly Sentence Dismiss = new("驳回该异议", "dismiss");
        public static readonly Sentence Uphold = new("认定该异议成立", "uphold");
        public static readonly Sentence Withdraw = new("撤回该异议", "withdraw");
    }
}
