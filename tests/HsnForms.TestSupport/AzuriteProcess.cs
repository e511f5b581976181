using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HsnForms.TestSupport;

/// <summary>
/// Azurite from the project's own npm manifest (installed with <c>npm ci</c> when node_modules lacks it),
/// in memory on free loopback ports. Disposing it stops the process. No Node.js is a failure that says
/// so: whoever starts it must not quietly skip what needs storage.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    /// <summary>Azurite's well-known development account key.</summary>
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>How much of Azurite's standard error is kept, to explain an early exit.</summary>
    private const int ErrorTail = 16_384;

    private readonly Process _process;
    private readonly StringBuilder _errors = new();

    private AzuriteProcess(Process process, int blobPort, int tablePort, int queuePort)
    {
        _process = process;
        BlobPort = blobPort;
        TablePort = tablePort;
        QueuePort = queuePort;
        ConnectionString = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;" +
            $"QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;";
    }

    /// <summary>A connection string for the storage SDKs: the development account on this instance's ports.</summary>
    public string ConnectionString { get; }

    public int BlobPort { get; }
    public int TablePort { get; }
    public int QueuePort { get; }

    /// <summary>Azurite's process id (the node process), for whoever wants to watch its memory.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Starts Azurite and returns once its blob and table endpoints accept connections (30 s at most).</summary>
    public static async Task<AzuriteProcess> StartAsync(CancellationToken cancellationToken = default)
    {
        var root = Repository.Root;
        var azurite = Path.Combine(root, "node_modules", ".bin", "azurite");
        if (!File.Exists(azurite))
        {
            await RunAsync("npm", "ci --no-audit --no-fund", root, "Azurite is installed from the repository's package.json with npm (Node.js 18 or later)", cancellationToken).ConfigureAwait(false);
        }

        var blobPort = FreePort();
        var tablePort = FreePort();
        var queuePort = FreePort();
        var start = new ProcessStartInfo(azurite)
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--inMemoryPersistence", "--silent", "--skipApiVersionCheck", "--loose", "--disableTelemetry",
                     "--blobHost", "127.0.0.1", "--blobPort", $"{blobPort}", "--queueHost", "127.0.0.1", "--queuePort", $"{queuePort}",
                     "--tableHost", "127.0.0.1", "--tablePort", $"{tablePort}" })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        var instance = new AzuriteProcess(process, blobPort, tablePort, queuePort);
        try
        {
            await instance.WaitUntilListeningAsync(cancellationToken).ConfigureAwait(false);
            return instance;
        }
        catch
        {
            await instance.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task WaitUntilListeningAsync(CancellationToken cancellationToken)
    {
        // Both streams are drained, so a chatty Azurite never blocks on a full pipe.
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (_errors)
            {
                _errors.AppendLine(e.Data);
                if (_errors.Length > ErrorTail)
                {
                    _errors.Remove(0, _errors.Length - ErrorTail);
                }
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(Listening(BlobPort) && Listening(TablePort)))
        {
            if (_process.HasExited)
            {
                await _process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
                string errors;
                lock (_errors)
                {
                    errors = _errors.ToString();
                }

                throw new InvalidOperationException($"Azurite exited with {_process.ExitCode}: {errors}");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Azurite did not listen within 30 s.");
            }

            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }

        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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

    private static async Task RunAsync(string command, string arguments, string directory, string why, CancellationToken cancellationToken)
    {
        Process? process;
        try
        {
            process = Process.Start(new ProcessStartInfo(command, arguments) { WorkingDirectory = directory, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true });
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"'{command}' is not installed: {why}. ({ex.Message})", ex);
        }

        using (process)
        {
            var error = process!.StandardError.ReadToEndAsync(cancellationToken);
            await process.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"'{command} {arguments}' failed ({process.ExitCode}): {await error.ConfigureAwait(false)}");
            }
        }
    }
}
