using System.CommandLine;
using HsnForms.Cli.CommandLine;
using HsnForms.Cli.Local;

namespace HsnForms.Cli.Verbs;

/// <summary>
/// <c>hsnforms azurite [--location DIR] [--in-memory]</c>: local storage that lasts, in the foreground until
/// Ctrl+C, with the flags today's Azure SDKs need, for every other verb to use with no setting at all.
/// </summary>
internal static class AzuriteVerb
{
    public static Command Create()
    {
        var location = new Option<DirectoryInfo?>("--location") { Description = $"Where Azurite keeps its data (default: {Display(LocalAzurite.DataFolder)}; HSNFORMS_HOME moves it).", HelpName = "DIR" };
        var inMemory = new Option<bool>("--in-memory") { Description = "Keep nothing: the data is gone when Azurite stops." };
        var command = new Command("azurite", $"Starts Azurite, the local Azure Storage emulator, on 127.0.0.1:{LocalAzurite.BlobPort}-{LocalAzurite.TablePort} (UseDevelopmentStorage=true) and keeps it running until Ctrl+C. Its data lasts between runs.")
        {
            location, inMemory,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(location) is not null && result.GetResult(inMemory) is not null)
            {
                result.AddError("--location and --in-memory exclude each other.");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = parse.GetValue(inMemory) ? null : parse.GetValue(location)?.FullName ?? LocalAzurite.DataFolder;
            return await RunAsync(folder, parse.Out(), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(string? folder, TextWriter stdout, CancellationToken cancellationToken)
    {
        if (LocalAzurite.IsListening)
        {
            throw new UsageException($"something already listens on 127.0.0.1:{LocalAzurite.BlobPort} and {LocalAzurite.TablePort} (an Azurite already running?): the other verbs can use it as it is.");
        }

        using var process = await LocalAzurite.StartAsync(folder, redirect: true, stdout, cancellationToken);
        var output = Forward(process.StandardOutput, stdout);
        var errors = new System.Text.StringBuilder();
        var errorReader = Task.Run(async () =>
        {
            while (await process.StandardError.ReadLineAsync(CancellationToken.None) is { } line)
            {
                lock (errors)
                {
                    errors.AppendLine(line);
                }
            }
        }, CancellationToken.None);
        try
        {
            await LocalAzurite.WaitUntilListeningAsync(process, () => { lock (errors) { return errors.ToString(); } }, cancellationToken);
            await stdout.WriteLineAsync($"Azurite listens on 127.0.0.1:{LocalAzurite.BlobPort} (blobs) and {LocalAzurite.TablePort} (tables); data: {(folder is null ? "in memory, gone when it stops" : Display(folder))}.");
            await stdout.WriteLineAsync("The other verbs use it with no setting (UseDevelopmentStorage=true). Press Ctrl+C to stop it.");
            await process.WaitForExitAsync(cancellationToken);
            await Task.WhenAll(output, errorReader);

            // Ctrl+C reaches Azurite too, and it may stop before this process hears of it: that is a stop, not a failure.
            await Task.Delay(500, CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            if (process.ExitCode == 0)
            {
                // Azurite ends cleanly only when it is told to: a signal that reached it and not this process.
                await stdout.WriteLineAsync($"Azurite stopped.{(folder is null ? "" : $" Its data stays in {Display(folder)}.")}");
                return ExitCodes.Success;
            }

            lock (errors)
            {
                throw new UsageException($"Azurite stopped ({process.ExitCode}): {HsnFormsCommand.FirstLine(errors.Length > 0 ? errors.ToString() : "no message")}");
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
            }

            await stdout.WriteLineAsync($"Azurite stopped.{(folder is null ? "" : $" Its data stays in {Display(folder)}.")}");
            return ExitCodes.Success;
        }
    }

    private static async Task Forward(StreamReader from, TextWriter to)
    {
        while (await from.ReadLineAsync(CancellationToken.None) is { } line)
        {
            await to.WriteLineAsync(line);
        }
    }

    private static string Display(string path)
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return home.Length > 0 && path.StartsWith(home + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? "~" + path[home.Length..] : path;
    }
}
