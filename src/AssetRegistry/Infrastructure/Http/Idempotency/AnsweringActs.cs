using Wolverine;

namespace AssetRegistry.Infrastructure.Http.Idempotency;

public static class AnsweringActs
{
    /// <summary>
    /// Sends an act's command and answers as <paramref name="answer"/> says. Under an <c>Idempotency-Key</c> the act's
    /// own transaction records that answer for the key's retries (<see cref="OutcomesInTheActsTransaction"/>).
    /// </summary>
    public static async Task<IResult> AnswerAsync<TResult>(this IMessageBus bus, object command, HttpContext http, Func<TResult, ActAnswer> answer)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(answer);
        using var pending = http.Features.Get<KeyedRequest>() is { } keyed
            ? http.RequestServices.GetRequiredService<PendingActs>().Expect(command, keyed, answer)
            : null;
        var result = await bus.InvokeAsync<TResult>(command, http.RequestAborted);
        return answer(result).Respond(http.Response);
    }
}
