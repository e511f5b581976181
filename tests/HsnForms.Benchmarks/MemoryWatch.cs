using System.Diagnostics;

namespace HsnForms.Benchmarks;

/// <summary>
/// What a measured section cost in memory: the process's peak working set (the kernel's high-water mark,
/// reset at the start where Linux allows it), the highest working set and managed heap seen by a sampler,
/// and what the GC did.
/// </summary>
internal sealed record MemoryFigures(
    long StartWorkingSet,
    long PeakWorkingSet,
    bool PeakSinceStart,
    long SampledPeakWorkingSet,
    long SampledPeakManagedHeap,
    long AllocatedBytes,
    int Gen0,
    int Gen1,
    int Gen2,
    TimeSpan GcPause)
{
    public static double Megabytes(long bytes) => bytes / (1024.0 * 1024.0);
}

/// <summary>
/// Watches the process's memory over one measured section. <see cref="Process.PeakWorkingSet64"/> is a
/// high-water mark for the life of the process; on Linux writing 5 to /proc/self/clear_refs resets it
/// to the current working set, so the peak is the section's own (after an aggressive collection that returns
/// the memory earlier work left to the system). Where that fails, the peak is since the
/// process started, and the report says so. A sampler thread reads the working set and the managed heap
/// every 10 ms as a cross-check.
/// </summary>
internal sealed class MemoryWatch : IDisposable
{
    private readonly Thread _sampler;
    private readonly ManualResetEventSlim _stop = new();
    private readonly long _startWorkingSet;
    private readonly bool _peakReset;
    private readonly long _allocated;
    private readonly int _gen0;
    private readonly int _gen1;
    private readonly int _gen2;
    private readonly TimeSpan _pause;
    private long _peakWorkingSet;
    private long _peakHeap;
    private MemoryFigures? _figures;

    private MemoryWatch()
    {
        // Aggressive: also give the memory the GC kept from earlier work back to the system, so the section
        // starts from what is live, not from what setting it up once needed.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        _peakReset = ResetPeak();
        _startWorkingSet = Environment.WorkingSet;
        _allocated = GC.GetTotalAllocatedBytes(precise: true);
        _gen0 = GC.CollectionCount(0);
        _gen1 = GC.CollectionCount(1);
        _gen2 = GC.CollectionCount(2);
        _pause = GC.GetTotalPauseDuration();
        _peakWorkingSet = _startWorkingSet;
        _peakHeap = GC.GetTotalMemory(forceFullCollection: false);
        _sampler = new Thread(Sample) { IsBackground = true, Name = "memory sampler", Priority = ThreadPriority.AboveNormal };
        _sampler.Start();
    }

    /// <summary>Collects garbage, resets the peak and starts sampling.</summary>
    public static MemoryWatch Start() => new();

    public MemoryFigures Stop()
    {
        if (_figures is not null)
        {
            return _figures;
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - _allocated;
        var gen0 = GC.CollectionCount(0) - _gen0;
        var gen1 = GC.CollectionCount(1) - _gen1;
        var gen2 = GC.CollectionCount(2) - _gen2;
        var pause = GC.GetTotalPauseDuration() - _pause;
        _stop.Set();
        _sampler.Join();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        _figures = new MemoryFigures(_startWorkingSet, process.PeakWorkingSet64, _peakReset, Interlocked.Read(ref _peakWorkingSet), Interlocked.Read(ref _peakHeap),
            allocated, gen0, gen1, gen2, pause);
        return _figures;
    }

    public void Dispose()
    {
        Stop();
        _stop.Dispose();
    }

    private void Sample()
    {
        do
        {
            var workingSet = Environment.WorkingSet;
            var heap = GC.GetTotalMemory(forceFullCollection: false);
            if (workingSet > Interlocked.Read(ref _peakWorkingSet))
            {
                Interlocked.Exchange(ref _peakWorkingSet, workingSet);
            }

            if (heap > Interlocked.Read(ref _peakHeap))
            {
                Interlocked.Exchange(ref _peakHeap, heap);
            }
        }
        while (!_stop.Wait(10));
    }

    /// <summary>Linux (4.0 and later): "5" in /proc/self/clear_refs resets the peak resident set size (VmHWM).</summary>
    private static bool ResetPeak()
    {
        try
        {
            if (!OperatingSystem.IsLinux() || !File.Exists("/proc/self/clear_refs"))
            {
                return false;
            }

            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Another process's peak resident set (VmHWM in /proc/PID/status), in bytes; null where it cannot be read.</summary>
    public static long? PeakOf(int processId)
    {
        try
        {
            var status = $"/proc/{processId}/status";
            if (!File.Exists(status))
            {
                return null;
            }

            foreach (var line in File.ReadLines(status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, System.Globalization.CultureInfo.InvariantCulture) * 1024;
                }
            }

            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }
}
