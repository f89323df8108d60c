using AssetRegistry.Register;
using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Security;

namespace AssetRegistry.Objections;

/// <summary>An objection (异议登记) against the asset was registered: a public warning, shown to everyone.</summary>
public sealed record ObjectionRegisteredOnAsset(
    string RegistrationNumber, string ObjectionId, Applicant Objector, string Grounds, DateTimeOffset LapsesAt, Actor RegisteredBy, DateTimeOffset RegisteredAt) : IRecordsRegistration
{
    public PublicRegisterEntry OnRegister(PublicRegisterEntry entry, Asset? before, Asset after) => entry.With(CounterpartyRole.Objector, Objector);
}

public enum ObjectionOutcome
{
    Withdrawn,
    Dismissed,
    Upheld,
    Lapsed,
}

/// <summary>A registered objection against the asset ended.</summary>
public sealed record ObjectionResolvedOnAsset(string RegistrationNumber, string ObjectionId, ObjectionOutcome Outcome, Actor ResolvedBy, DateTimeOffset ResolvedAt) : IRecordsRegistration
{
    public PublicRegisterEntry OnRegister(PublicRegisterEntry entry, Asset? before, Asset after) =>
        entry.With(CounterpartyRole.Objector, before?.OpenObjections.FirstOrDefault(o => o.ObjectionId == ObjectionId)?.ObjectorName);
}

/// <summary>A registered objection as the asset shows it to everyone: who objects, on what grounds, until when.</summary>
public sealed record OpenObjection(string ObjectionId, string ObjectorName, string Grounds, DateTimeOffset RegisteredAt, DateTimeOffset LapsesAt);

