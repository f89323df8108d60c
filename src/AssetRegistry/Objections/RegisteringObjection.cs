using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Parties;
using AssetRegistry.Security;
using AssetRegistry.Timers;
using Marten;
using Wolverine;

namespace AssetRegistry.Objections;

public sealed record RegisterObjection(string ObjectionId, long? ExpectedVersion, Actor RegisteredBy);

public static class RegisterObjectionHandler
{
    public static async Task<ObjectionView> Handle(RegisterObjection command, IDocumentSession session, TimeProvider clock, ProcedureDeadlines deadlines,
        CancellationToken cancellation)
    {
        var stream = await session.FetchObjectionAsync(command.ObjectionId, command.ExpectedVersion, cancellation);
        var objection = stream.Aggregate!;
        var now = clock.GetUtcNow();
        // Registered only on a verified objector, named on the asset as its party record names it now.
        var objector = (await session.RecordOfAsync(objection.Objector.PartyCode, cancellation))?.AsNamed();
        var registered = objection.Register(objector, command.RegisteredBy, now, deadlines);
        stream.AppendOne(registered);
        if (objection.RegistrationNumber is { } number)
        {
            // Appended without a version check, so it never fails for a registration committed just before it:
            // it then stands against the new state. A registration racing it re-checks the asset at commit.
            session.Events.Append(number, new ObjectionRegisteredOnAsset(number, objection.Id, objector!, objection.Grounds,
                registered.LapsesAt, command.RegisteredBy, now));
        }

        session.Store(RegistryTimer.For(ObjectionStreams.LapseTimerId(objection.Id), new LapseObjection(objection.Id), registered.LapsesAt));
        return ObjectionView.Of(objection.Apply(registered) with { Version = stream.CurrentVersion ?? objection.Version });
    }
}

public static class RegisteringObjectionEndpoint
{
    public static void MapRegisterObjection(this RouteGroupBuilder objections) =>
        objections.MapPost("/{objectionId}/register", async (string objectionId, HttpContext http, IMessageBus bus) =>
            {
                return await bus.DecideObjectionAsync(new RegisterObjection(objectionId, http.Request.ExpectedVersion(), Actor.From(http.User)), http);
            })
            .RequireAuthorization(policy => policy.RequireRole(RegistryRoles.Clerk))
            .WithName("registerObjection")
            .WithSummary("Register the objection (异议登记) — clerks only. It is shown on the asset and blocks transfer, new licenses and voluntary cancellation; it lapses in 15 days unless a lawsuit is proved.")
            .Produces<ObjectionView>()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
