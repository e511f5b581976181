using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace HsnForms.Robustness;

/// <summary>
/// A worker child process. A read that kills it (a stack overflow, a crash of the runtime) or outlasts the
/// hang guard is recorded against that file, and the worker is replaced; only this process is ever killed.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();

    public WorkerProcess()
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(WorkerProcess).Assembly.Location);
        }

        start.ArgumentList.Add("worker");
        _process = Process.Start(start)!;
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_stderr)
            {
                _stderr.AppendLine(e.Data);
            }
        };
        _process.BeginErrorReadLine();
    }

    /// <summary>The worker's measurement, or null with what the process left on stderr when it died or hung.</summary>
    public async Task<(Measurement? Measurement, string? Failure)> MeasureAsync(string path, TimeSpan guard)
    {
        lock (_stderr)
        {
            _stderr.Clear();
        }

        try
        {
            await _process.StandardInput.WriteLineAsync(path);
            await _process.StandardInput.FlushAsync();
            var line = await _process.StandardOutput.ReadLineAsync().WaitAsync(guard);
            if (line is not null)
            {
                return (JsonSerializer.Deserialize<Measurement>(line, Worker.Json), null);
            }
        }
        catch (TimeoutException)
        {
            _process.Kill(entireProcessTree: true);
            return (null, $"no answer within {guard.TotalSeconds} s (killed)");
        }
        catch (IOException)
        {
            // The pipe broke: the process died while reading; its stderr says why.
        }

        await _process.WaitForExitAsync();
        lock (_stderr)
        {
            return (null, $"the worker died (exit {_process.ExitCode}): {_stderr}");
        }
    }

    public bool Alive => !_process.HasExited;

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(5000))
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }
}
