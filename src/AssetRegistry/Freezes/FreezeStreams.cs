namespace AssetRegistry.Freezes;

public static class FreezeStreams
{
    public static string TermTimerId(string registrationNumber, string freezeId) => $"freeze-term:{registrationNumber}:{freezeId}";

    /// <summary>What the grants table records as the act citing the court's orders: the freeze.</summary>
    public static string CitedBy(string freezeId) => $"freeze:{freezeId}";
}
