using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Frames;
using Marten;
using Wolverine.Configuration;
using Wolverine.Runtime.Handlers;

namespace AssetRegistry.Infrastructure.Http.Idempotency;

/// <summary>
/// Puts an act's outcome in the act's own transaction: after each handler that writes through Marten returns, and
/// before Wolverine commits that session, the outcome of a command sent under an <c>Idempotency-Key</c> is inserted.
/// The act and its outcome commit together or not at all, so a retry finds the answer or runs the act for the first
/// time; of two concurrent runs the second fails at commit on the outcome's primary key and records nothing.
/// </summary>
public sealed class OutcomesInTheActsTransaction : IHandlerPolicy
{
    public void Apply(IReadOnlyList<HandlerChain> chains, GenerationRules rules, IServiceContainer container)
    {
        var record = typeof(OutcomesInTheActsTransaction).GetMethod(nameof(Record))!;
        foreach (var chain in chains)
        {
            foreach (var handler in chain.Handlers)
            {
                if (handler.ReturnVariable is not { } result || result.VariableType.IsValueType
                    || !handler.Method.GetParameters().Any(p => p.ParameterType == typeof(IDocumentSession)))
                {
                    continue;
                }

                var call = new MethodCall(typeof(OutcomesInTheActsTransaction), record.MakeGenericMethod(chain.MessageType, result.VariableType));
                call.TrySetArgument("result", result);
                // Postprocessors end with the commit; the front of the list runs before it.
                chain.Postprocessors.Insert(0, call);
            }
        }
    }

    public static void Record<TCommand, TResult>(TCommand command, TResult result, IDocumentSession session, PendingActs pending)
        where TCommand : notnull
        where TResult : notnull
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(pending);
        if (pending.OutcomeOf(command, result) is { } outcome)
        {
            session.Insert(outcome);
        }
    }
}
