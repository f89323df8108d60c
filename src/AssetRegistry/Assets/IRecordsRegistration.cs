using AssetRegistry.Register;
using AssetRegistry.Security;

namespace AssetRegistry.Assets;

/// <summary>
/// An asset event that records a registration, saying for itself what the history and the public register show of
/// it: its basis (用必有据) and the counterparty the register names. Methods, not properties, so that nothing is added
/// to the event's stored JSON.
/// </summary>
public interface IRecordsRegistration
{
    /// <summary>What the registration rests on and what it did; null when it states nothing beyond its kind.</summary>
    RegistrationBasis? Basis() => null;

    /// <summary>
    /// The register's entry for it, from the events alone: the asset just before (null for the initial registration)
    /// and just after it.
    /// </summary>
    PublicRegisterEntry OnRegister(PublicRegisterEntry entry, Asset? before, Asset after) => entry;
}

/// <summary>A registration a clerk approved on an application: the history names the approver's role and the application.</summary>
public interface IApprovedOnApplication
{
    string? ApplicationId { get; }

    Actor ApprovedBy { get; }
}
