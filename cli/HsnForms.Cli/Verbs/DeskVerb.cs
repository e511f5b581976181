using HsnForms.Desk.Hosting;

namespace HsnForms.Cli.Verbs;

/// <summary>
/// <c>hsnforms desk [--port N] [--storage CONN] [--by NAME] [--read-only]</c>: the service desk's web app,
/// the same one the function app serves in Azure, on 127.0.0.1 only, acting as the operating-system user.
/// </summary>
internal static class DeskVerb
{
    public const int DefaultPort = 7080;

    public static async Task<int> RunAsync(Arguments args, TextWriter stdout, CancellationToken cancellationToken)
    {
        var portText = args.Option("--port");
        var storage = args.Option("--storage");
        var by = args.Option("--by");
        var readOnly = args.Flag("--read-only");
        args.EnsureAllRead("desk");
        var port = DefaultPort;
        if (portText is not null && (!int.TryParse(portText, System.Globalization.CultureInfo.InvariantCulture, out port) || port is < 0 or > 65535))
        {
            throw new UsageException($"--port {portText} is not a port number (0-65535; 0 for any free port).");
        }

        await using var desk = await StartAsync(new LocalDeskSettings(port, storage, by, readOnly), cancellationToken);
        await stdout.WriteLineAsync($"The service desk is at {desk.Address} (bound to 127.0.0.1 only: nothing else on the network can reach it), acting as {by ?? Environment.UserName}{(readOnly ? ", read only" : "")}.");
        await stdout.WriteLineAsync("Press Ctrl+C to stop it.");
        await WaitAsync(cancellationToken);
        return ExitCodes.Success;
    }

    internal static async Task<LocalDesk> StartAsync(LocalDeskSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            return await LocalDesk.StartAsync(settings, cancellationToken);
        }
        catch (IOException ex) when (ex.InnerException is System.Net.Sockets.SocketException || ex.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"port {settings.Port} on 127.0.0.1 is taken; give another with --port N (0 for any free one).");
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException ex)
        {
            throw new UsageException("configuration: " + ex.Failures.First());
        }
    }

    /// <summary>Until Ctrl+C.</summary>
    internal static async Task WaitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
