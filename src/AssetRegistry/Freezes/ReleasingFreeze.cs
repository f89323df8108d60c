using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Documents;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Security;
using AssetRegistry.Timers;
using AssetRegistry.Validity;
using Marten;
using Microsoft.Extensions.Options;

namespace AssetRegistry.Freezes;

/// <summary>The body of <c>POST /api/assets/{registrationNumber}/freezes/{freezeId}/release</c>: the court's release order.</summary>
[RequiredMembers("orderFingerprint")]
public sealed record ReleaseRequest(string? OrderFingerprint);

public sealed record ReleaseFreeze(string RegistrationNumber, string FreezeId, string OrderFingerprint, long? ExpectedVersion, Actor RecordedBy);

public static class ReleaseFreezeHandler
{
    /// <summary>
    /// The court's release order (解除查封) lifts a standing freeze. Recorded on a cancelled asset too: the
    /// order is a fact of its history, and disposes of nothing.
    /// </summary>
    public static async Task<FreezeDecision> Handle(ReleaseFreeze command, IDocumentSession session, TimeProvider clock,
        IOptions<ProcedureSettings> settings, CancellationToken cancellation)
    {
        var stream = await session.FetchAssetForWritingAsync(command.RegistrationNumber, command.ExpectedVersion, cancellation);
        var asset = stream.Aggregate!;
        var now = clock.GetUtcNow();
        var citable = await DocumentCitations.CitableAsync(session, command.RecordedBy, [FreezeRules.OrderCited(command.OrderFingerprint)], cancellation);
        var released = FreezeRules.Release(asset, command.FreezeId, command.OrderFingerprint, citable, command.RecordedBy, now);

        stream.AppendOne(released);
        DocumentCitations.GrantToParties(session, FreezeStreams.CitedBy(command.FreezeId), [command.OrderFingerprint], [asset.Holder.PartyCode]);
        session.Delete<RegistryTimer>(FreezeStreams.TermTimerId(asset.Id, command.FreezeId));
        ValidityTimers.RearmGraceCancellationIfExpired(session, asset, now, settings.Value.ExpiryGraceMonths);

        var freeze = FreezeRules.Find(asset.Apply(released), command.FreezeId);
        return new FreezeDecision(FreezeView.Of(asset.Id, freeze, FreezeEnd.ReleaseOrder, now), stream.CurrentVersion ?? asset.Version + 1);
    }
}
