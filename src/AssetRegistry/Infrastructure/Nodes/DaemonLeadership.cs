using System.Diagnostics;
using JasperFx.Events.Daemon;
using Marten;

namespace AssetRegistry.Infrastructure.Nodes;

/// <summary>
/// Runs Marten's async daemon — the certificate issuer and every asynchronous projection — on exactly one node: the
/// one holding the daemon's lease. Each node renews or tries to take the lease every
/// <see cref="NodeSettings.LeaseRenewal"/>; the holder starts the daemon, and stops it as soon as it fails to renew
/// within the lease, by its own monotonic clock, before the lease has run out in the database. A node that was paused
/// past its lease therefore stops at once when it wakes, and whatever batch it had in flight fails at commit
/// (<see cref="Leases.HoldSql"/>).
/// </summary>
public sealed class DaemonLeadership(IDocumentStore store, Database.RegistryDatabase database, DaemonLease lease, NodeSettings settings,
    ILogger<DaemonLeadership> logger) : BackgroundService
{
    private readonly Leases _leases = new(database.ConnectionString);
    private IProjectionDaemon? _daemon;
    private long? _runningTerm;
    private long _renewedAt;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var ticks = new PeriodicTimer(settings.LeaseRenewal);
        do
        {
            await TickAsync(stoppingToken);
        }
        while (await ticks.WaitForNextTickAsync(stoppingToken));
    }

    private async Task TickAsync(CancellationToken cancellation)
    {
        // Before the database is asked anything: a node that slept past its lease must not go on meanwhile.
        if (_daemon is not null && Stopwatch.GetElapsedTime(_renewedAt) >= settings.LeaseDuration)
        {
            await StopDaemonAsync("its lease ran out before it could renew it");
        }

        long? term;
        var asked = Stopwatch.GetTimestamp();
        try
        {
            term = await _leases.TryHoldAsync(Leases.Daemon, lease.Holder, settings.LeaseDuration, cancellation);
        }
        catch (Exception failure) when (failure is Npgsql.NpgsqlException or TimeoutException or InvalidOperationException)
        {
            logger.LogWarning(failure, "Could not renew the daemon's lease; retrying in {Renewal}", settings.LeaseRenewal);
            return;
        }

        if (term is null)
        {
            if (_daemon is not null)
            {
                await StopDaemonAsync("another node holds its lease");
            }

            return;
        }

        // The lease runs from when the database stamped it, which is after this node asked.
        _renewedAt = asked;
        if (_daemon is not null && _runningTerm == term)
        {
            return;
        }

        if (_daemon is not null)
        {
            await StopDaemonAsync($"its lease was taken over and taken back (term {_runningTerm} → {term})");
        }

        lease.Held(term);
        _runningTerm = term;
        logger.LogInformation("Node {Holder} leads the async daemon in term {Term}", lease.Holder, term);
        try
        {
            _daemon = await store.BuildProjectionDaemonAsync();
            await _daemon.StartAllAsync();
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.LogWarning(failure, "The async daemon did not start; trying again on the next renewal");
            await StopDaemonAsync("it did not start");
        }
    }

    private async Task StopDaemonAsync(string why)
    {
        // Fence first: from here on every batch of this daemon fails at commit, whether or not it stops in time.
        lease.Held(null);
        var daemon = _daemon;
        _daemon = null;
        _runningTerm = null;
        logger.LogWarning("Node {Holder} stops leading the async daemon: {Why}", lease.Holder, why);
        if (daemon is null)
        {
            return;
        }

        try
        {
            await daemon.StopAllAsync().WaitAsync(settings.LeaseDuration);
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            logger.LogWarning(failure, "The async daemon did not stop cleanly; its batches cannot commit without the lease");
        }

        daemon.Dispose();
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_daemon is not null)
        {
            await StopDaemonAsync("the service is stopping");
        }

        // Also when the daemon had not started yet: the lease may already name this node.
        try
        {
            await _leases.ReleaseAsync(Leases.Daemon, lease.Holder, cancellationToken);
        }
        catch (Exception failure) when (failure is Npgsql.NpgsqlException or TimeoutException or OperationCanceledException)
        {
            logger.LogWarning(failure, "Could not give up the daemon's lease; another node takes it when it runs out");
        }
    }
}
