using System.Text.Json.Nodes;
using AssetRegistry.Verification.Canonical;
using AssetRegistry.Verification.Tests.Support;

namespace AssetRegistry.Verification.Tests.Bundles;

/// <summary>Our bundles, checked by an outside implementation: tests/interop/verify-bundle.mjs (Node.js crypto + RFC 8785's reference canonicalizer).</summary>
public sealed class BundleInteropTests : IDisposable
{
    private readonly TemporaryFolder folder = new();
    private readonly TestLedger ledger = new(TestKeys.NewEcdsa(), 6);

    public void Dispose() => folder.Dispose();

    private NodeResult VerifyWithNode(JsonObject bundle) =>
        NodeInterop.Run("verify-bundle.mjs", folder.Write("bundle.json", bundle.ToJsonString()), StrictBase64.Encode(ledger.Key.ExportSubjectPublicKeyInfo()));

    [Fact]
    public void interop_a_bundle_produced_by_the_library_verifies_with_an_outside_implementation()
    {
        for (var i = 0; i < 6; i++)
        {
            var result = VerifyWithNode(ledger.Bundle(i, ledger.Checkpoint(TestKeys.Epoch.AddDays(1))).ToJsonObject());

            Assert.True(result.ExitCode == 0, $"leaf {i}: {result.StdoutText} {result.Stderr}");
            Assert.Equal("genuine", result.StdoutText);
        }
    }

    [Fact]
    public void interop_the_outside_implementation_rejects_an_altered_certificate_too()
    {
        var bundle = ledger.Bundle(2, ledger.Checkpoint(TestKeys.Epoch.AddDays(1))).ToJsonObject();
        bundle["certificate"]!["valuation"] = "1.00";

        var result = VerifyWithNode(bundle);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("failed: inclusion proof does not reach the root", result.StdoutText);
    }
}
