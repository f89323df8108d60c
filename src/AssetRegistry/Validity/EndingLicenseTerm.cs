using AssetRegistry.Assets;
using Marten;

namespace AssetRegistry.Validity;

/// <summary>Fired by a license's term timer, at 24:00 China Standard Time of its last day.</summary>
public sealed record EndLicenseTerm(string RegistrationNumber, string LicenseId);

public static class EndLicenseTermHandler
{
    /// <summary>
    /// Records the end of the license's term once. A change that moved the term later moves the timer with it
    /// (re-armed here too, should that arming have been missed).
    /// </summary>
    public static async Task Handle(EndLicenseTerm command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<Asset>(command.RegistrationNumber, cancellation);
        if (stream.Aggregate is not { } asset || asset.Licenses.FirstOrDefault(l => l.LicenseId == command.LicenseId) is not { } license)
        {
            return;
        }

        var now = clock.GetUtcNow();
        if (now < license.EndsAt)
        {
            if (license.CancelledAt is null && !asset.Cancelled)
            {
                ValidityTimers.ArmLicenseTerm(session, asset.Id, license.LicenseId, license.Terms.EndsOn);
            }

            return;
        }

        var recorded = await session.Events.FetchStreamAsync(asset.Id, token: cancellation);
        if (ValidityRules.EndLicenseTermIfDue(asset, command.LicenseId, recorded.Select(e => e.Data), now) is { } ended)
        {
            stream.AppendOne(ended);
        }
    }
}
