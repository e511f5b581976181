using HsnForms.Intake;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.Services
    .AddIntakeStorage(builder.Configuration)
    .AddMailIngestion()
    .AddGraphMailbox();
builder.Build().Run();
