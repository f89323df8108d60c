namespace AssetRegistry.Verification.Identifiers;

/// <summary>What kind of mistake made a text not an identifier.</summary>
public enum IdentifierErrorKind
{
    /// <summary>Nothing was given (or only white space).</summary>
    Empty,

    /// <summary>The text, or one part of it, has the wrong number of characters.</summary>
    Length,

    /// <summary>A character is not allowed where it stands.</summary>
    Character,

    /// <summary>Everything is well formed but the check character does not match: most likely a typo.</summary>
    Check,

    /// <summary>The characters are allowed but do not form a value (no such date, year out of range, missing parts).</summary>
    Format,
}
