using System.Net;
using HsnForms.Desk.Security;
using HsnForms.Intake;
using HsnForms.Reporting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HsnForms.Desk.Hosting;

/// <summary>How to serve the desk on this machine.</summary>
/// <param name="Port">0 for any free port.</param>
/// <param name="Identity"><see cref="DeskOptions.Local"/> (the operating-system user) or <see cref="DeskOptions.AppService"/> (the principal header, as in Azure: for tests).</param>
public sealed record LocalDeskSettings(int Port, string? Storage, string? User = null, bool ReadOnly = false, string Identity = DeskOptions.Local)
{
    /// <summary>Settings laid over the environment's (table prefix, containers): what a test or the demo keeps to itself.</summary>
    public IReadOnlyDictionary<string, string?> Overrides { get; init; } = new Dictionary<string, string?>();
}

/// <summary>
/// The same web app the function app serves, on Kestrel bound to 127.0.0.1 only, against the storage
/// of the settings (Azurite by default): <c>hsnforms desk</c>, the demo and the browser tests run it.
/// </summary>
public sealed class LocalDesk : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalDesk(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The desk's first page, e.g. http://127.0.0.1:7080/desk/.</summary>
    public Uri Address { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<LocalDesk> StartAsync(LocalDeskSettings settings, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production", ApplicationName = "HsnForms.Desk" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings.Overrides)
        {
            ["Desk:Identity"] = settings.Identity,
            ["Desk:LocalUser"] = settings.User,
            ["Desk:LocalReadOnly"] = settings.ReadOnly ? "true" : "false",
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Azure", LogLevel.Error)
            .AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);

        // Loopback only: the local desk acts as the person who started it, so nothing else may reach it.
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, settings.Port);
            kestrel.Limits.MaxRequestBodySize = Intake.Decisions.DeskText.FileBytes + (1024 * 1024);
        });
        builder.Services
            .AddIntakeStorage(builder.Configuration, settings.Storage, failFast: true)
            .AddMailIngestion()
            .AddGraphMailbox()
            .AddComplianceReports()
            .AddServiceDeskWeb();

        var app = builder.Build();
        app.MapServiceDesk();
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var bound = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var uri = new Uri(bound.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        return new LocalDesk(app, new Uri($"http://127.0.0.1:{uri.Port}/desk/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
