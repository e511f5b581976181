using System.CommandLine;
using HsnForms.Cli.CommandLine;
using HsnForms.Desk.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace HsnForms.Cli.Verbs;

/// <summary>
/// <c>hsnforms desk [--port N] [--storage CONN] [--by NAME] [--read-only]</c>: the service desk's web app,
/// the same one the function app serves in Azure, on 127.0.0.1 only, acting as the operating-system user.
/// </summary>
internal static class DeskVerb
{
    public const int DefaultPort = 7080;

    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = $"The port on 127.0.0.1 (default {DefaultPort}; 0 for any free one).", HelpName = "N", DefaultValueFactory = _ => DefaultPort };
        var storage = CommonOptions.Storage();
        var by = new Option<string?>("--by") { Description = "The name decisions are recorded under (default: the operating-system user).", HelpName = "NAME" };
        var readOnly = new Option<bool>("--read-only") { Description = "Look, but decide nothing (the Desk.Read role only)." };
        var command = new Command("desk", "Serves the service desk's web app, the same one the function app serves in Azure, on loopback (127.0.0.1) only, until Ctrl+C.")
        {
            port, storage, by, readOnly,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var number = parse.GetValue(port);
            if (number is < 0 or > 65535)
            {
                throw new UsageException($"--port {number} is not a port number (0-65535; 0 for any free port).");
            }

            var name = parse.GetValue(by);
            var read = parse.GetValue(readOnly);
            await using var desk = await StartAsync(new LocalDeskSettings(number, parse.GetValue(storage), name, read), cancellationToken);

            // Storage that cannot be reached is said at once, in one line, not on the first page opened.
            await desk.Services.GetRequiredService<Intake.Storage.CircularStore>().ListAsync(cancellationToken);
            var stdout = parse.Out();
            await stdout.WriteLineAsync($"The service desk is at {desk.Address} (bound to 127.0.0.1 only: nothing else on the network can reach it), acting as {name ?? Environment.UserName}{(read ? ", read only" : "")}.");
            await stdout.WriteLineAsync("Press Ctrl+C to stop it.");
            await WaitAsync(cancellationToken);
            return ExitCodes.Success;
        });
        return command;
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
