using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace HsnForms.Cli.Local;

/// <summary>
/// Azurite, the local Azure Storage emulator, on its default ports (what UseDevelopmentStorage=true means):
/// the one already listening, or one this run starts and stops again. It is found in a repository's
/// node_modules, on PATH, or installed once with npm under the profile folder, so an installed
/// <c>hsnforms</c> needs no clone.
/// </summary>
internal sealed class LocalAzurite : IAsyncDisposable
{
    /// <summary>The Azurite the repository's package.json pins; a unit test keeps the two the same.</summary>
    public const string Version = "3.35.0";

    public const int BlobPort = 10000;
    public const int TablePort = 10002;

    private readonly Process? _process;

    private LocalAzurite(Process? process) => _process = process;

    /// <summary>True when this run started Azurite (so its storage holds only what this run wrote, or the profile's data).</summary>
    public bool Started => _process is not null;

    /// <summary>Where <c>hsnforms</c> keeps what lasts between runs: HSNFORMS_HOME, else ~/.hsnforms.</summary>
    public static string Home => Environment.GetEnvironmentVariable("HSNFORMS_HOME") is { Length: > 0 } home
        ? Path.GetFullPath(home)
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".hsnforms");

    /// <summary>Azurite's data when it is kept: ~/.hsnforms/azurite.</summary>
    public static string DataFolder => Path.Combine(Home, "azurite");

    public static bool IsListening => Listening(BlobPort) && Listening(TablePort);

    /// <summary>
    /// The arguments every Azurite of ours gets: loopback only, no telemetry, and no refusal of the newer API
    /// versions the current Azure SDKs send (--skipApiVersionCheck) or of their headers (--loose).
    /// </summary>
    public static IEnumerable<string> Arguments(string? location)
    {
        IEnumerable<string> storage = location is null ? ["--inMemoryPersistence"] : ["--location", location];
        return storage.Concat(["--skipApiVersionCheck", "--loose", "--disableTelemetry", "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1"]);
    }

    /// <summary>Uses a running Azurite, or starts one: in memory, or on <paramref name="location"/> when the data is to last.</summary>
    public static async Task<LocalAzurite> StartIfNeededAsync(string? location, TextWriter log, CancellationToken cancellationToken)
    {
        if (IsListening)
        {
            await log.WriteLineAsync($"Azurite is already listening on 127.0.0.1:{BlobPort}-{TablePort}; using it.");
            return new LocalAzurite(null);
        }

        var process = await StartAsync(location, redirect: true, log, cancellationToken);
        _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await WaitUntilListeningAsync(process, () => errors.IsCompleted ? errors.Result : "", cancellationToken);
        await log.WriteLineAsync(location is null
            ? $"Started Azurite in memory on 127.0.0.1:{BlobPort}-{TablePort} (stopped again at the end)."
            : $"Started Azurite on 127.0.0.1:{BlobPort}-{TablePort} with its data in {location} (stopped again at the end; the data stays).");
        return new LocalAzurite(process);
    }

    /// <summary>Starts Azurite; the caller waits for it and stops it.</summary>
    public static async Task<Process> StartAsync(string? location, bool redirect, TextWriter log, CancellationToken cancellationToken)
    {
        var azurite = await FindOrInstallAsync(log, cancellationToken);
        if (location is not null)
        {
            Directory.CreateDirectory(location);
        }

        var start = new ProcessStartInfo(azurite) { UseShellExecute = false, RedirectStandardOutput = redirect, RedirectStandardError = redirect };
        foreach (var arg in Arguments(location))
        {
            start.ArgumentList.Add(arg);
        }

        if (redirect)
        {
            start.ArgumentList.Add("--silent");
        }

        try
        {
            return Process.Start(start) ?? throw new UsageException("Azurite did not start.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new UsageException($"Azurite could not be started ({azurite}): {ex.Message}");
        }
    }

    public static async Task WaitUntilListeningAsync(Process process, Func<string> errors, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!IsListening)
        {
            if (process.HasExited)
            {
                await Task.Delay(100, cancellationToken);
                throw new UsageException($"Azurite stopped at once ({process.ExitCode}): {CommandLine.HsnFormsCommand.FirstLine(errors() is { Length: > 0 } e ? e : "no message")}");
            }

            if (DateTime.UtcNow > deadline)
            {
                process.Kill(entireProcessTree: true);
                throw new UsageException($"Azurite did not start listening on 127.0.0.1:{BlobPort} within 30 s.");
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            await StopAsync(_process);
        }

        _process?.Dispose();
    }

    /// <summary>
    /// Stops Azurite as Ctrl+C would: on a terminate signal it writes its data folder before it exits, and a
    /// kill would lose whatever it had not saved yet (demo --keep kept an empty register that way). It is
    /// killed only if it has not gone within ten seconds, or where there are no signals (Windows).
    /// </summary>
    private static async Task StopAsync(Process process)
    {
        const int SigTerm = 15;
        if (!OperatingSystem.IsWindows() && Kill(process.Id, SigTerm) == 0)
        {
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await process.WaitForExitAsync(grace.Token);
                return;
            }
            catch (OperationCanceledException)
            {
                // It did not stop on the signal: fall through to the kill.
            }
        }

        process.Kill(entireProcessTree: true);
        process.WaitForExit(10_000);
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    /// <summary>
    /// node_modules/.bin/azurite of the repository this runs in, else azurite on PATH, else the copy under
    /// the profile folder, installed there with npm the first time.
    /// </summary>
    private static async Task<string> FindOrInstallAsync(TextWriter log, CancellationToken cancellationToken)
    {
        var name = OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite";
        var repository = Repository();
        var candidates = new List<string>();
        if (repository is not null)
        {
            candidates.Add(Path.Combine(repository, "node_modules", ".bin", name));
        }

        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(dir => Path.Combine(dir, name)));
        var profile = Path.Combine(Home, "node");
        candidates.Add(Path.Combine(profile, "node_modules", ".bin", name));
        if (candidates.FirstOrDefault(File.Exists) is { } found)
        {
            return found;
        }

        if (repository is not null)
        {
            await log.WriteLineAsync("Installing Azurite from the repository's package.json (npm ci)...");
            await NpmAsync("ci --no-audit --no-fund", repository, cancellationToken);
            return candidates[0];
        }

        await log.WriteLineAsync($"Installing Azurite {Version} into {profile} (npm, once)...");
        Directory.CreateDirectory(profile);
        await NpmAsync($"install --prefix \"{profile}\" --no-audit --no-fund --no-save azurite@{Version}", profile, cancellationToken);
        return candidates[^1];
    }

    /// <summary>The HSN Forms repository the command runs in, if any: its package.json names Azurite.</summary>
    private static string? Repository()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var manifest = Path.Combine(dir.FullName, "package.json");
                if (File.Exists(Path.Combine(dir.FullName, "HsnFormsFunctions.sln")) && File.Exists(manifest) && File.ReadAllText(manifest).Contains("\"azurite\"", StringComparison.Ordinal))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
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

    private static async Task NpmAsync(string arguments, string directory, CancellationToken cancellationToken)
    {
        Process? process;
        try
        {
            process = Process.Start(new ProcessStartInfo(OperatingSystem.IsWindows() ? "npm.cmd" : "npm", arguments) { WorkingDirectory = directory, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true });
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new UsageException("Node.js with npm is needed to install and start Azurite (the local Azure Storage emulator): install Node.js 18 or later, or start Azurite yourself.");
        }

        using (process)
        {
            var error = process!.StandardError.ReadToEndAsync(cancellationToken);
            await process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                throw new UsageException($"'npm {arguments}' failed: {(await error).Trim().Split('\n').LastOrDefault()}");
            }
        }
    }
}
