using AssetRegistry.Applications;
using AssetRegistry.Assets;
using Marten;
using Microsoft.Extensions.Options;

namespace AssetRegistry.Validity;

/// <summary>Fired by the grace timer of an expired registration.</summary>
public sealed record CancelExpiredRegistration(string RegistrationNumber);

public static class CancelExpiredRegistrationHandler
{
    /// <summary>
    /// Cancels the registration if it is still expired when the grace is over and no freeze stands; renewed or
    /// cancelled since, nothing happens. A freeze's lifting arms this again (see <see cref="ValidityTimers.RearmGraceCancellationIfExpired"/>).
    /// </summary>
    public static async Task Handle(CancelExpiredRegistration command, IDocumentSession session, TimeProvider clock, IOptions<ProcedureSettings> settings,
        CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<Asset>(command.RegistrationNumber, cancellation);
        if (stream.Aggregate is not { } asset)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var graceMonths = settings.Value.ExpiryGraceMonths;
        if (ValidityRules.CancelIfGraceOver(asset, now, graceMonths) is { } cancelled)
        {
            stream.AppendOne(cancelled);
        }
        else if (asset.StatusAt(now) == AssetStatus.Expired && now < ValidityRules.GraceEndsAt(asset, graceMonths))
        {
            // Fired early (a clock moved back, a timer armed by hand): keep the appointment.
            ValidityTimers.ArmGraceCancellation(session, asset.Id, ValidityRules.GraceEndsAt(asset, graceMonths));
        }
    }
}
