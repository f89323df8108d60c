using System.Runtime.CompilerServices;

// The tests check the internal ISO/IEC 7064 MOD 37,36 routine against published examples that no
// registration number can express (e.g. the GRid example). Declared here rather than in the csproj so
// the identifiers do not depend on edits to a file other work shares; duplicates are harmless.
[assembly: InternalsVisibleTo("AssetRegistry.Verification.Tests")]
