using Azure.Core;
using Azure.Identity;
using HsnForms.Forms;
using HsnForms.Intake.Mail.Graph;
using HsnForms.Intake.Pipeline;
using HsnForms.Intake.Storage;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HsnForms.Intake;

public static class IntakeExtensions
{
    /// <summary>The setting the Functions host and intake share for the storage account.</summary>
    public const string StorageSetting = "AzureWebJobsStorage";

    /// <summary>
    /// Registers Table and Blob clients the Azure way: a connection string where one is set
    /// (UseDevelopmentStorage=true for Azurite, the default), else the account's service URIs with a
    /// managed identity (AzureWebJobsStorage__tableServiceUri, __blobServiceUri, __credential, __clientId),
    /// so no shared key is needed in Azure.
    /// </summary>
    public static IServiceCollection AddIntakeStorage(this IServiceCollection services, IConfiguration configuration, string? connectionOverride = null, bool failFast = false)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(nameof(StorageOptions))
            // The report function's blob trigger names its container by the root ReportContainer setting
            // (%ReportContainer%/pending/{name}); intake must write its trigger blobs to the same one.
            .PostConfigure<IConfiguration>((o, c) => o.ReportContainer = c["ReportContainer"] is { Length: > 0 } container ? container : o.ReportContainer)
            .ValidateDataAnnotations().ValidateOnStart();
        var section = configuration.GetSection(StorageSetting);
        var connection = connectionOverride ?? section.Value;
        services.AddAzureClients(clients =>
        {
            if (string.IsNullOrWhiteSpace(connection) && section["tableServiceUri"] is { } tableUri && section["blobServiceUri"] is { } blobUri)
            {
                clients.AddTableServiceClient(new Uri(tableUri));
                clients.AddBlobServiceClient(new Uri(blobUri));
                clients.UseCredential(Credential(section));
            }
            else
            {
                connection = string.IsNullOrWhiteSpace(connection) ? "UseDevelopmentStorage=true" : connection;
                clients.AddTableServiceClient(connection);
                clients.AddBlobServiceClient(connection);
            }

            clients.ConfigureDefaults(o =>
            {
                // A person at a terminal wants to hear at once that storage is down; the function app retries.
                o.Retry.MaxRetries = failFast ? 1 : 4;
                o.Retry.Delay = TimeSpan.FromMilliseconds(failFast ? 200 : 800);
                o.Retry.NetworkTimeout = TimeSpan.FromSeconds(failFast ? 15 : 100);
            });
        });
        services.AddSingleton<StorageContext>();
        services.AddSingleton<CircularStore>();
        services.AddSingleton<SubscriberRegister>();
        services.AddSingleton<SubmissionStore>();
        services.AddSingleton<ReviewStore>();
        services.AddSingleton<MessageLedger>();
        services.AddSingleton<MailArchive>();
        services.AddSingleton<MailboxSyncState>();
        services.AddSingleton<AcknowledgementLog>();
        services.AddSingleton<BouncingAddresses>();
        services.AddSingleton<Decisions.DecisionStore>();
        services.AddSingleton<Decisions.AuditLog>();
        return services;
    }

    /// <summary>The intake pipeline: reading forms from mail and recording them.</summary>
    public static IServiceCollection AddMailIngestion(this IServiceCollection services)
    {
        services.AddFormReading();
        services.AddServiceDesk();
        services.AddOptions<IntakeOptions>().BindConfiguration("Intake").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IntakePipeline>();
        services.AddSingleton<ReportTrigger>();
        services.AddSingleton<Review.ReviewDesk>();
        services.AddSingleton<Decisions.ServiceDesk>();
        services.AddSingleton<Mail.MailboxSource>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>The Graph mailbox (section "Graph"): client, options, and a mailbox per polling cycle.</summary>
    public static IServiceCollection AddGraphMailbox(this IServiceCollection services)
    {
        services.AddOptions<GraphOptions>().BindConfiguration("Graph").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => GraphClients.Create(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphOptions>>().Value));
        services.AddTransient(sp => new GraphMailbox(
            sp.GetRequiredService<Microsoft.Graph.GraphServiceClient>(),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphOptions>>().Value,
            sp.GetRequiredService<MailboxSyncState>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<GraphMailbox>>()));
        return services;
    }

    private static TokenCredential Credential(IConfiguration section)
    {
        var clientId = section["clientId"];
        return section["credential"]?.Equals("managedidentity", StringComparison.OrdinalIgnoreCase) == true
            ? new ManagedIdentityCredential(clientId is null ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
    }
}
