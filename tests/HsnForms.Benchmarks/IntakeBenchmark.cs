using System.Diagnostics;
using System.Globalization;
using System.Text;
using Azure.Core;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading;
using HsnForms.GraphSimulator;
using HsnForms.Intake;
using HsnForms.Intake.Mail;
using HsnForms.Intake.Mail.Graph;
using HsnForms.Intake.Pipeline;
using HsnForms.Intake.Storage;
using HsnForms.TestSupport;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HsnForms.Benchmarks;

internal enum IntakeSource
{
    Graph,
    Folder,
}

/// <summary>What one measured intake cycle did and cost.</summary>
internal sealed record IntakeRun(
    IntakeSource Source,
    int Messages,
    CycleSummary Summary,
    int Stored,
    IReadOnlyList<string> ReviewReasons,
    TimeSpan Elapsed,
    MemoryFigures Memory,
    GraphFigures? Graph,
    IReadOnlyList<(string What, Tally Tally)> Storage,
    MailboxMeter Mailbox,
    TimeSpan OwnCpu,
    TimeSpan? AzuriteCpu,
    long? AzuritePeak = null)
{
    public double PerSecond => Messages / Elapsed.TotalSeconds;

    public int StorageRequests => Storage.Sum(s => s.Tally.Calls);
}

/// <summary>The simulator's counters after a Graph cycle, and what the mailbox shows.</summary>
internal sealed record GraphFigures(long Requests, long Batches, long BatchParts, int PeakConcurrency, long Throttled, IReadOnlyDictionary<string, int> ByRoute, int Replies, int Marked);

/// <summary>
/// The intake target of the issue: 1,000 messages with one form each, from the Graph simulator through
/// the intake pipeline into Azurite, in one cycle with the production page size, against the same
/// messages from a folder of .eml files into the same Azurite.
/// </summary>
internal static class IntakeBenchmark
{
    /// <summary>Messages per second end to end, at least.</summary>
    public const double ThroughputTarget = 50;

    /// <summary>Graph HTTP requests per message, at most (a $batch is one request).</summary>
    public const double RequestsTarget = 0.5;

    /// <summary>Graph requests in flight at once, at most (Outlook's MailboxConcurrency limit).</summary>
    public const int ConcurrencyTarget = 4;

    /// <summary>Peak memory, under (MB).</summary>
    public const double MemoryTarget = 300;

    private const string CircularRef = "HDS/23/1109";

    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    public static async Task<(string Report, bool Pass)> RunAsync(bool quick, TimeSpan graphLatency, TextWriter stderr)
    {
        var clock = Stopwatch.StartNew();
        var messages = quick ? 100 : 1000;
        var subscribers = quick ? 20 : 200;
        var warmup = quick ? 20 : 100;

        var assets = Samples.FindAssets();
        var circularFile = Path.Combine(Repository.Root, "samples", "circular-HDS-23-1109.json");
        Circular circular;
        await using (var stream = File.OpenRead(circularFile))
        {
            circular = Circular.Parse(stream);
        }

        var reader = new FormReader();
        var corpus = IntakeCorpus.Build(assets, subscribers, messages, reader, circular);
        stderr.WriteLine(string.Create(s_invariant,
            $"corpus: {corpus.Messages.Count} messages from {subscribers} subscribers, {corpus.Pool.Count} complete forms ({corpus.Dropped.Count} left out), built in {clock.Elapsed.TotalSeconds:0.0} s"));

        // Every form must read as the complete form of its sender before anything is timed; then the reading
        // alone is timed on the same bytes, for the split of the cycle's time.
        foreach (var message in corpus.Messages)
        {
            var result = reader.Read(message.FileName, message.Form, circular);
            if (result.Status != FormStatus.Complete || result["subscriber_id"] as string != message.SubscriberId)
            {
                throw new InvalidOperationException($"{message.EmlName} ({message.SourceFile}) reads {result.Status} for {result["subscriber_id"]}, not a complete form of {message.SubscriberId}.");
            }
        }

        var fields = 0;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var reading = Stopwatch.StartNew();
        foreach (var message in corpus.Messages)
        {
            fields += reader.Read(message.FileName, message.Form, circular).Fields.Count;
        }

        reading.Stop();
        var readSeconds = reading.Elapsed.TotalSeconds / corpus.Messages.Count;
        var readBytes = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)corpus.Messages.Count;
        stderr.WriteLine(string.Create(s_invariant, $"form reading alone: {readSeconds * 1_000_000:0} µs and {readBytes / 1024:0} KB allocated per form ({fields:N0} fields in all)"));

        // Each source against an Azurite of its own (an in-memory Azurite slows down as it fills, so the second
        // source would pay for the first one's records), warmed up first on a few messages in tables and containers
        // of their own: neither measured cycle runs on tier-0 code, in this process or in Azurite's, or opens its connections.
        var first = corpus.Messages.Take(warmup).ToList();
        var runs = new List<IntakeRun>();
        foreach (var source in new[] { IntakeSource.Graph, IntakeSource.Folder })
        {
            await using var azurite = await AzuriteProcess.StartAsync().ConfigureAwait(false);
            stderr.WriteLine(string.Create(s_invariant, $"{source}: Azurite listening (blob {azurite.BlobPort}, table {azurite.TablePort}) at {clock.Elapsed.TotalSeconds:0.0} s"));
            var warm = await RunOnceAsync(source, corpus, first, circularFile, azurite, graphLatency).ConfigureAwait(false);
            stderr.WriteLine(string.Create(s_invariant, $"warm-up {source}: {warm.Messages} messages in {warm.Elapsed.TotalSeconds:0.00} s"));

            var run = await RunOnceAsync(source, corpus, corpus.Messages, circularFile, azurite, graphLatency).ConfigureAwait(false);
            run = run with { AzuritePeak = MemoryWatch.PeakOf(azurite.ProcessId) };
            runs.Add(run);
            var requests = run.Graph is { } g ? string.Create(s_invariant, $", {g.Requests} Graph requests, peak {g.PeakConcurrency} in flight") : "";
            stderr.WriteLine(string.Create(s_invariant,
                $"{source}: {run.Messages} messages in {run.Elapsed.TotalSeconds:0.00} s ({run.PerSecond:0.0}/s), {run.Summary.Recorded} recorded, {run.StorageRequests} storage requests{requests}, peak working set {MemoryFigures.Megabytes(run.Memory.PeakWorkingSet):0} MB"));
        }

        var report = new StringBuilder();
        var pass = Write(report, quick, graphLatency, corpus, runs, readSeconds, readBytes, subscribers, warmup);
        report.AppendLine(CultureInfo.InvariantCulture, $"Total run: {clock.Elapsed.TotalSeconds:0.0} s.");
        return (report.ToString(), pass);
    }

    private static async Task<IntakeRun> RunOnceAsync(IntakeSource source, IntakeCorpus corpus, List<CorpusMessage> messages, string circularFile, AzuriteProcess azurite, TimeSpan graphLatency)
    {
        await using var stack = new IntakeStack(azurite);
        await stack.PrepareAsync(corpus.RegisterCsv, circularFile).ConfigureAwait(false);

        GraphSimulator.GraphSimulator? graph = null;
        Microsoft.Graph.GraphServiceClient? client = null;
        string? folder = null;
        try
        {
            IMailbox inner;
            if (source == IntakeSource.Graph)
            {
                graph = await GraphSimulator.GraphSimulator.StartAsync(new GraphSimulatorOptions { ResponseDelay = graphLatency }).ConfigureAwait(false);
                foreach (var message in messages)
                {
                    graph.AddMessage(message.Mime, message.ReceivedAt);
                }

                // As GraphIntakeTests wires it, with the production options: page size 50, four requests at most.
                var options = new GraphOptions { BaseUrl = graph.BaseUrl.ToString(), Mailbox = graph.Mailbox, ProcessedAction = "category" };
                client = GraphClients.Create(options);
                inner = new GraphMailbox(client, options, stack.Get<MailboxSyncState>(), TimeProvider.System, NullLogger<GraphMailbox>.Instance);
            }
            else
            {
                folder = Directory.CreateTempSubdirectory("hsn-bench-mailbox-").FullName;
                foreach (var message in messages)
                {
                    await File.WriteAllBytesAsync(Path.Combine(folder, message.EmlName), message.Mime).ConfigureAwait(false);
                }

                inner = new FolderMailbox(folder, Path.Combine(folder, "outbox"));
            }

            var mailbox = new MailboxMeter(inner);
            stack.Meter.Reset();
            CycleSummary summary;
            MemoryFigures memory;
            var watch = MemoryWatch.Start();
            try
            {
                var ownCpu = Cpu(Environment.ProcessId);
                var azuriteCpu = Cpu(azurite.ProcessId);
                var timer = Stopwatch.StartNew();
                summary = await stack.Pipeline.RunCycleAsync(mailbox, null, CancellationToken.None).ConfigureAwait(false);
                timer.Stop();
                var ownCpuUsed = Cpu(Environment.ProcessId) - ownCpu;
                var azuriteCpuUsed = Cpu(azurite.ProcessId) - azuriteCpu;
                memory = watch.Stop();
                var storage = stack.Meter.Tallies;

                var stored = (await stack.Get<SubmissionStore>().ListAsync(CircularRef, CancellationToken.None).ConfigureAwait(false)).Count;
                var review = (await stack.Get<ReviewStore>().ListAsync(CircularRef, CancellationToken.None).ConfigureAwait(false)).Select(r => r.Reason).ToList();
                GraphFigures? figures = null;
                if (graph is not null)
                {
                    var counters = graph.Counters;
                    var category = new GraphOptions().ProcessedCategory;
                    figures = new GraphFigures(counters.Requests, counters.BatchRequests, counters.BatchParts, counters.PeakConcurrency, counters.Throttled, counters.ByRoute,
                        graph.Sent.Count(s => s.InReplyTo is not null), graph.Messages.Count(m => m.Categories.Contains(category)));
                }

                return new IntakeRun(source, messages.Count, summary, stored, review, timer.Elapsed, memory, figures, storage, mailbox, ownCpuUsed ?? TimeSpan.Zero, azuriteCpuUsed);
            }
            finally
            {
                watch.Dispose();
            }
        }
        finally
        {
            client?.Dispose();
            if (graph is not null)
            {
                await graph.DisposeAsync().ConfigureAwait(false);
            }

            if (folder is not null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>A process's CPU time so far (user and kernel, all threads); null when it cannot be read.</summary>
    private static TimeSpan? Cpu(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return process.TotalProcessorTime;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static bool Write(StringBuilder report, bool quick, TimeSpan graphLatency, IntakeCorpus corpus, List<IntakeRun> runs, double readSeconds, double readBytes, int subscribers, int warmup)
    {
        var graph = runs.Single(r => r.Source == IntakeSource.Graph);
        var folder = runs.Single(r => r.Source == IntakeSource.Folder);
        var g = graph.Graph!;
        static string Mb(long bytes) => MemoryFigures.Megabytes(bytes).ToString("0", s_invariant);

        report.AppendLine("# HsnForms intake benchmark").AppendLine();
        if (quick)
        {
            report.AppendLine("**Quick run (--quick): 100 messages, a smoke test; the figures are not to be trusted.**").AppendLine();
        }

        report.AppendLine(BenchmarkApp.Environment()).AppendLine();
        if (Environment.ProcessorCount != 2)
        {
            report.AppendLine(string.Create(s_invariant,
                $"The target is for 2 cores and this machine has {Environment.ProcessorCount}: run under `taskset -c 0,1` (Azurite inherits it) to hold the benchmark to two.")).AppendLine();
        }

        var byDomain = corpus.Messages.Count(m => m.ByDomain);
        var mime = corpus.Messages.Average(m => m.Mime.Length);
        var forms = corpus.Messages.Average(m => m.Form.Length);
        report.AppendLine(string.Create(s_invariant,
            $"{corpus.Messages.Count:N0} messages, one form each, from {subscribers} registered subscribers (register imported from CSV; {corpus.Messages.Count - byDomain} sent from a registered address, "
            + $"{byDomain} from another address at a registered domain); MIME {mime / 1024:0.0} KB on average, the form {forms / 1024:0.0} KB. The forms are the "
            + $"{corpus.Pool.Count} complete forms of tests/assets/forms with the subscriber ID rewritten to the sender's; each subscriber sends a different file each time, "
            + $"so every message should record a submission of its own.{(corpus.Dropped.Count > 0 ? $" Left out: {string.Join("; ", corpus.Dropped)}." : "")}"));
        report.AppendLine();
        var azuriteMemory = graph.AzuritePeak is { } p && folder.AzuritePeak is { } q
            ? $"in memory, a separate node process started afresh for each source, its peak RSS {Mb(p)} MB and {Mb(q)} MB"
            : "in memory, a separate process started afresh for each source";
        var latency = graphLatency > TimeSpan.Zero ? string.Create(s_invariant, $"{graphLatency.TotalMilliseconds:0} ms added to every Graph response") : "no added latency";
        var production = new GraphOptions();
        report.AppendLine(string.Create(s_invariant,
            $"One `IntakePipeline.RunCycleAsync` per source, into Azurite ({azuriteMemory}), after a warm-up cycle of {warmup} messages on the same Azurite in tables and containers of their own. "
            + $"Graph: the loopback simulator in this process, the real Graph SDK, `GraphOptions` as in production (page size {production.PageSize}, {production.MaxConcurrentRequests} requests at most), {latency}. "
            + $"Folder: the same messages as .eml files in a temporary folder, replies written to its outbox. Logging at Warning, as the integration tests run it."));
        report.AppendLine();

        report.AppendLine("## Figures").AppendLine();
        report.AppendLine("| | Graph (simulator) | folder (.eml) |");
        report.AppendLine("| --- | --: | --: |");
        void Row(string name, string a, string b) => report.AppendLine($"| {name} | {a} | {b} |");
        Row("messages read", $"{graph.Summary.Messages:N0}", $"{folder.Summary.Messages:N0}");
        Row("recorded / duplicates / review / untouched", Outcome(graph), Outcome(folder));
        Row("submissions in the table after the cycle", $"{graph.Stored:N0}", $"{folder.Stored:N0}");
        Row("acknowledged", $"{graph.Summary.Acknowledged:N0} ({g.Replies:N0} replies at the simulator, {g.Marked:N0} messages categorised)", $"{folder.Summary.Acknowledged:N0}");
        Row("wall time", string.Create(s_invariant, $"{graph.Elapsed.TotalSeconds:0.00} s"), string.Create(s_invariant, $"{folder.Elapsed.TotalSeconds:0.00} s"));
        Row("**messages per second**", string.Create(s_invariant, $"**{graph.PerSecond:0.0}**"), string.Create(s_invariant, $"{folder.PerSecond:0.0}"));
        Row("ms per message", string.Create(s_invariant, $"{graph.Elapsed.TotalMilliseconds / graph.Messages:0.0}"), string.Create(s_invariant, $"{folder.Elapsed.TotalMilliseconds / folder.Messages:0.0}"));
        Row("Graph HTTP requests ($batch = 1)", string.Create(s_invariant, $"{g.Requests:N0} ({g.Batches:N0} $batch carrying {g.BatchParts:N0} parts)"), "");
        Row("**Graph requests per message**", string.Create(s_invariant, $"**{(double)g.Requests / graph.Messages:0.000}**"), "");
        Row("Graph requests by route (each $batch part under its own route)", string.Join(", ", g.ByRoute.OrderByDescending(r => r.Value).Select(r => $"{r.Key} {r.Value}")), "");
        Row("**peak Graph requests in flight**", $"**{g.PeakConcurrency}**{(g.Throttled > 0 ? $" ({g.Throttled} throttled)" : "")}", "");
        Row("storage requests (per message)", string.Create(s_invariant, $"{graph.StorageRequests:N0} ({(double)graph.StorageRequests / graph.Messages:0.0})"),
            string.Create(s_invariant, $"{folder.StorageRequests:N0} ({(double)folder.StorageRequests / folder.Messages:0.0})"));
        Row("**peak working set** (process)", $"**{Mb(graph.Memory.PeakWorkingSet)} MB**", $"{Mb(folder.Memory.PeakWorkingSet)} MB");
        Row("working set at the start of the cycle (after an aggressive GC)", $"{Mb(graph.Memory.StartWorkingSet)} MB", $"{Mb(folder.Memory.StartWorkingSet)} MB");
        Row("peak managed heap (sampled every 10 ms)", $"{Mb(graph.Memory.SampledPeakManagedHeap)} MB", $"{Mb(folder.Memory.SampledPeakManagedHeap)} MB");
        Row("allocated in the cycle (per message)", string.Create(s_invariant, $"{Mb(graph.Memory.AllocatedBytes)} MB ({graph.Memory.AllocatedBytes / 1024.0 / graph.Messages:0} KB)"),
            string.Create(s_invariant, $"{Mb(folder.Memory.AllocatedBytes)} MB ({folder.Memory.AllocatedBytes / 1024.0 / folder.Messages:0} KB)"));
        Row("of which the form reader (allocations timed alone, per form)", string.Create(s_invariant, $"{readBytes / 1024:0} KB"), string.Create(s_invariant, $"{readBytes / 1024:0} KB"));
        Row("GC collections gen0/gen1/gen2 (pause)", Gc(graph.Memory), Gc(folder.Memory));
        Row("CPU: this process + Azurite (cores busy on average)", Cpu(graph), Cpu(folder));
        report.AppendLine();
        var ratio = graph.Elapsed.TotalSeconds / folder.Elapsed.TotalSeconds;
        report.AppendLine(string.Create(s_invariant, $"Graph ÷ folder wall time: **{ratio:0.00}×** (the same messages, the same pipeline and storage; only the mailbox differs)."));
        report.AppendLine();
        if (!graph.Memory.PeakSinceStart)
        {
            report.AppendLine("The peak working set could not be reset at the start of each cycle (/proc/self/clear_refs), so it is the process's peak since it started.").AppendLine();
        }

        report.AppendLine(string.Create(s_invariant, $"The process also hosts the Graph simulator (Kestrel and the mailbox's {graph.Messages:N0} messages) and the corpus, so its peak is an upper bound on what intake needs.")).AppendLine();

        report.AppendLine("## Targets").AppendLine();
        report.AppendLine("```");
        var reviewed = graph.ReviewReasons.Count > 0 ? $"; review: {string.Join(", ", graph.ReviewReasons.GroupBy(r => r).Select(r => $"{r.Key} {r.Count()}"))}" : "";
        var verdicts = new List<bool>
        {
            Verdict(report, graph.PerSecond >= ThroughputTarget, string.Create(s_invariant,
                $"throughput: {graph.PerSecond:0.0} messages/s end to end through Graph into Azurite (target ≥ {ThroughputTarget:0}) on {Environment.ProcessorCount} cores")),
            Verdict(report, (double)g.Requests / graph.Messages <= RequestsTarget, string.Create(s_invariant,
                $"Graph requests: {(double)g.Requests / graph.Messages:0.000} per message, {g.Requests} for {graph.Messages} (target ≤ {RequestsTarget}; a $batch counts as one)")),
            Verdict(report, g.PeakConcurrency <= ConcurrencyTarget, string.Create(s_invariant,
                $"concurrency: at most {g.PeakConcurrency} Graph requests in flight (target ≤ {ConcurrencyTarget})")),
            Verdict(report, MemoryFigures.Megabytes(graph.Memory.PeakWorkingSet) < MemoryTarget, string.Create(s_invariant,
                $"memory: peak working set {MemoryFigures.Megabytes(graph.Memory.PeakWorkingSet):0} MB during the Graph cycle (target < {MemoryTarget:0} MB{(graph.Memory.PeakSinceStart ? "" : "; peak since the process started")})")),
            Verdict(report, graph.Summary.Recorded == graph.Messages && graph.Stored == graph.Messages, string.Create(s_invariant,
                $"recorded: {graph.Summary.Recorded} of {graph.Messages} messages recorded, {graph.Stored} submissions stored{reviewed}")),
        };
        report.AppendLine(string.Create(s_invariant, $"INFO  folder baseline: {folder.PerSecond:0.0} messages/s, {folder.Summary.Recorded} recorded; Graph ÷ folder time {ratio:0.00}×"));
        report.AppendLine("```").AppendLine();

        Split(report, runs, readSeconds);
        return verdicts.TrueForAll(v => v);
    }

    private static string Cpu(IntakeRun run) => run.AzuriteCpu is { } azurite
        ? string.Create(s_invariant, $"{run.OwnCpu.TotalSeconds:0.00} s + {azurite.TotalSeconds:0.00} s ({(run.OwnCpu + azurite).TotalSeconds / run.Elapsed.TotalSeconds:0.00} of {Environment.ProcessorCount})")
        : string.Create(s_invariant, $"{run.OwnCpu.TotalSeconds:0.00} s + ? ({run.OwnCpu.TotalSeconds / run.Elapsed.TotalSeconds:0.00} of {Environment.ProcessorCount} for this process)");

    private static string Outcome(IntakeRun run) =>
        $"{run.Summary.Recorded:N0} / {run.Summary.Duplicates:N0} / {run.Summary.Review:N0} / {run.Summary.Untouched:N0}";

    private static string Gc(MemoryFigures memory) =>
        string.Create(s_invariant, $"{memory.Gen0}/{memory.Gen1}/{memory.Gen2} ({memory.GcPause.TotalMilliseconds:0} ms)");

    private static bool Verdict(StringBuilder report, bool pass, string line)
    {
        report.Append(pass ? "PASS  " : "FAIL  ").AppendLine(line);
        return pass;
    }

    /// <summary>
    /// Where each cycle's time goes. The pipeline takes one message at a time, so its wall time is the sum
    /// of what it waits for: the mailbox (timed around each call the pipeline makes to it), every storage
    /// request (timed inside the SDK's pipeline), the form reader (timed alone on the same files before the
    /// cycles), and the pipeline's own work, which is what remains.
    /// </summary>
    private static void Split(StringBuilder report, List<IntakeRun> runs, double readSeconds)
    {
        report.AppendLine("## Where the time goes").AppendLine();
        report.AppendLine("Wall time of each cycle split by what the pipeline waited for. Mailbox rows are timed around the pipeline's calls to the mailbox "
            + "(for Graph the delta pages with attachments and the $batch of originals' MIME, then the $batch replies and marks; for the folder, reading and parsing "
            + "each .eml and writing replies). Storage rows are every HTTP request the storage SDKs sent, timed from sending to the response, by table (without the run's "
            + "prefix) or container; a status follows when it was not 2xx. The sync-state rows (mailboxsync) happen inside the mailbox's calls and are not counted twice. "
            + $"Form reading is the reader timed alone on the same {runs[0].Messages:N0} files before the cycles. The rest is the pipeline's own work between awaits: "
            + "composing the acknowledgement, the fields JSON, hashing, logging.").AppendLine();
        report.AppendLine("| | Graph: calls | Graph: s | Graph: share | Graph: ms per call | folder: calls | folder: s | folder: share | folder: ms per call |");
        report.AppendLine("| --- | --: | --: | --: | --: | --: | --: | --: | --: |");

        var rows = new List<(string Name, Func<IntakeRun, (int Calls, double Seconds)> Figure, bool Counted)>
        {
            ("mailbox: read new mail", r => (r.Mailbox.Read.Calls, r.Mailbox.Read.Seconds), true),
            ("mailbox: replies", r => (r.Mailbox.Reply.Calls, r.Mailbox.Reply.Seconds), true),
            ("mailbox: marks", r => (r.Mailbox.Mark.Calls, r.Mailbox.Mark.Seconds), true),
            ("mailbox: keep the sync state", r => (r.Mailbox.Complete.Calls, r.Mailbox.Complete.Seconds), true),
        };
        foreach (var what in runs.SelectMany(r => r.Storage.Select(s => s.What)).Distinct().OrderByDescending(w => runs.Sum(r => Seconds(r, w))))
        {
            rows.Add(("storage: " + what, r => (r.Storage.FirstOrDefault(s => s.What == what).Tally?.Calls ?? 0, Seconds(r, what)), !what.Contains("mailboxsync", StringComparison.Ordinal)));
        }

        rows.Add(("form reading (timed alone)", r => (r.Summary.Forms, r.Summary.Forms * readSeconds), true));
        foreach (var (name, figure, counted) in rows)
        {
            var cells = runs.Select(r =>
            {
                var (calls, seconds) = figure(r);
                return calls == 0 ? " | | | " : string.Create(s_invariant,
                    $"{calls:N0} | {seconds:0.00} | {(counted ? (seconds / r.Elapsed.TotalSeconds).ToString("P0", s_invariant) : "(in mailbox)")} | {seconds * 1000 / calls:0.00}");
            });
            report.AppendLine($"| {name} | {string.Join(" | ", cells)} |");
        }

        var rest = runs.Select(r =>
        {
            var accounted = rows.Where(x => x.Counted).Sum(x => x.Figure(r).Seconds);
            var seconds = r.Elapsed.TotalSeconds - accounted;
            return string.Create(s_invariant, $" | {seconds:0.00} | {seconds / r.Elapsed.TotalSeconds:P0} | ");
        });
        report.AppendLine($"| the pipeline's own work (the rest) | {string.Join(" | ", rest)} |");
        var storage = runs.Select(r =>
        {
            var seconds = r.Storage.Where(s => !s.What.Contains("mailboxsync", StringComparison.Ordinal)).Sum(s => s.Tally.Seconds);
            var calls = r.StorageRequests;
            return string.Create(s_invariant, $"**{calls:N0}** | **{seconds:0.00}** | **{seconds / r.Elapsed.TotalSeconds:P0}** | {seconds * 1000 / Math.Max(1, calls):0.00}");
        });
        report.AppendLine($"| **all storage requests** | {string.Join(" | ", storage)} |");
        report.AppendLine($"| **wall time** | | **{runs[0].Elapsed.TotalSeconds.ToString("0.00", s_invariant)}** | 100 % | | | **{runs[1].Elapsed.TotalSeconds.ToString("0.00", s_invariant)}** | 100 % | |");
        report.AppendLine();
    }

    private static double Seconds(IntakeRun run, string what) => run.Storage.FirstOrDefault(s => s.What == what).Tally?.Seconds ?? 0;
}

/// <summary>
/// The intake services on Azurite in tables and containers of their own, wired as the integration tests'
/// IntakeHarness wires them, plus a meter on every storage request.
/// </summary>
internal sealed class IntakeStack : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public IntakeStack(AzuriteProcess azurite)
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        var prefix = "b" + id;
        Meter = new StorageMeter(azurite.TablePort, prefix);
        var settings = new Dictionary<string, string?>
        {
            ["StorageOptions:TablePrefix"] = prefix,
            ["StorageOptions:MailContainer"] = "mail-" + id,
            ["StorageOptions:AttachmentContainer"] = "files-" + id,
            ["StorageOptions:ReportContainer"] = "reports-" + id,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddIntakeStorage(configuration, azurite.ConnectionString);
        services.AddMailIngestion();
        services.AddAzureClients(clients => clients.ConfigureDefaults(o => o.AddPolicy(Meter, HttpPipelinePosition.PerRetry)));
        _services = services.BuildServiceProvider();
    }

    public StorageMeter Meter { get; }

    public IntakePipeline Pipeline => Get<IntakePipeline>();

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>The register imported from CSV and the circular from its JSON, as <c>hsnforms register import</c> and <c>circular import</c> do.</summary>
    public async Task PrepareAsync(string registerCsv, string circularFile)
    {
        using (var csv = new StringReader(registerCsv))
        {
            await Get<SubscriberRegister>().ImportCsvAsync(csv, CancellationToken.None).ConfigureAwait(false);
        }

        await using var stream = File.OpenRead(circularFile);
        await Get<CircularStore>().SaveAsync(Circular.Parse(stream), CancellationToken.None).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
