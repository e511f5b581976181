using System.Diagnostics;
using System.Runtime.InteropServices;

namespace HsnForms.Benchmarks;

/// <summary>
/// The clock the harness times operations with. On Linux it is the measuring thread's own CPU time
/// (CLOCK_THREAD_CPUTIME_ID): on a shared 2-core machine, wall time also counts the slices another
/// process held the core, which swings a median by 2× from one run to the next; CPU time counts only
/// the work (the workstation GC collects on the allocating thread, so collections are counted too).
/// Elsewhere, or with <c>--wall</c>, it is <see cref="Stopwatch"/>.
/// </summary>
internal static partial class ThreadClock
{
    private const int ClockThreadCpuTime = 3;

    /// <summary>Whether operations are timed in thread CPU time (else in wall time).</summary>
    public static bool Cpu { get; private set; }

    /// <summary>Ticks per second of <see cref="Now"/>.</summary>
    public static long Frequency => Cpu ? 1_000_000_000 : Stopwatch.Frequency;

    /// <summary>What the report's header says the times are.</summary>
    public static string Description => Cpu
        ? "times are the measuring thread's CPU time (CLOCK_THREAD_CPUTIME_ID), so other work on the machine does not inflate them; `--wall` times in wall-clock time"
        : "times are wall-clock time (Stopwatch), so other work on the machine inflates them";

    /// <summary>Chooses the clock: thread CPU time where the OS gives it, unless wall time is asked for.</summary>
    public static void Choose(bool wall) => Cpu = !wall && OperatingSystem.IsLinux() && TryCpu(out _);

    public static long Now() => Cpu && TryCpu(out var ticks) ? ticks : Stopwatch.GetTimestamp();

    private static bool TryCpu(out long nanoseconds)
    {
        if (ClockGetTime(ClockThreadCpuTime, out var time) == 0)
        {
            nanoseconds = (time.Seconds * 1_000_000_000) + time.Nanoseconds;
            return true;
        }

        nanoseconds = 0;
        return false;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
