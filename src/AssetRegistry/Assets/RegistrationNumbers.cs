using AssetRegistry.Calendars;
using AssetRegistry.Verification.Identifiers;
using Marten;
using AssetRegistry.Infrastructure.Identity;
using Weasel.Core;
using Weasel.Postgresql;

namespace AssetRegistry.Assets;

/// <summary>
/// Issues registration numbers (登记编号) from a PostgreSQL sequence: never blocks a concurrent registration
/// and never repeats. A refused or rolled-back approval leaves a gap in the serials; numbers are unique,
/// not contiguous (docs/registration-number.md).
/// </summary>
public sealed class RegistrationNumbers(RegistryIdentity identity)
{
    public static readonly DbObjectName Sequence = new PostgresqlObjectName("registry", "registration_serial", Weasel.Postgresql.SchemaUtils.IdentifierUsage.General);

    public async Task<RegistrationNumber> NextAsync(IQuerySession session, AssetKind kind, DateTimeOffset now, CancellationToken cancellation)
    {
        var serials = await session.AdvancedSql.QueryAsync<long>($"select nextval('{Sequence.QualifiedName}')", cancellation);
        var year = TimeZoneInfo.ConvertTime(now, WorkingCalendar.ChinaStandardTime).Year;
        return RegistrationNumber.Create(identity.Code, kind, year, serials[0]);
    }

    /// <summary>A registration number from a request, in canonical form; a typo is reported on the field.</summary>
    public static string? Validate(string? text, string field, Infrastructure.Http.FieldErrors errors)
    {
        if (!errors.RequireText(text, field, 40))
        {
            return null;
        }

        if (RegistrationNumber.TryParse(text, out var number, out var error))
        {
            return number.ToString();
        }

        errors.Add(field, error.Message);
        return null;
    }

    public static void Configure(StoreOptions options) =>
        options.Storage.ExtendedSchemaObjects.Add(new Weasel.Postgresql.Sequence(Sequence));
}
