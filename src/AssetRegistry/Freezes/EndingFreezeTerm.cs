using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Validity;
using Marten;
using Microsoft.Extensions.Options;

namespace AssetRegistry.Freezes;

/// <summary>Fired by the timer of a freeze with a term, at 24:00 China Standard Time of its last day.</summary>
public sealed record EndFreezeTerm(string RegistrationNumber, string FreezeId);

public static class EndFreezeTermHandler
{
    /// <summary>The term ran out: recorded once, unless the court released the freeze before.</summary>
    public static async Task Handle(EndFreezeTerm command, IDocumentSession session, TimeProvider clock, IOptions<ProcedureSettings> settings,
        CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<Asset>(command.RegistrationNumber, cancellation);
        var now = clock.GetUtcNow();
        if (stream.Aggregate is { } asset && FreezeRules.EndTermIfDue(asset, command.FreezeId, now) is { } ended)
        {
            stream.AppendOne(ended);
            ValidityTimers.RearmGraceCancellationIfExpired(session, asset, now, settings.Value.ExpiryGraceMonths);
        }
    }
}
