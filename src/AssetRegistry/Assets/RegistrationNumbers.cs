using System.Collections.Concurrent;
using System.Globalization;
using AssetRegistry.Calendars;
using AssetRegistry.Infrastructure.Database;
using AssetRegistry.Infrastructure.Identity;
using AssetRegistry.Verification.Identifiers;
using Marten;
using Npgsql;

namespace AssetRegistry.Assets;

/// <summary>
/// Issues registration numbers (登记编号), whose serial counts the registrations of this registry, kind and year
/// (docs/registration-number.md): one PostgreSQL sequence per kind and year, so drawing a number never blocks a
/// concurrent registration and never repeats. A refused or rolled-back approval leaves a gap in the serials; numbers
/// are unique, not contiguous.
/// </summary>
public sealed class RegistrationNumbers
{
    private readonly string _registryCode;
    private readonly string _connectionString;
    private readonly ConcurrentDictionary<string, Task> _counters = new(StringComparer.Ordinal);

    public RegistrationNumbers(RegistryIdentity identity, RegistryDatabase database)
        : this(identity?.Code ?? throw new ArgumentNullException(nameof(identity)), database?.ConnectionString ?? throw new ArgumentNullException(nameof(database)))
    {
    }

    private RegistrationNumbers(string registryCode, string connectionString)
    {
        _registryCode = registryCode;
        _connectionString = connectionString;
    }

    /// <summary>For the command-line verbs, which have no host: the same counters on the database given.</summary>
    public static RegistrationNumbers For(RegistryIdentity identity, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return new RegistrationNumbers(identity.Code, connectionString);
    }

    /// <summary>The year a registration made at <paramref name="instant"/> is numbered in: the year in China.</summary>
    public static int YearOf(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, WorkingCalendar.ChinaStandardTime).Year;

    public async Task<RegistrationNumber> NextAsync(IQuerySession session, AssetKind kind, DateTimeOffset now, CancellationToken cancellation)
    {
        var year = YearOf(now);
        var serials = await SerialsAsync(session, kind, year, 1, cancellation);
        return RegistrationNumber.Create(_registryCode, kind, year, serials[0]);
    }

    /// <summary><paramref name="count"/> serials of <paramref name="kind"/> in <paramref name="year"/>, drawn in <paramref name="session"/>'s connection.</summary>
    public async Task<IReadOnlyList<long>> SerialsAsync(IQuerySession session, AssetKind kind, int year, int count, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(session);
        var counter = CounterName(kind, year);
        var creating = _counters.GetOrAdd(counter, _ => CreateCounterAsync(kind, year, counter));
        try
        {
            await creating;
        }
        catch
        {
            // A counter that could not be made is tried again by the next registration, not failed for good.
            _counters.TryRemove(KeyValuePair.Create(counter, creating));
            throw;
        }

        return await session.AdvancedSql.QueryAsync<long>($"select nextval('registry.{counter}') from generate_series(1, ?)", cancellation, count);
    }

    public RegistrationNumber Number(AssetKind kind, int year, long serial) => RegistrationNumber.Create(_registryCode, kind, year, serial);

    /// <summary>A registration number from a request, in canonical form; a typo is reported on the field.</summary>
    /// <summary>A number in a route: a mistyped one (its check character fails) is a 400 that says so, not a 404.</summary>
    public static RegistrationNumber Parse(string text, string field) =>
        RegistrationNumber.TryParse(text, out var number, out var error)
            ? number
            : throw Infrastructure.Http.RequestValidationException.For(field, error);

    /// <summary>A number in a body, its fault added to <paramref name="errors"/> under <paramref name="field"/>.</summary>
    public static string? Validate(string? text, string field, Infrastructure.Http.FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (!errors.RequireText(text, field, 40))
        {
            return null;
        }

        if (RegistrationNumber.TryParse(text, out var number, out var error))
        {
            return number.ToString();
        }

        errors.Add(field, error);
        return null;
    }

    private static char LetterOf(AssetKind kind) => kind == AssetKind.DataProduct ? 'P' : 'R';

    private static string CounterName(AssetKind kind, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"registration_serial_{char.ToLowerInvariant(LetterOf(kind))}_{year}");

    /// <summary>
    /// The counter of a kind and year is made the first time a number of it is drawn, in a transaction of its own
    /// (never the registration's: its rollback would take the counter with it). It starts above every number of
    /// that kind and year already issued — on a database numbered by the one counter that came before, those are
    /// interleaved with the other kind's — so that no number is ever issued twice. Creators take an advisory lock;
    /// registrations never do.
    /// </summary>
    private async Task CreateCounterAsync(AssetKind kind, int year, string counter)
    {
        var prefix = $"{_registryCode}-{LetterOf(kind)}-{year.ToString(CultureInfo.InvariantCulture)}-";
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand(
            $"""
            select pg_advisory_xact_lock(hashtext('registry.registration_serial'));
            do $$ begin
              if to_regclass('registry.{counter}') is null then
                execute format('create sequence registry.{counter} start with %s', 1 + (
                  select coalesce(max(substring(id from {prefix.Length + 1} for 8)::bigint), 0)
                  from registry.mt_streams where id like '{prefix}%'));
              end if;
            end $$;
            """, connection, transaction);
        await command.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }
}
