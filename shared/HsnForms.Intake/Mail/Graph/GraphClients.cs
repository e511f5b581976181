using Azure.Core;
using Azure.Identity;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Authentication.Azure;

namespace HsnForms.Intake.Mail.Graph;

/// <summary>Builds the Graph client: the SDK's own middleware (retry honouring Retry-After, redirect, compression) plus a cap on concurrent requests.</summary>
public static class GraphClients
{
    public static GraphServiceClient Create(GraphOptions options, HttpMessageHandler? finalHandler = null)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        handlers.Add(new ConcurrencyLimitHandler(options.MaxConcurrentRequests));
        handlers.Add(new UnreachableEndpointHandler(options.BaseUrl));
        var http = GraphClientFactory.Create(handlers, finalHandler: finalHandler);
        http.Timeout = TimeSpan.FromMinutes(5);
        return new GraphServiceClient(http, Authentication(options), options.BaseUrl.TrimEnd('/'));
    }

    private static IAuthenticationProvider Authentication(GraphOptions options)
    {
        var hasCredentials = options.ClientSecret is not null || options.ClientCertificatePath is not null || options.ManagedIdentityClientId is not null || options.ClientId is not null;
        if (options.IsLoopback && !hasCredentials)
        {
            // A local simulator: no tokens on loopback.
            return new AnonymousAuthenticationProvider();
        }

        var endpoint = new Uri(options.BaseUrl);
        return new AzureIdentityAuthenticationProvider(Credential(options), [endpoint.Host], null, true, $"{endpoint.Scheme}://{endpoint.Host}/.default");
    }

    /// <summary>App-only: a client secret or certificate where one is configured (outside Azure), else the managed identity.</summary>
    internal static TokenCredential Credential(GraphOptions options)
    {
        if (options.ClientSecret is { Length: > 0 } secret)
        {
            return new ClientSecretCredential(options.TenantId, options.ClientId, secret);
        }

        if (options.ClientCertificatePath is { Length: > 0 } certificate)
        {
            return new ClientCertificateCredential(options.TenantId, options.ClientId, certificate);
        }

        return new ManagedIdentityCredential(options.ManagedIdentityClientId is { Length: > 0 } id
            ? ManagedIdentityId.FromUserAssignedClientId(id)
            : ManagedIdentityId.SystemAssigned);
    }
}
