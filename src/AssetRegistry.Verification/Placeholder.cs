namespace AssetRegistry.Verification; internal static class Placeholder { }
