using System.Globalization;
using System.Text;

namespace AssetRegistry.Ledger.Audit;

/// <summary>How far an audit has come: certificates checked so far, of how many the ledger holds.</summary>
public sealed record AuditProgress(long Certificates, long TotalCertificates, TimeSpan Elapsed)
{
    public double CertificatesPerSecond => Elapsed > TimeSpan.Zero ? Certificates / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// What <see cref="LedgerAudit"/> found: nothing (<see cref="Passed"/>), or the first thing in ledger order that
/// does not match, by its code and in one sentence that names the certificate, event or checkpoint.
/// </summary>
public sealed record AuditResult(
    AuditFinding? Finding,
    long Certificates,
    long Assets,
    long Checkpoints,
    TimeSpan Elapsed)
{
    public bool Passed => Finding is null;

    /// <summary>The finding as the <c>audit</c> verb prints it (<c>code: sentence</c>); null when everything matches.</summary>
    public string? FirstMismatch => Finding?.ToString();

    /// <summary>Each certificate cites one event, re-read and hashed again: as many as <see cref="Certificates"/>.</summary>
    public long Events => Certificates;

    public double CertificatesPerSecond => Elapsed > TimeSpan.Zero ? Certificates / Elapsed.TotalSeconds : 0;

    /// <summary>The verdict line and the counts, as the <c>audit</c> command prints them.</summary>
    public string Summary()
    {
        var text = new StringBuilder();
        text.AppendLine(Passed ? "ledger audit: everything matches" : $"ledger audit: MISMATCH: {FirstMismatch}");
        var checkedWhat = Passed ? "" : " (before the mismatch)";
        text.AppendLine(CultureInfo.InvariantCulture, $"  certificates  {Certificates,12:N0}{checkedWhat}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  assets        {Assets,12:N0}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  events        {Events,12:N0}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  checkpoints   {Checkpoints,12:N0}");
        text.Append(CultureInfo.InvariantCulture, $"  time          {Elapsed.TotalSeconds,12:N1} s ({CertificatesPerSecond:N0} certificates/s)");
        return text.ToString();
    }

    public override string ToString() => Passed ? "everything matches" : FirstMismatch!;
}
