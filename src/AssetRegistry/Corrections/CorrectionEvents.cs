using AssetRegistry.Register;
using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.InitialRegistration;
using AssetRegistry.Security;

namespace AssetRegistry.Corrections;

/// <summary>
/// A correction registration (更正登记), made by a clerk on an upheld objection and its decision: the one act
/// that may change the register — the holder included — without the holder applying.
/// </summary>
public sealed record CorrectionRegistered(
    string RegistrationNumber, string ObjectionId, IReadOnlyList<FieldChange> Changes, InitialRegistrationDetails DetailsAfter,
    Applicant HolderAfter, string Decision, Actor RegisteredBy, DateTimeOffset RegisteredAt) : IRecordsRegistration
{
    public PublicRegisterEntry OnRegister(PublicRegisterEntry entry, Asset? before, Asset after) =>
        (before is not null && before.Holder.PartyCode != HolderAfter.PartyCode ? entry.With(CounterpartyRole.PreviousHolder, before.Holder) : entry)
        with { ChangedFields = PublicRegisterEntry.Fields(Changes) };
}
