using System.Text.Json;

namespace AssetRegistry.Timers;

/// <summary>
/// A deadline of the procedure — the end of public notice, the lapse of an unanswered correction — kept as
/// a row in the same transaction as the event that started it, and fired as a command when the registry's
/// clock reaches <see cref="DueAt"/>. The command's handler lets the current state decide, so a timer that
/// fires late, twice, or after its subject moved on does no harm.
/// </summary>
public sealed class RegistryTimer
{
    public string Id { get; set; } = "";
    public DateTimeOffset DueAt { get; set; }

    /// <summary>Which arming of the timer this is; firing removes only its own arming.</summary>
    public Guid Arming { get; set; }

    /// <summary>The command's stored name (<see cref="TimerCommands"/>); rows armed before names were stored hold its CLR full name then.</summary>
    public string CommandType { get; set; } = "";
    public string CommandJson { get; set; } = "";

    /// <summary>A timer per subject and purpose: re-arming one replaces it.</summary>
    public static RegistryTimer For<TCommand>(string id, TCommand command, DateTimeOffset dueAt) where TCommand : notnull => new()
    {
        Id = id,
        DueAt = dueAt,
        Arming = Guid.NewGuid(),
        CommandType = TimerCommands.NameOf(typeof(TCommand)),
        CommandJson = JsonSerializer.Serialize(command),
    };

    public object Command()
    {
        var type = TimerCommands.Resolve(CommandType)
            ?? throw new InvalidOperationException($"Timer {Id} names an unknown command type {CommandType}.");
        return JsonSerializer.Deserialize(CommandJson, type)
            ?? throw new InvalidOperationException($"Timer {Id} has an empty command.");
    }
}
