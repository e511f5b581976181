using System.Net.Http;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using HsnForms.Intake;
using HsnForms.Intake.Storage;
using HsnForms.Reporting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HsnForms.Cli.Local;

/// <summary>The same services the function app runs, configured from the same settings (environment variables, __ for nesting).</summary>
internal static class CliServices
{
    /// <summary>
    /// Builds and validates the services. Every setting is checked here, before any verb does its work, so a
    /// wrong one is a <see cref="ConfigurationException"/> naming it, whichever verb was run.
    /// </summary>
    public static ServiceProvider Build(string? storage, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
            .Build();
        StorageSettings.Check(configuration, storage);

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
        catch (Exception ex) when (SettingErrors.Describe(ex, configuration) is { } problem)
        {
            provider.Dispose();
            throw new ConfigurationException(problem);
        }

        return provider;
    }

    /// <summary>Checks the settings as <see cref="Build"/> does, for a verb that may need no storage at all.</summary>
    public static void Check(string? storage) => Build(storage).Dispose();

    /// <summary>The folder mailbox when --mailbox is given, else the Graph mailbox of the settings; <paramref name="whenNone"/> when neither is.</summary>
    public static Intake.Mail.IMailbox OpenMailbox(IServiceProvider services, string? folder, string outbox, string whenNone) =>
        folder is not null ? new Intake.Mail.FolderMailbox(folder, outbox)
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

    /// <summary>One line naming the endpoint that did not answer and the command that starts local storage.</summary>
    public static string Unreachable(string? storage)
    {
        string endpoint;
        try
        {
            using var services = Build(storage);
            endpoint = services.GetRequiredService<StorageContext>().TableEndpoint.ToString();
        }
        catch (ConfigurationException)
        {
            endpoint = "the configured account";
        }

        return UnreachableAt(endpoint);
    }

    public static string UnreachableAt(string endpoint) =>
        $"storage at {endpoint} cannot be reached. Start local storage with 'hsnforms azurite' (or 'npm run azurite' in the repository) and leave it running, or set AzureWebJobsStorage / --storage to a storage account.";

    /// <summary>The storage account's connection, checked as the SDK would read it, before anything connects.</summary>
    private static class StorageSettings
    {
        public static void Check(IConfiguration configuration, string? storage)
        {
            var section = configuration.GetSection(IntakeExtensions.StorageSetting);
            var (name, connection) = storage is not null ? ("--storage", storage) : (IntakeExtensions.StorageSetting, section.Value);
            if (string.IsNullOrWhiteSpace(connection))
            {
                if (storage is not null)
                {
                    throw new ConfigurationException("--storage is empty: give a storage connection string, such as UseDevelopmentStorage=true.");
                }

                foreach (var key in new[] { "tableServiceUri", "blobServiceUri" })
                {
                    if (section[key] is { } uri && !(Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.Scheme is "https" or "http"))
                    {
                        throw new ConfigurationException($"{IntakeExtensions.StorageSetting}__{key} is not an http(s) URL: \"{Shorten(uri)}\".");
                    }
                }

                return;
            }

            try
            {
                _ = new TableServiceClient(connection);
                _ = new BlobServiceClient(connection);
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException or UriFormatException)
            {
                // The SDK's own words may quote the key; say what is wrong without repeating the secret.
                throw new ConfigurationException($"{name} is not a usable storage connection string ({Reason(ex, connection)}). " +
                    "Expected UseDevelopmentStorage=true, or DefaultEndpointsProtocol=https;AccountName=...;AccountKey=...;EndpointSuffix=core.windows.net.");
            }
        }

        private static string Reason(Exception ex, string connection)
        {
            if (connection.Contains("AccountKey=", StringComparison.OrdinalIgnoreCase) && ex is FormatException)
            {
                return "AccountKey is not base64";
            }

            var text = CommandLine.HsnFormsCommand.FirstLine(ex.Message);
            foreach (var part in connection.Split(';'))
            {
                var eq = part.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0 && part[..eq].Trim().Equals("AccountKey", StringComparison.OrdinalIgnoreCase) && part.Length > eq + 1)
                {
                    text = text.Replace(part[(eq + 1)..], "***", StringComparison.Ordinal);
                }
            }

            return text.TrimEnd('.');
        }

        private static string Shorten(string value) => value.Length > 80 ? value[..80] + "…" : value;
    }
}

/// <summary>A wrong setting or connection string: exit 2 with one line that names it.</summary>
public sealed class ConfigurationException(string message) : Exception(message);
