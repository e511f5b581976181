using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace HsnForms.Cli;

/// <summary>
/// Azurite for a local run: the one already listening on the default ports, or one started from the
/// repository's npm manifest (in memory) and stopped again, so nothing is left running.
/// </summary>
internal sealed class LocalAzurite : IAsyncDisposable
{
    private readonly Process? _process;

    private LocalAzurite(Process? process) => _process = process;

    /// <summary>True when this run started Azurite (its storage is empty and private to the run).</summary>
    public bool Started => _process is not null;

    public static async Task<LocalAzurite> StartIfNeededAsync(string repository, TextWriter log, CancellationToken cancellationToken)
    {
        if (Listening(10000) && Listening(10002))
        {
            await log.WriteLineAsync("Azurite is already listening on 127.0.0.1:10000-10002; using it.");
            return new LocalAzurite(null);
        }

        var azurite = Path.Combine(repository, "node_modules", ".bin", "azurite");
        if (!File.Exists(azurite))
        {
            await log.WriteLineAsync("Installing Azurite from package.json (npm ci)...");
            await RunAsync("npm", "ci --no-audit --no-fund", repository, cancellationToken);
        }

        var start = new ProcessStartInfo(azurite) { WorkingDirectory = repository, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "--inMemoryPersistence", "--silent", "--skipApiVersionCheck", "--loose", "--disableTelemetry", "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1" })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new UsageException("Azurite did not start.");
        _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(Listening(10000) && Listening(10002)))
        {
            if (process.HasExited)
            {
                throw new UsageException($"Azurite stopped at once ({process.ExitCode}): {(await process.StandardError.ReadToEndAsync(cancellationToken)).Trim()}");
            }

            if (DateTime.UtcNow > deadline)
            {
                process.Kill(entireProcessTree: true);
                throw new UsageException("Azurite did not start listening on 127.0.0.1:10000 within 30 s.");
            }

            await Task.Delay(100, cancellationToken);
        }

        await log.WriteLineAsync("Started Azurite in memory on 127.0.0.1:10000-10002 (stopped again at the end).");
        return new LocalAzurite(process);
    }

    public ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process?.Dispose();
        return ValueTask.CompletedTask;
    }

    private static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static async Task RunAsync(string command, string arguments, string directory, CancellationToken cancellationToken)
    {
        Process? process;
        try
        {
            process = Process.Start(new ProcessStartInfo(command, arguments) { WorkingDirectory = directory, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true });
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new UsageException("Node.js with npm is needed to install and start Azurite (the local Azure Storage emulator); install Node.js 18 or later, or start Azurite yourself.");
        }

        using (process)
        {
            var error = process!.StandardError.ReadToEndAsync(cancellationToken);
            await process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                throw new UsageException($"'{command} {arguments}' failed: {(await error).Trim().Split('\n').LastOrDefault()}");
            }
        }
    }
}
