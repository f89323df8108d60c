using AssetRegistry.Applications;
using AssetRegistry.Freezes;
using AssetRegistry.Objections;
using AssetRegistry.Validity;

namespace AssetRegistry.Timers;

/// <summary>
/// The commands a <see cref="RegistryTimer"/> fires, each under the name its rows store. A timer row outlives the code
/// that armed it — an expiry is due three years on — so it names its command by a name of the registry's, never by
/// where the class happens to live: moving or renaming a command class changes nothing stored. A name, once stored,
/// is for ever; so is the command's shape (its JSON), as for an event.
/// </summary>
/// <remarks>
/// One table here rather than a name declared on each command: the names are part of the timers' storage, read and
/// written only by <see cref="RegistryTimer"/>, and the former names rows still hold belong beside them. A command not
/// listed cannot be armed (<see cref="NameOf"/> throws), so a new timer fails its first test until it is named here.
/// </remarks>
public static class TimerCommands
{
    private static readonly (string Name, Type Command)[] Named =
    [
        ("end-public-notice", typeof(EndPublicNotice)),
        ("lapse-unanswered-correction", typeof(LapseApplication)),
        ("lapse-objection", typeof(LapseObjection)),
        ("end-freeze-term", typeof(EndFreezeTerm)),
        ("expire-registration", typeof(ExpireRegistration)),
        ("cancel-expired-registration", typeof(CancelExpiredRegistration)),
        ("end-license-term", typeof(EndLicenseTerm)),
    ];

    /// <summary>
    /// What rows written before the names were stored hold: the command's CLR full name as it was then (commit 6254490
    /// and earlier). Never remove one while such a row may still be pending.
    /// </summary>
    private static readonly Dictionary<string, string> FormerNames = new(StringComparer.Ordinal)
    {
        ["AssetRegistry.Applications.EndPublicNotice"] = "end-public-notice",
        ["AssetRegistry.Applications.LapseApplication"] = "lapse-unanswered-correction",
        ["AssetRegistry.Objections.LapseObjection"] = "lapse-objection",
        ["AssetRegistry.Freezes.EndFreezeTerm"] = "end-freeze-term",
        ["AssetRegistry.Validity.ExpireRegistration"] = "expire-registration",
        ["AssetRegistry.Validity.CancelExpiredRegistration"] = "cancel-expired-registration",
        ["AssetRegistry.Validity.EndLicenseTerm"] = "end-license-term",
    };

    private static readonly Dictionary<string, Type> ByName = Named.ToDictionary(n => n.Name, n => n.Command, StringComparer.Ordinal);
    private static readonly Dictionary<Type, string> ByType = Named.ToDictionary(n => n.Command, n => n.Name);

    /// <summary>Every name a timer is stored under today.</summary>
    public static IReadOnlyCollection<string> Names => ByName.Keys;

    /// <summary>Every former name that rows may still hold.</summary>
    public static IReadOnlyCollection<string> Former => FormerNames.Keys;

    public static string NameOf(Type command) =>
        ByType.TryGetValue(command, out var name) ? name
            : throw new InvalidOperationException($"{command.FullName} is not a timer command: name it in {nameof(TimerCommands)} before arming a timer with it.");

    /// <summary>The command a stored name stands for, today's or a former one; null when it names none.</summary>
    public static Type? Resolve(string storedName) =>
        ByName.TryGetValue(storedName, out var command) ? command
            : FormerNames.TryGetValue(storedName, out var name) ? ByName[name]
            : null;
}
