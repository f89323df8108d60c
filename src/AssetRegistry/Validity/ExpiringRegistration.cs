using AssetRegistry.Applications;
using AssetRegistry.Assets;
using Marten;
using Microsoft.Extensions.Options;

namespace AssetRegistry.Validity;

/// <summary>Fired by the asset's expiry timer, at <see cref="Asset.ValidUntil"/>.</summary>
public sealed record ExpireRegistration(string RegistrationNumber);

public static class ExpireRegistrationHandler
{
    /// <summary>
    /// Records the expiry once and arms the cancellation at the end of the grace. Renewed since (validity now
    /// later): the timer follows the new date, so an expiry whose re-arming was missed is still recorded.
    /// </summary>
    public static async Task Handle(ExpireRegistration command, IDocumentSession session, TimeProvider clock, IOptions<ProcedureSettings> settings,
        CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<Asset>(command.RegistrationNumber, cancellation);
        if (stream.Aggregate is not { } asset || asset.Cancelled)
        {
            return;
        }

        var now = clock.GetUtcNow();
        if (now < asset.ValidUntil)
        {
            ValidityTimers.Arm(session, asset.Id, asset.ValidUntil);
            return;
        }

        var recorded = await session.Events.FetchStreamAsync(asset.Id, token: cancellation);
        if (ValidityRules.ExpireIfDue(asset, recorded.Select(e => e.Data), now) is { } expired)
        {
            stream.AppendOne(expired);
            ValidityTimers.ArmGraceCancellation(session, asset.Id, ValidityRules.GraceEndsAt(asset, settings.Value.ExpiryGraceMonths));
        }
    }
}
