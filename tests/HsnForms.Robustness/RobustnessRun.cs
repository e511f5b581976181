using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace HsnForms.Robustness;

/// <summary>
/// Runs the reader over every file of the extracted set and says, per file and in total, what went wrong:
/// a crash or stack trace, a file taken for a form, a wrong reason, a fault of the reader's own, a message
/// in .NET's words, a read over 2 s or 200 MB.
/// </summary>
internal static partial class RobustnessRun
{
    private const double TimeBudgetMs = 2000;
    private const long MemoryBudget = 200L * 1024 * 1024;

    public static async Task<int> RunAsync(RunSettings settings)
    {
        var entries = IndexEntry.Load(settings.Files);
        var queue = new ConcurrentQueue<IndexEntry>(entries);
        var outcomes = new ConcurrentBag<Outcome>();
        var done = 0;
        var workers = Enumerable.Range(0, settings.Parallel).Select(_ => Task.Run(async () =>
        {
            WorkerProcess? worker = null;
            try
            {
                while (queue.TryDequeue(out var entry))
                {
                    worker ??= new WorkerProcess();
                    var (measurement, failure) = await worker.MeasureAsync(Path.GetFullPath(Path.Combine(settings.Files, entry.Name)), settings.HangGuard);
                    outcomes.Add(new Outcome(entry, measurement, failure));
                    if (failure is not null || settings.Isolated || !worker.Alive)
                    {
                        worker.Dispose();
                        worker = null;
                    }

                    if (Interlocked.Increment(ref done) % 250 == 0)
                    {
                        Console.Error.WriteLine($"{done}/{entries.Count}");
                    }
                }
            }
            finally
            {
                worker?.Dispose();
            }
        })).ToList();
        await Task.WhenAll(workers);

        var results = outcomes.OrderBy(o => o.Entry.Name, StringComparer.Ordinal).ToList();
        WriteReport(settings.Report, results);
        return Summarise(results, settings) ? 0 : 1;
    }

    private static void WriteReport(string path, List<Outcome> results)
    {
        var text = new StringBuilder("# name\trepository\tpath\texpected\tactual\tverdict\tms\tcpu ms\tallocated MB\tpeak MB\tfirst message\n");
        foreach (var o in results)
        {
            var m = o.Measurement;
            text.Append(CultureInfo.InvariantCulture, $"{o.Entry.Name}\t{o.Entry.Repository}\t{o.Entry.Path}\t{o.Entry.Expected}\t{o.Actual}\t{string.Join(",", o.Verdicts)}\t")
                .Append(CultureInfo.InvariantCulture, $"{m?.Milliseconds:F1}\t{m?.CpuMilliseconds:F1}\t{Mb(m?.AllocatedBytes ?? 0):F1}\t{Mb(m?.PeakBytes ?? 0):F1}\t")
                .Append(Flat(m?.Messages.FirstOrDefault() ?? o.Failure ?? ""))
                .Append('\n');
        }

        File.WriteAllText(path, text.ToString());
        Console.WriteLine($"per-file report: {Path.GetFullPath(path)}");
    }

    private static bool Summarise(List<Outcome> results, RunSettings settings)
    {
        Console.WriteLine($"{results.Count} files ({(settings.Isolated ? "one worker process per file" : $"{settings.Parallel} worker processes")}; memory is the kernel's high-water mark of resident memory during each read, above the worker's own before it)");
        Console.WriteLine("by type: " + string.Join(", ", results.GroupBy(r => r.Entry.Type).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}")));
        Console.WriteLine("by source: " + string.Join(", ", results.GroupBy(r => r.Entry.Repository).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}")));
        Console.WriteLine("expected: " + string.Join(", ", results.GroupBy(r => r.Entry.Expected).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}")));

        var failed = false;
        foreach (var verdict in Outcome.FailureVerdicts)
        {
            var hits = results.Where(r => r.Verdicts.Contains(verdict)).ToList();
            Console.WriteLine($"{verdict}: {hits.Count}");
            failed |= hits.Count > 0;
            foreach (var hit in hits.Take(40))
            {
                Console.WriteLine($"  {hit.Entry.Name}  {hit.Entry.Repository}:{hit.Entry.Path}  expected {hit.Entry.Expected}, got {hit.Actual}  {Describe(hit, verdict)}");
            }
        }

        var measured = results.Where(r => r.Measurement is not null).Select(r => r.Measurement!).ToList();
        if (measured.Count > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wall ms: median {Median(measured.Select(m => m.Milliseconds)):F1}, p95 {Percentile(measured.Select(m => m.Milliseconds), 0.95):F1}, worst {measured.Max(m => m.Milliseconds):F1}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"cpu ms: median {Median(measured.Select(m => m.CpuMilliseconds)):F1}, p95 {Percentile(measured.Select(m => m.CpuMilliseconds), 0.95):F1}, worst {measured.Max(m => m.CpuMilliseconds):F1} (the 2 s budget is judged on CPU time: the machine is shared; load average {LoadAverage()})"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"peak MB: median {Median(measured.Select(m => Mb(m.PeakBytes))):F1}, p95 {Percentile(measured.Select(m => Mb(m.PeakBytes)), 0.95):F1}, worst {measured.Max(m => Mb(m.PeakBytes)):F1}{(measured.All(m => m.PeakOwn) ? "" : " (some peaks since the worker started: clear_refs refused)")}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"allocated MB: median {Median(measured.Select(m => Mb(m.AllocatedBytes))):F1}, worst {measured.Max(m => Mb(m.AllocatedBytes)):F1}"));
            foreach (var (title, key) in new (string, Func<Measurement, double>)[] { ("slowest (CPU)", m => m.CpuMilliseconds), ("largest peak", m => m.PeakBytes) })
            {
                Console.WriteLine($"{title}:");
                foreach (var o in results.Where(r => r.Measurement is not null).OrderByDescending(r => key(r.Measurement!)).Take(5))
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {o.Measurement!.CpuMilliseconds,8:F1} ms CPU {o.Measurement.Milliseconds,8:F1} ms wall {Mb(o.Measurement.PeakBytes),7:F1} MB peak {Mb(o.Measurement.AllocatedBytes),7:F1} MB allocated  {o.Entry.Name} ({o.Entry.Repository}:{o.Entry.Path}) {o.Actual}"));
                }
            }
        }

        Console.WriteLine(failed ? "FAILED" : "PASSED");
        return !failed;
    }

    private static string Describe(Outcome o, string verdict) => verdict switch
    {
        "crash" => Flat(o.Measurement?.Crash ?? o.Failure ?? "", 600),
        "slow" => string.Create(CultureInfo.InvariantCulture, $"{o.Measurement!.CpuMilliseconds:F0} ms CPU, {o.Measurement.Milliseconds:F0} ms wall"),
        "heavy" => string.Create(CultureInfo.InvariantCulture, $"{Mb(o.Measurement!.PeakBytes):F0} MB"),
        _ => Flat(o.Measurement?.Messages.FirstOrDefault() ?? "", 200),
    };

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static double Mb(long bytes) => bytes / (1024.0 * 1024.0);

    private static double Median(IEnumerable<double> values) => Percentile(values, 0.5);

    private static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];
    }

    private static string Flat(string text, int max = 300)
    {
        text = text.ReplaceLineEndings(" | ").Replace('\t', ' ');
        return text.Length > max ? text[..max] + "…" : text;
    }

    private sealed record Outcome(IndexEntry Entry, Measurement? Measurement, string? Failure)
    {
        public static readonly string[] FailureVerdicts = ["crash", "false_form", "reader_fault", "wrong_reason", "dotnet_wording", "slow", "heavy"];

        public string Actual => Measurement switch
        {
            null or { Status: null } => "crash",
            { Status: "rejected" } m => "rejected:" + m.Code,
            { Form: { } form } m => $"form:{form}:{m.Status}",
            var m => m.Status!,
        };

        public IReadOnlyList<string> Verdicts
        {
            get
            {
                var verdicts = new List<string>();
                var actual = Actual;
                if (actual == "crash")
                {
                    verdicts.Add("crash");
                    return verdicts;
                }

                if (actual.StartsWith("form:", StringComparison.Ordinal))
                {
                    verdicts.Add("false_form");
                }
                else if (actual == "rejected:reader_fault")
                {
                    verdicts.Add("reader_fault");
                }
                else if (actual != Entry.Expected)
                {
                    verdicts.Add("wrong_reason");
                }

                if (Measurement!.Messages.Any(m => DotNetWording().IsMatch(m)))
                {
                    verdicts.Add("dotnet_wording");
                }

                if (Measurement.CpuMilliseconds > TimeBudgetMs)
                {
                    verdicts.Add("slow");
                }

                if (Measurement.PeakBytes > MemoryBudget)
                {
                    verdicts.Add("heavy");
                }

                return verdicts;
            }
        }
    }

    /// <summary>Words only .NET uses: a parameter name, a type or setting name, an exception, a file position.</summary>
    [GeneratedRegex(@"\(Parameter '|DtdProcessing|XmlReaderSettings|Exception\b|System\.[A-Z]|\bline \d+, position \d+|0x[0-9A-F]{8}|Microsoft\.|hexadecimal value|Uri\b|'[A-Za-z]+' is an unexpected token", RegexOptions.CultureInvariant)]
    private static partial Regex DotNetWording();
}
