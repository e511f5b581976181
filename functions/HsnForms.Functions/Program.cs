using Azure.Identity;
using HsnForms.Desk;
using HsnForms.Intake;
using HsnForms.Reporting;
using Microsoft.ApplicationInsights.Extensibility;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var builder = FunctionsApplication.CreateBuilder(args);

// The web desk's HTTP trigger gets ASP.NET Core's own request and response.
builder.ConfigureFunctionsWebApplication();
builder.Services
    .AddIntakeStorage(builder.Configuration)
    .AddMailIngestion()
    .AddGraphMailbox()
    .AddComplianceReports()
    .AddServiceDeskWeb();

// Structured logs straight from the worker, so each cycle's figures are queryable properties.
builder.Services.AddApplicationInsightsTelemetryWorkerService().ConfigureFunctionsApplicationInsights();
builder.Services.Configure<TelemetryConfiguration>(telemetry =>
{
    // Application Insights has local auth off: the worker authenticates with the app's identity.
    if (builder.Configuration["AzureWebJobsStorage:clientId"] is { Length: > 0 } clientId)
    {
        telemetry.SetAzureTokenCredential(new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId)));
    }
});
builder.Logging.Services.Configure<LoggerFilterOptions>(options =>
{
    // The SDK keeps only warnings by default; the cycle summaries are Information.
    var warningsOnly = options.Rules.FirstOrDefault(r => r.ProviderName == "Microsoft.Extensions.Logging.ApplicationInsights.ApplicationInsightsLoggerProvider");
    if (warningsOnly is not null)
    {
        options.Rules.Remove(warningsOnly);
    }
});

builder.Build().Run();
