using System.Diagnostics;
using System.Security.Cryptography;
using AssetRegistry.Verification.Bundles;
using AssetRegistry.Verification.Checkpoints;

namespace AssetRegistry.Benchmark;

/// <summary>
/// (e) What a bank or court does offline: <see cref="BundleVerifier.Verify(string)"/> on a bundle file's text (parse,
/// checkpoint signature, canonical form of the certificate, inclusion proof), with the registry's published keys.
/// Its floor, measured alongside: one ECDSA P-256 signature check, the one asymmetric operation a bundle needs.
/// </summary>
internal static class OfflineVerification
{
    public sealed record Result(int Bundles, long Genuine, long NotGenuine, string? FirstFailure, double PerSecondOneThread, double PerSecondAllThreads,
        int Threads, double EcdsaVerifyPerSecondOneThread);

    public static Result Measure(IReadOnlyList<string> bundles, TrustedKeys keys, TimeSpan duration)
    {
        var verifier = new BundleVerifier(keys);
        long genuine = 0, notGenuine = 0;
        string? firstFailure = null;
        var timed = new List<string>();
        foreach (var bundle in bundles)
        {
            var result = verifier.Verify(bundle);
            if (result.IsGenuine)
            {
                genuine++;
                timed.Add(bundle);
            }
            else
            {
                notGenuine++;
                firstFailure ??= result.ToString();
            }
        }

        if (timed.Count == 0)
        {
            return new Result(bundles.Count, genuine, notGenuine, firstFailure, 0, 0, Machine.Cores, 0);
        }

        var oneThread = Rate(duration, 1, _ => new BundleVerifier(keys), (v, i) => v.Verify(timed[i % timed.Count]).IsGenuine);
        var threads = Machine.Cores;
        var allThreads = Rate(duration, threads, _ => new BundleVerifier(keys), (v, i) => v.Verify(timed[i % timed.Count]).IsGenuine);

        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var message = RandomNumberGenerator.GetBytes(120);
        var signature = ecdsa.SignData(message, HashAlgorithmName.SHA256);
        var ecdsaRate = Rate(TimeSpan.FromSeconds(Math.Min(5, duration.TotalSeconds)), 1, _ => ecdsa, (key, _) => key.VerifyData(message, signature, HashAlgorithmName.SHA256));
        return new Result(bundles.Count, genuine, notGenuine, firstFailure, oneThread, allThreads, threads, ecdsaRate);
    }

    private static double Rate<TState>(TimeSpan duration, int threads, Func<int, TState> state, Func<TState, int, bool> work)
    {
        long done = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            var mine = state(t);
            var count = 0;
            for (var i = t; clock.Elapsed < duration; i += threads)
            {
                if (!work(mine, i))
                {
                    throw new InvalidOperationException("A bundle that verified once did not verify again.");
                }

                count++;
            }

            Interlocked.Add(ref done, count);
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        return done / clock.Elapsed.TotalSeconds;
    }
}
