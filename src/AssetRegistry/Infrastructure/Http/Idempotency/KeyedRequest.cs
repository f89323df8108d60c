using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace AssetRegistry.Infrastructure.Http.Idempotency;

/// <summary>
/// A POST under an <c>Idempotency-Key</c>, the key scoped to the user and the party the user acts for: one user acting
/// for two parties makes two acts, each with its own answer.
/// </summary>
public sealed record KeyedRequest(string UserId, string? PartyCode, string Key, string Fingerprint)
{
    /// <summary>The outcome's id: a digest, so that no user id, party code or key can be read as another's.</summary>
    public string OutcomeId { get; } = Digest(UserId, PartyCode ?? "", Key);

    public IdempotentOutcome OutcomeOf(ActAnswer answer, DateTimeOffset now, TimeSpan keepFor) => new()
    {
        Id = OutcomeId,
        UserId = UserId,
        PartyCode = PartyCode,
        Key = Key,
        RequestFingerprint = Fingerprint,
        RecordedAt = now,
        ExpiresAt = now + keepFor,
        StatusCode = answer.StatusCode,
        Location = answer.Location,
        Version = answer.Version,
        Body = answer.Reread,
    };

    private static string Digest(params string[] parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            var bytes = Encoding.UTF8.GetBytes(part);
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}

/// <summary>
/// The commands now running under an <c>Idempotency-Key</c>, each with how its answer is made from its handler's
/// result. Held by reference to the command object, so a command cascaded from one of them records nothing.
/// </summary>
public sealed class PendingActs(TimeProvider clock, Microsoft.Extensions.Options.IOptions<IdempotencySettings> settings)
{
    private readonly ConditionalWeakTable<object, Func<object, IdempotentOutcome>> _acts = new();

    public IDisposable Expect<TResult>(object command, KeyedRequest request, Func<TResult, ActAnswer> answer)
    {
        _acts.AddOrUpdate(command, result => request.OutcomeOf(answer((TResult)result), clock.GetUtcNow(), settings.Value.KeepFor));
        return new Done(_acts, command);
    }

    /// <summary>The outcome to record with the act's own events, or null when the command was not sent under a key.</summary>
    public IdempotentOutcome? OutcomeOf(object command, object result) =>
        _acts.TryGetValue(command, out var outcome) ? outcome(result) : null;

    private sealed class Done(ConditionalWeakTable<object, Func<object, IdempotentOutcome>> acts, object command) : IDisposable
    {
        public void Dispose() => acts.Remove(command);
    }
}
