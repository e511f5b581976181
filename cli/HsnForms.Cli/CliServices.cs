using System.Net.Http;
using Azure;
using HsnForms.Intake;
using HsnForms.Intake.Storage;
using HsnForms.Reporting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HsnForms.Cli;

/// <summary>The same services the function app runs, configured from the same settings (environment variables, __ for nesting).</summary>
internal static class CliServices
{
    public static ServiceProvider Build(string? storage, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging
            .AddConfiguration(configuration.GetSection("Logging"))
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddFilter((category, level) => configuration["HSNFORMS_VERBOSE"] is "1" || level >= (category?.StartsWith("Azure.", StringComparison.Ordinal) == true ? LogLevel.Error : LogLevel.Warning)));
        services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        services.AddIntakeStorage(configuration, storage, failFast: true);
        services.AddMailIngestion();
        services.AddGraphMailbox();
        services.AddComplianceReports();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        try
        {
            provider.GetRequiredService<IStartupValidator>().Validate();
        }
        catch (OptionsValidationException ex)
        {
            throw new UsageException("configuration: " + ex.Failures.First());
        }

        return provider;
    }

    /// <summary>The folder mailbox when --mailbox is given, else the Graph mailbox of the settings; <paramref name="whenNone"/> when neither is.</summary>
    public static Intake.Mail.IMailbox OpenMailbox(IServiceProvider services, string? folder, string whenNone) =>
        folder is not null ? new Intake.Mail.FolderMailbox(folder)
        : services.GetRequiredService<IOptions<Intake.Mail.Graph.GraphOptions>>().Value.Mailbox is not null ? services.GetRequiredService<Intake.Mail.Graph.GraphMailbox>()
        : throw new UsageException(whenNone);

    /// <summary>Storage that cannot be reached is a configuration problem with one clear line, not a stack trace.</summary>
    public static bool IsUnreachable(Exception ex) => ex switch
    {
        RequestFailedException { Status: 0 } => true,
        HttpRequestException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsUnreachable),
        _ => ex.InnerException is { } inner && IsUnreachable(inner),
    };

    public static string Unreachable(IServiceProvider services)
    {
        var storage = services.GetRequiredService<StorageContext>();
        return $"storage at {storage.TableEndpoint} cannot be reached. Start Azurite (npm install && npx azurite --inMemoryPersistence, from the repository) or set AzureWebJobsStorage / --storage.";
    }
}
