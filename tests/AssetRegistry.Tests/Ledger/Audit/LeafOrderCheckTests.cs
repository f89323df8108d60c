using AssetRegistry.Ledger.Audit;
using static AssetRegistry.Tests.Ledger.Audit.BuiltLedger;

namespace AssetRegistry.Tests.Ledger.Audit;

/// <summary>The ledger read in leaf order: from leaf 0, one by one, in the registry's event order.</summary>
public sealed class LeafOrderCheckTests
{
    private readonly List<AuditedLeaf> _leaves = Healthy().Leaves;

    [Fact]
    public void leaves_built_in_order_pass()
    {
        var order = new LeafOrderCheck();
        foreach (var leaf in _leaves)
        {
            Assert.Null(order.Gap(leaf) ?? order.OutOfEventOrder(leaf));
            order.Passed(leaf);
        }
    }

    [Fact]
    public void a_ledger_that_does_not_start_at_leaf_0_is_leaf_missing() =>
        Assert.Equal(new AuditFinding(AuditFailure.LeafMissing, $"leaf 0 is missing: the ledger starts at leaf 1 ({_leaves[1].CertificateNumber})"),
            new LeafOrderCheck().Gap(_leaves[1]));

    [Fact]
    public void a_leaf_skipped_is_leaf_missing()
    {
        var order = Past(2);

        Assert.Equal(new AuditFinding(AuditFailure.LeafMissing, $"leaf 2 is missing: the ledger goes from leaf 1 to leaf 3 ({_leaves[3].CertificateNumber})"),
            order.Gap(_leaves[3]));
    }

    [Fact]
    public void a_certificate_citing_an_event_not_after_the_one_before_it_is_event_out_of_order()
    {
        var order = Past(2);
        var early = Copy(_leaves[2], eventSequence: _leaves[1].EventSequence);

        Assert.Null(order.Gap(early));
        Assert.Equal(new AuditFinding(AuditFailure.EventOutOfOrder,
                $"certificate {early.CertificateNumber} (leaf 2): cites event {_leaves[1].EventSequence}, not after event {_leaves[1].EventSequence} of the leaf before it: "
                + "the ledger is not in the registry's event order"),
            order.OutOfEventOrder(early));
    }

    /// <summary>The check after the first <paramref name="count"/> leaves passed.</summary>
    private LeafOrderCheck Past(int count)
    {
        var order = new LeafOrderCheck();
        foreach (var leaf in _leaves.Take(count))
        {
            order.Passed(leaf);
        }

        return order;
    }
}
