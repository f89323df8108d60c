namespace AssetRegistry.Assets;

/// <summary>One registered item changed, with its value before and after (both as shown on the register).</summary>
public sealed record FieldChange(string Field, string? Before, string? After);
