using System.Diagnostics;

namespace HsnForms.Benchmarks;

/// <summary>
/// How long to measure. Every case on one file is measured in the same window, interleaved in
/// <see cref="Rounds"/> short slices, so background load on the machine falls on the floor, the
/// reader and ClosedXML alike and their ratios stay fair.
/// </summary>
internal sealed record RunSettings(TimeSpan MainBudget, TimeSpan StageBudget, int Rounds, int MinSamples, int AllocationRuns, TimeSpan Warmup, int WarmupRounds)
{
    /// <summary>
    /// 0.8 s of samples for each table case, 0.4 s for each stage of the split, after at least 3 s and
    /// 50 rounds of warm-up: enough for a stable median and p95 of operations from 10 µs to 10 ms,
    /// and under two minutes in all on two cores.
    /// </summary>
    public static RunSettings Full { get; } = new(TimeSpan.FromMilliseconds(800), TimeSpan.FromMilliseconds(400), 40, 15, 20, TimeSpan.FromSeconds(3), 50);

    /// <summary>A smoke run: every case runs, no figure is to be trusted.</summary>
    public static RunSettings Quick { get; } = new(TimeSpan.FromMilliseconds(40), TimeSpan.FromMilliseconds(20), 4, 3, 2, TimeSpan.FromMilliseconds(200), 2);
}

/// <summary>One case's figures: per-operation time (median and 95th percentile) and bytes allocated.</summary>
internal sealed record Measurement(double MedianMicroseconds, double P95Microseconds, double AllocatedBytesPerOp, int Samples);

/// <summary>
/// The timed harness. Warm up every case together (tiered JIT promotes a method to optimised code
/// after 30 calls, but only once no new method has been compiled for 100 ms, so no case may be timed
/// while another's code is still being compiled); count each case's allocations with
/// <see cref="GC.GetAllocatedBytesForCurrentThread"/> over a few operations; then time each
/// operation with <see cref="ThreadClock"/> (thread CPU time where the OS gives it), the cases of one
/// file taking turns. Slices are still measured out in wall time, so a loaded machine gets fewer samples,
/// not different ones.
/// </summary>
internal static class Harness
{
    /// <summary>Results of the operations are kept here so the JIT cannot drop the work.</summary>
    public static long Sink { get; private set; }

    /// <summary>
    /// Runs every operation in turn, round after round, until the warm-up time and rounds are both done
    /// and no method has been compiled for 10 rounds (tiered compilation and PGO still at work would
    /// fall on whichever case is timed first), within 30 s (or <paramref name="within"/>); returns the rounds run.
    /// </summary>
    public static int WarmUp(IReadOnlyList<Func<int>> operations, RunSettings settings, TimeSpan? within = null)
    {
        long sink = 0;
        var start = Stopwatch.GetTimestamp();
        var end = start + ToTicks(settings.Warmup);
        var limit = start + ToTicks(within ?? TimeSpan.FromSeconds(30));
        var rounds = 0;
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        var quietRounds = 0;
        do
        {
            foreach (var operation in operations)
            {
                sink += operation();
            }

            rounds++;
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            quietRounds = now == compiled ? quietRounds + 1 : 0;
            compiled = now;
        }
        while ((Stopwatch.GetTimestamp() < end || rounds < settings.WarmupRounds || quietRounds < 10) && Stopwatch.GetTimestamp() < limit);

        Sink += sink;
        return rounds;
    }

    /// <summary>Measures a group of cases in one window: each case gets its budget in <see cref="RunSettings.Rounds"/> slices, taking turns.</summary>
    public static Measurement[] RunGroup(IReadOnlyList<(Func<int> Operation, TimeSpan Budget)> cases, RunSettings settings)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        long sink = 0;
        var allocated = new double[cases.Count];
        for (var i = 0; i < cases.Count; i++)
        {
            var operation = cases[i].Operation;
            sink += operation();
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var run = 0; run < settings.AllocationRuns; run++)
            {
                sink += operation();
            }

            allocated[i] = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)settings.AllocationRuns;
        }

        var samples = cases.Select(_ => new List<long>(4096)).ToArray();
        for (var round = 0; round < settings.Rounds; round++)
        {
            for (var i = 0; i < cases.Count; i++)
            {
                var operation = cases[i].Operation;
                var sliceEnd = Stopwatch.GetTimestamp() + ToTicks(cases[i].Budget) / settings.Rounds;
                do
                {
                    var start = ThreadClock.Now();
                    sink += operation();
                    samples[i].Add(ThreadClock.Now() - start);
                }
                while (Stopwatch.GetTimestamp() < sliceEnd);
            }
        }

        for (var i = 0; i < cases.Count; i++)
        {
            while (samples[i].Count < settings.MinSamples)
            {
                var start = ThreadClock.Now();
                sink += cases[i].Operation();
                samples[i].Add(ThreadClock.Now() - start);
            }
        }

        Sink += sink;
        var results = new Measurement[cases.Count];
        for (var i = 0; i < cases.Count; i++)
        {
            samples[i].Sort();
            var sorted = samples[i];
            results[i] = new Measurement(ToMicroseconds(Median(sorted)), ToMicroseconds(sorted[Rank(sorted.Count, 0.95)]), allocated[i], sorted.Count);
        }

        return results;
    }

    private static double Median(List<long> sorted) => sorted.Count % 2 == 1
        ? sorted[sorted.Count / 2]
        : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2.0;

    /// <summary>The nearest-rank percentile's index.</summary>
    private static int Rank(int count, double p) => Math.Clamp((int)Math.Ceiling(p * count) - 1, 0, count - 1);

    private static long ToTicks(TimeSpan time) => (long)(time.TotalSeconds * Stopwatch.Frequency);

    private static double ToMicroseconds(double ticks) => ticks * 1_000_000.0 / ThreadClock.Frequency;
}
