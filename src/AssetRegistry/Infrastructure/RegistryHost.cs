using System.Text.Json.Serialization;
using AssetRegistry.Applications;
using AssetRegistry.Assets;
using AssetRegistry.Calendars;
using AssetRegistry.Documents;
using AssetRegistry.Infrastructure.Database;
using AssetRegistry.Infrastructure.Http;
using AssetRegistry.Infrastructure.Http.Idempotency;
using AssetRegistry.Infrastructure.Identity;
using AssetRegistry.Infrastructure.Nodes;
using AssetRegistry.Infrastructure.Time;
using AssetRegistry.Ledger.Api;
using AssetRegistry.Ledger;
using AssetRegistry.Objections;
using AssetRegistry.Parties;
using AssetRegistry.Portfolios;
using AssetRegistry.Rebuilding;
using AssetRegistry.Register;
using AssetRegistry.Security;
using AssetRegistry.Timers;
using JasperFx;
using JasperFx.Events;
using Weasel.Core;
using Marten;
using Npgsql;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Scalar.AspNetCore;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Marten;

namespace AssetRegistry.Infrastructure;

/// <summary>The service's wiring: database, messaging, security and the HTTP ground rules, in one place.</summary>
public static class RegistryHost
{
    public const long MaxJsonRequestBytes = 1024 * 1024;

    public static WebApplicationBuilder AddRegistry(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var development = builder.Environment.IsDevelopment();

        if (!development)
        {
            builder.Logging.AddJsonConsole(json => json.UseUtcTimestamp = true);
        }

        // Range-checked before anything binds them (a malformed value would otherwise fail deep in a binder), and
        // again from the host's final configuration.
        _ = NodeSettings.From(builder.Configuration);
        services.AddSingleton(sp => NodeSettings.From(sp.GetRequiredService<IConfiguration>()));
        services.AddRegistryClock(builder.Configuration, development);

        services.Configure<ProcedureSettings>(builder.Configuration.GetSection("Registry"));
        services.AddWorkingCalendar(builder.Configuration);
        services.AddSingleton<ProcedureDeadlines>();
        services.AddSingleton<RegistrationNumbers>();
        services.AddSingleton<TimerSweep>();
        services.Configure<IdempotencySettings>(builder.Configuration.GetSection("Idempotency"));
        services.AddSingleton<PendingActs>();
        services.AddSingleton<ExpiredOutcomesSweep>();
        // First of the hosted services: views an earlier version stored in another shape are rebuilt before anything reads them.
        services.AddHostedService<StaleViewsRebuild>();
        services.AddHostedService(sp => sp.GetRequiredService<ExpiredOutcomesSweep>());
        services.AddHostedService(sp => sp.GetRequiredService<TimerSweep>());
        services.AddSingleton(sp => new DaemonLease(sp.GetRequiredService<RegistryClockSettings>().NodeName));
        services.AddHostedService<DaemonLeadership>();
        services.Configure<PrivatePostgresOptions>(builder.Configuration.GetSection("PrivatePostgres"));
        services.AddSingleton<RegistryDatabase>();
        services.AddSingleton(sp => RegistryIdentityResolver.ResolveAsync(builder.Configuration, builder.Environment,
            sp.GetRequiredService<RegistryDatabase>().ConnectionString).GetAwaiter().GetResult());

        services.AddMarten(sp => RegistryStore.Options(sp.GetRequiredService<RegistryDatabase>().DataSource, sp.GetRequiredService<TimeProvider>()))
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup()
            .AddSubscriptionWithServices<CertificateIssuer>(ServiceLifetime.Singleton, _ => { })
            // No daemon mode: the async daemon runs on the one node holding its lease (DaemonLeadership), which a
            // node loses when it stops renewing it — dead or merely paused — unlike an advisory lock, kept by a paused
            // process's open session.
            .IntegrateWithWolverine();
        services.Configure<LedgerSettings>(builder.Configuration.GetSection("Ledger"));
        services.AddSingleton<LedgerKeys>();
        services.AddSingleton<LedgerNoteKeys>();

        builder.Host.UseWolverine(options =>
        {
            options.UseRuntimeCompilation();
            options.Policies.AutoApplyTransactions();
            options.Policies.AddMiddleware(typeof(OneInstantPerAct));
            options.Policies.UseDurableLocalQueues();
            options.Policies.Add<OutcomesInTheActsTransaction>();
            // A refusal is an answer, not a failure: Wolverine would log each at Error. What really fails is
            // logged where it surfaces — a 500 by the problem-details handler, a timer by its sweep.
            options.Policies.MessageFailureLogLevel(LogLevel.Debug);
            // A write that lost an optimistic-concurrency race is decided again on fresh state: the rules then
            // give the loser its real answer (already decided, no longer the holder) instead of a bare conflict.
            // With If-Match the expected version is stale for good, and the retries end in 412.
            options.OnException<ConcurrencyException>()
                .RetryWithCooldown(TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(50));
            // Decisions lock their application's row (ApplicationStreams.FetchAsync); should two writes ever take
            // two rows in opposite orders, PostgreSQL aborts one of them, which is then decided again the same way.
            options.OnException<PostgresException>(e => e.SqlState == PostgresErrorCodes.DeadlockDetected)
                .RetryWithCooldown(TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(50));
        });

        services.ConfigureHttpJsonOptions(json => ConfigureJson(json.SerializerOptions));
        services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
        // Registered before AddProblemDetails adds ASP.NET Core's writer, so that it is the one chosen.
        services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>();
        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
            if (!context.ProblemDetails.Extensions.ContainsKey("code") && context.ProblemDetails.Status is { } status)
            {
                context.ProblemDetails.Extensions["code"] = (status switch
                {
                    StatusCodes.Status401Unauthorized => Refusals.Unauthenticated,
                    StatusCodes.Status403Forbidden => Refusals.Forbidden,
                    StatusCodes.Status404NotFound => Refusals.NotFound,
                    StatusCodes.Status405MethodNotAllowed => Refusals.MethodNotAllowed,
                    StatusCodes.Status413PayloadTooLarge => Refusals.PayloadTooLarge,
                    StatusCodes.Status415UnsupportedMediaType => Refusals.UnsupportedMediaType,
                    StatusCodes.Status400BadRequest => Refusals.BadRequest,
                    _ => Refusals.Error,
                }).Code;
            }
        });
        services.AddExceptionHandler<ProblemResponses>();

        services.AddTokenValidation(development);
        services.AddAuthorization();

        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("postgresql", tags: ["ready"])
            .AddWorkingCalendarCheck()
            .AddCheck<RegistryClockHealthCheck>("clock", failureStatus: null, tags: ["ready"]);

        services.AddOpenApi(openApi =>
        {
            openApi.CreateSchemaReferenceId = OpenApiSchemas.SchemaId;
            openApi.AddDocumentTransformer<OpenApiDescription>().AddOperationTransformer<OpenApiOperations>()
                .AddSchemaTransformer<OpenApiSchemas>().AddSchemaTransformer<OpenApiExamples>();
        });
        return builder;
    }

    public static void ConfigureJson(System.Text.Json.JsonSerializerOptions json)
    {
        json.Converters.Add(new NfcStringConverter());
        json.Converters.Add(new RegistryDateConverter());
        json.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        json.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        // A number is a JSON number: the web defaults also read "5" as 5, which the published schemas do not allow.
        json.NumberHandling = JsonNumberHandling.Strict;
        // A member the body's type does not have is refused (400 unknown-member), not ignored: a misspelt optional
        // member would otherwise be dropped without a word. HTTP bodies only; Marten and Wolverine have their own options.
        json.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
    }

    public static WebApplication UseRegistry(this WebApplication app)
    {
        // Fail at once, with the configuration message, rather than at the first request.
        _ = app.Services.GetRequiredService<NodeSettings>();
        _ = app.Services.GetRequiredService<RegistryDatabase>();
        _ = app.Services.GetRequiredService<WorkingCalendar>();
        _ = app.Services.GetRequiredService<TokenSettings>();
        _ = app.Services.GetRequiredService<LedgerKeys>();
        _ = app.Services.GetRequiredService<LedgerNoteKeys>();
        _ = app.Services.GetRequiredService<RegistryIdentity>();

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseMiddleware<ClockBehindGuard>();
        app.UseMiddleware<RequestSizeLimits>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<InternetJsonBodies>();
        app.UseMiddleware<IdempotencyMiddleware>();

        // ASP.NET Core answers a document name it does not know with a text/plain 404; the one document is v1.
        app.MapOpenApi().AddEndpointFilter((context, next) => context.HttpContext.GetRouteValue("documentName") is "v1" ? next(context)
            : ValueTask.FromResult<object?>(Results.Problem(ProblemResponses.Problem(Refusals.NotFound))));
        // The reference page offers the document's bearer scheme first: a token pasted there goes with every operation
        // that declares it (and with the optional ones), so its "send" works for writes too.
        app.MapScalarApiReference("/docs", reference => reference.WithTitle("AssetRegistry API").AddPreferredSecuritySchemes([OpenApiOperations.BearerScheme]));
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", ReadinessReport.Options);

        // JSON requests are small; endpoints that take uploads raise their own limit.
        var api = app.MapGroup("/api").WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxJsonRequestBytes));
        Capabilities.MapAll(api);
        api.MapLedgerApi();

        if (app.Environment.IsDevelopment())
        {
            app.MapDevelopmentClock();
        }

        return app;
    }
}

/// <summary>
/// The Marten store exactly as the service configures it, for the service and for the command-line verbs that
/// write through Marten without the web host (<c>seed</c>).
/// </summary>
public static class RegistryStore
{
    public static StoreOptions Options(string connectionString, TimeProvider clock) => Options(clock, options => options.Connection(connectionString));

    /// <summary>On the node's one pool (<see cref="RegistryDatabase.DataSource"/>), which the node disposes itself.</summary>
    public static StoreOptions Options(NpgsqlDataSource dataSource, TimeProvider clock) => Options(clock, options => options.Connection(dataSource));

    private static StoreOptions Options(TimeProvider clock, Action<StoreOptions> connect)
    {
        var options = new StoreOptions();
        connect(options);
        options.DatabaseSchemaName = "registry";
        options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
        options.Events.StreamIdentity = StreamIdentity.AsString;
        options.Events.TimeProvider = clock;
        // An append checked against a version locks its stream's row before drawing from the global event
        // sequence: of two racing appends the loser fails without leaving a hole the certificate issuer must wait out.
        options.Events.UseExclusiveLockOnConcurrentAppends = true;
        // Certificates follow registrations within a poll: the daemon looks for new events every 250 ms even when
        // the registry is quiet (its default backs off to 1 s). A hole in the event sequence (a failed transaction)
        // is passed after 1 s rather than 3 s: Marten first checks PostgreSQL for a live transaction that could
        // still fill it (UseTransactionEvidenceForGapSkipping, on by default) and waits for that one whatever the
        // threshold, so passing sooner never skips a slow registration.
        options.Projections.SlowPollingTime = TimeSpan.FromMilliseconds(250);
        options.Projections.StaleSequenceThreshold = TimeSpan.FromSeconds(1);
        // An application's subject is stored with its kind's discriminator (Capabilities.AddApplicationSubjects); jsonb
        // orders an object's keys by length, so the discriminator is not always first when read back.
        options.UseSystemTextJsonForSerialization(enumStorage: EnumStorage.AsString, configure: json =>
        {
            json.TypeInfoResolver = Capabilities.JsonResolver(json.TypeInfoResolver);
            json.AllowOutOfOrderMetadataProperties = true;
        });
        options.Schema.For<IdempotentOutcome>().Identity(x => x.Id).Index(x => x.ExpiresAt);
        Capabilities.ConfigureAll(options);
        LedgerTables.Configure(options);
        return options;
    }
}
