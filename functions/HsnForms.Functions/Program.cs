using HsnForms.Intake;
using HsnForms.Reporting;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.Services
    .AddIntakeStorage(builder.Configuration)
    .AddMailIngestion()
    .AddGraphMailbox()
    .AddComplianceReports();
builder.Build().Run();
