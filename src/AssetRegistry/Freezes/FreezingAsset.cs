using AssetRegistry.Assets;
using AssetRegistry.Calendars;
using AssetRegistry.Documents;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Security;
using AssetRegistry.Timers;
using Marten;

namespace AssetRegistry.Freezes;

/// <summary>The body of <c>POST /api/assets/{registrationNumber}/freezes</c>.</summary>
[RequiredMembers("court", "caseNumber", "orderFingerprint")]
public sealed record FreezeRequest(string? Court, string? CaseNumber, string? OrderFingerprint, DateOnly? EndsOn);

public sealed record FreezeAsset(string RegistrationNumber, string FreezeId, FreezeOrder Order, long? ExpectedVersion, Actor RecordedBy);

/// <summary>A freeze as an act on it left it, and the asset's stream version after the act (its ETag).</summary>
public sealed record FreezeDecision(FreezeView Freeze, long AssetVersion);

public static class FreezeAssetHandler
{
    /// <summary>
    /// Records the court's freeze order on the asset's stream; a freeze with a term arms its end in the same
    /// transaction. The holder may read the order (it is served on the holder anyway).
    /// </summary>
    public static async Task<FreezeDecision> Handle(FreezeAsset command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await session.FetchAssetForWritingAsync(command.RegistrationNumber, command.ExpectedVersion, cancellation);
        var asset = stream.Aggregate!;
        var now = clock.GetUtcNow();
        var citable = await DocumentCitations.CitableAsync(session, command.RecordedBy, [FreezeRules.OrderCited(command.Order.OrderFingerprint)], cancellation);
        var frozen = FreezeRules.Freeze(asset, command.FreezeId, command.Order, citable, command.RecordedBy, now);

        stream.AppendOne(frozen);
        DocumentCitations.GrantToParties(session, FreezeStreams.CitedBy(command.FreezeId), [command.Order.OrderFingerprint], [asset.Holder.PartyCode]);
        if (frozen.EndsOn is { } last)
        {
            session.Store(RegistryTimer.For(FreezeStreams.TermTimerId(asset.Id, frozen.FreezeId), new EndFreezeTerm(asset.Id, frozen.FreezeId),
                WorkingCalendar.EndOfLocalDay(last)));
        }

        var freeze = asset.Apply(frozen).Freezes[^1];
        return new FreezeDecision(FreezeView.Of(asset.Id, freeze, null, now), stream.CurrentVersion ?? asset.Version + 1);
    }
}
