using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace HsnForms.GraphSimulator.Tests;

/// <summary>The real Microsoft.Graph SDK, with its default middleware, pointed at a simulator.</summary>
internal static class Sdk
{
    public static GraphServiceClient Client(GraphSimulator simulator, bool retry = true)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        if (!retry)
        {
            handlers = [.. handlers.Where(h => h is not RetryHandler)];
        }

        var http = GraphClientFactory.Create(handlers);
        return new GraphServiceClient(http, new AnonymousAuthenticationProvider(), simulator.BaseUrl.ToString());
    }

    public static async Task<GraphSimulator> StartWith(int messages, GraphSimulatorOptions? options = null)
    {
        var simulator = await GraphSimulator.StartAsync(options);
        for (var i = 1; i <= messages; i++)
        {
            simulator.AddMessage(TestMail.Form(i), TestMail.Start.AddMinutes(i));
        }

        return simulator;
    }
}
