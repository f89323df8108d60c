namespace AssetRegistry.Validity;

/// <summary>The registration's validity ran out unrenewed; recorded when the registry's clock noticed.</summary>
public sealed record RegistrationExpired(string RegistrationNumber, DateTimeOffset ValidUntil, DateTimeOffset RecordedAt);

/// <summary>A license reached the end of its term.</summary>
public sealed record LicenseTermEnded(string RegistrationNumber, string LicenseId, DateTimeOffset EndedAt, DateTimeOffset RecordedAt);
