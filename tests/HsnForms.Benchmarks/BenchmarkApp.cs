using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Text;
using HsnForms.Forms.Reading;

namespace HsnForms.Benchmarks;

/// <summary>One measured row: a case (floor, reader, ClosedXML or a stage) on one file.</summary>
internal sealed record Row(Sample Sample, string Case, Measurement Figures);

/// <summary>
/// Runs every case on every file in this one process and prints a markdown report: the figures, the
/// ratios to the floor measured alongside, the targets passed or failed, and where the reader's cost goes.
/// </summary>
internal static class BenchmarkApp
{
    public const string FloorCase = "floor";
    public const string ReaderCase = "reader";
    public const string ClosedXmlCase = "ClosedXML";

    private const string Usage = """
        Usage: dotnet run -c Release --project tests/HsnForms.Benchmarks [-- OPTIONS]
          (no mode)         the form reader against the floor and ClosedXML
          --intake          instead: 1,000 messages through the Graph simulator and a folder into Azurite, then
                            a folder of 5,000 (with a 140 MB message) ingested twice: the second cycle's share and peak memory
          --intake-rerun    only the second part of --intake
          --mail-corpus [MANIFEST]  instead: the intake robustness run over public mail (tests/robustness/mail/manifest.json)
          --cache DIR       with --mail-corpus: where the repositories are kept (default ~/.cache/hsnforms-mail-corpus)
          --report          instead: the compliance report and reminder plan for 2,000 subscribers
          --register        instead: a 10,000-row register import into Azurite, then one row changed
          --hostile         instead: how fast zip bombs, lying headers, deep nesting and damaged forms are refused
          --quick           a smoke run: every case, a few iterations, figures not to be trusted
          --markdown FILE   also write the report to FILE
          --no-breakdown    skip the split of the reader's cost by stage
          --wild DIR        where the robustness set's mirrors are, to time its worst files (tests/robustness/worst.tsv;
                            default $MIRRORS or /work/.mirror; without them the table says so and goes on)
          --graph-latency MS  with --intake: delay every simulated Graph response by MS milliseconds
          --strict          exit 1 when a target fails
          --wall            time the reader in wall-clock time instead of thread CPU time
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var quick = false;
        var breakdown = true;
        var strict = false;
        var wall = false;
        var intake = false;
        var rerunOnly = false;
        string? mailCorpus = null;
        var cache = Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".cache", "hsnforms-mail-corpus");
        var reports = false;
        var register = false;
        var hostile = false;
        var graphLatency = TimeSpan.Zero;
        string? markdown = null;
        var wild = WildFiles.DefaultMirrors;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    quick = true;
                    break;
                case "--intake":
                    intake = true;
                    break;
                case "--intake-rerun":
                    intake = true;
                    rerunOnly = true;
                    break;
                case "--mail-corpus":
                    mailCorpus = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal)
                        ? args[++i]
                        : Path.Combine(TestSupport.Repository.Root, "tests", "robustness", "mail", "manifest.json");
                    break;
                case "--cache" when i + 1 < args.Length:
                    cache = args[++i];
                    break;
                case "--report":
                    reports = true;
                    break;
                case "--register":
                    register = true;
                    break;
                case "--hostile":
                    hostile = true;
                    break;
                case "--graph-latency" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var latency):
                    graphLatency = TimeSpan.FromMilliseconds(latency);
                    i++;
                    break;
                case "--no-breakdown":
                    breakdown = false;
                    break;
                case "--strict":
                    strict = true;
                    break;
                case "--wild" when i + 1 < args.Length:
                    wild = args[++i];
                    break;
                case "--wall":
                    wall = true;
                    break;
                case "--markdown" when i + 1 < args.Length:
                    markdown = args[++i];
                    break;
                case "--help" or "-h":
                    stdout.WriteLine(Usage);
                    return 0;
                default:
                    stderr.WriteLine($"unknown or incomplete option '{args[i]}'");
                    stderr.WriteLine(Usage);
                    return 2;
            }
        }

        if (mailCorpus is not null)
        {
            var (corpusText, corpusPass) = MailCorpusRun.RunAsync(mailCorpus, cache, stderr).GetAwaiter().GetResult();
            Emit(corpusText, stdout, markdown);
            return strict && !corpusPass ? 1 : 0;
        }

        if (register)
        {
            var (registerText, registerPass) = RegisterBenchmark.RunAsync(quick, stderr).GetAwaiter().GetResult();
            Emit(registerText, stdout, markdown);
            return strict && !registerPass ? 1 : 0;
        }

        if (hostile)
        {
            var (hostileText, hostilePassed) = HostileBenchmark.Run(quick, stderr);
            Emit(hostileText, stdout, markdown);
            return strict && !hostilePassed ? 1 : 0;
        }

        if (intake || reports)
        {
            // The intake and report benchmarks: each its own report, in this order when both are asked for.
            var text = new StringBuilder();
            var passed = true;
            if (reports)
            {
                var (markdownText, pass) = ReportBenchmark.Run(quick, stderr);
                text.Append(markdownText);
                passed &= pass;
            }

            if (intake && !rerunOnly)
            {
                var (markdownText, pass) = IntakeBenchmark.RunAsync(quick, graphLatency, stderr).GetAwaiter().GetResult();
                text.Append(reports ? System.Environment.NewLine : "").Append(markdownText);
                passed &= pass;
            }

            if (intake)
            {
                // Issue 10: the same folder ingested twice, and a cycle's memory with a message of 140 MB in it.
                var (markdownText, pass) = IntakeRerunBenchmark.RunAsync(quick, stderr).GetAwaiter().GetResult();
                text.Append(text.Length > 0 ? System.Environment.NewLine : "").Append(markdownText);
                passed &= pass;
            }

            Emit(text.ToString(), stdout, markdown);
            return strict && !passed ? 1 : 0;
        }

        var clock = Stopwatch.StartNew();
        ThreadClock.Choose(wall);
        var settings = quick ? RunSettings.Quick : RunSettings.Full;
        var samples = Samples.Load(Samples.FindAssets());
        var reader = new FormReader();
        var closedXml = ClosedXmlHost.Load();
        var checks = Check(samples, reader, closedXml);
        foreach (var line in checks)
        {
            stderr.WriteLine(line);
        }

        // Every case on every file: the table's cases, then the stages of the split.
        var split = new Breakdown(reader);
        var safeXml = SafeXml.Settings(reader.Options);
        var groups = new List<(Sample Sample, List<(string Name, Func<int> Operation, bool Stage)> Cases)>();
        foreach (var sample in samples)
        {
            var cases = new List<(string Name, Func<int> Operation, bool Stage)>
            {
                (FloorCase, () => Floor.Read(sample), false),
                (ReaderCase, () => reader.Read(sample.Name, sample.Bytes).Fields.Count, false),
            };
            if (sample.Format == FormFormat.Xlsx)
            {
                cases.Add((ClosedXmlCase, () => closedXml.LoadAndReadAll(sample), false));
            }

            if (breakdown)
            {
                cases.Add((Stages.Guard, () => split.Guard(sample), true));
                cases.Add((Stages.Package, () => split.GuardAndPackage(sample), true));
                cases.Add((Stages.Sdk, () => split.GuardPackageAndSdk(sample), true));
                cases.Add((Stages.Layout, () => split.GuardOpenAndLayout(sample), true));
                cases.Add((Stages.Interpret, split.InterpretOnly(sample), true));
                cases.Add((Stages.Page, split.PageOnly(sample), true));
                cases.Add((Stages.Recognition, split.PageAndRecognitionOnly(sample), true));
                cases.Add((Stages.FloorSafeXml, () => Floor.Read(sample, safeXml), true));
            }

            groups.Add((sample, cases));
        }

        var all = groups.SelectMany(g => g.Cases).ToList();
        var rounds = Harness.WarmUp([.. all.Select(c => c.Operation)], settings);
        stderr.WriteLine($"warm-up: {rounds} rounds of all {all.Count} cases in {clock.Elapsed.TotalSeconds:0.0} s");

        var rows = new List<Row>();
        var stages = new List<Row>();
        foreach (var (sample, cases) in groups)
        {
            var figures = Harness.RunGroup([.. cases.Select(c => (c.Operation, c.Stage ? settings.StageBudget : settings.MainBudget))], settings);
            for (var i = 0; i < cases.Count; i++)
            {
                var row = new Row(sample, cases[i].Name, figures[i]);
                (cases[i].Stage ? stages : rows).Add(row);
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {sample.Name,-46} {row.Case,-34} median {row.Figures.MedianMicroseconds,9:0.0} µs  p95 {row.Figures.P95Microseconds,9:0.0} µs  {row.Figures.AllocatedBytesPerOp,9:0} B/op  ({row.Figures.Samples} samples)"));
            }
        }

        var (wildRows, wildMissing) = MeasureWild(wild, reader, settings, stderr);

        var report = new StringBuilder();
        Report.Header(report, quick, closedXml, samples, checks, rounds, all.Count);
        var verdicts = Report.Table(report, rows);
        Report.Wild(report, wildRows, wildMissing);
        if (breakdown)
        {
            Report.Stages(report, rows, stages);
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"Total run: {clock.Elapsed.TotalSeconds:0.0} s.");
        Emit(report.ToString(), stdout, markdown);
        return strict && verdicts.Any(v => !v) ? 1 : 0;
    }

    /// <summary>
    /// The robustness set's worst files, timed after the forms: the floor (where the file is a zip the floor
    /// can read) and the reader, in the same window, with a short warm-up of their own (at most 5 s: the
    /// forms warmed the reader's common paths) and fewer slices, since one read may take half a second.
    /// </summary>
    private static (List<(WildFile File, Row? Floor, Row Reader, string Outcome)> Rows, string? Missing) MeasureWild(string mirrors, FormReader reader, RunSettings settings, TextWriter stderr)
    {
        var (files, missing) = WildFiles.Load(mirrors);
        if (missing is not null)
        {
            stderr.WriteLine($"robustness set's worst files: not measured, {missing}");
            return ([], missing);
        }

        var wildSettings = settings with { Rounds = Math.Min(settings.Rounds, 8), AllocationRuns = Math.Min(settings.AllocationRuns, 3), Warmup = TimeSpan.FromSeconds(1), WarmupRounds = 3 };
        var rows = new List<(WildFile File, Row? Floor, Row Reader, string Outcome)>();
        foreach (var file in files)
        {
            var sample = file.Sample;
            var result = reader.Read(sample.Name, sample.Bytes);
            var outcome = result.Status.ToString().ToLowerInvariant() + (result.Problems.Count > 0 ? ": " + result.Problems[0].Code : "");
            bool floorReads;
            try
            {
                Floor.Read(sample);
                floorReads = true;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                floorReads = false;
            }

            var cases = new List<Func<int>> { () => reader.Read(sample.Name, sample.Bytes).Problems.Count };
            if (floorReads)
            {
                cases.Insert(0, () => Floor.Read(sample));
            }

            Harness.WarmUp(cases, wildSettings, within: TimeSpan.FromSeconds(5));
            var figures = Harness.RunGroup([.. cases.Select(c => (c, wildSettings.MainBudget))], wildSettings);
            var floor = floorReads ? new Row(sample, FloorCase, figures[0]) : null;
            var read = new Row(sample, ReaderCase, figures[^1]);
            rows.Add((file, floor, read, outcome));
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {sample.Name,-46} reader median {read.Figures.MedianMicroseconds,9:0.0} µs  p95 {read.Figures.P95Microseconds,9:0.0} µs  {read.Figures.AllocatedBytesPerOp,9:0} B/op  ({read.Figures.Samples} samples)"));
        }

        return (rows, null);
    }

    /// <summary>The report to standard output, and to the markdown file when one was asked for.</summary>
    private static void Emit(string report, TextWriter stdout, string? markdown)
    {
        stdout.Write(report);
        if (markdown is not null)
        {
            if (Path.GetDirectoryName(Path.GetFullPath(markdown)) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllText(markdown, report);
        }
    }

    /// <summary>Every case must do its real work on every file before it is timed: the reader must recognise each form, ClosedXML must read cells.</summary>
    private static List<string> Check(List<Sample> samples, FormReader reader, ClosedXmlHost closedXml)
    {
        var lines = new List<string> { closedXml.Description };
        foreach (var sample in samples)
        {
            var result = reader.Read(sample.Name, sample.Bytes);
            if (result.Status is FormStatus.Rejected or FormStatus.Unrecognised)
            {
                throw new InvalidOperationException($"The reader did not read {sample.Name}: {result.Status} {string.Join("; ", result.Problems.Select(p => p.Message))}");
            }

            var parts = string.Join(", ", Floor.MainParts(sample));
            var (inflated, main) = Floor.InflatedSizes(sample);
            var line = string.Create(CultureInfo.InvariantCulture,
                $"{sample.Name}: {sample.Bytes.Length:N0} B, inflating to {inflated:N0} B ({main:N0} B in the parts the floor reads: {parts}); reader says {result.Form} {result.Status.ToString().ToLowerInvariant()} with {result.Fields.Count} fields");
            if (sample.Format == FormFormat.Xlsx)
            {
                line += $"; ClosedXML read {closedXml.LoadAndReadAll(sample)} characters of cell text";
            }

            lines.Add(line);
        }

        return lines;
    }

    internal static string Environment()
    {
        var optimized = new[] { typeof(FormReader).Assembly, typeof(BenchmarkApp).Assembly }
            .All(a => a.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled != true);
        return string.Create(CultureInfo.InvariantCulture,
            $".NET {System.Environment.Version} on {RuntimeInformation.OSDescription} ({RuntimeInformation.ProcessArchitecture}), "
            + $"{System.Environment.ProcessorCount} cores, {(GCSettings.IsServerGC ? "server" : "workstation")} GC ({GCSettings.LatencyMode}), "
            + $"{(optimized ? "optimized build" : "DEBUG BUILD: figures are not representative, use -c Release")}{LoadAverage()}");
    }

    /// <summary>Other work on the machine skews every figure; on Linux, say how busy it was (the 1-minute load average against the core count).</summary>
    internal static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? $", load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at the end of the run" : "";
        }
        catch (IOException)
        {
            return "";
        }
    }
}

/// <summary>The stages of the breakdown.</summary>
internal static class Stages
{
    public const string Guard = "1 guard (sniff + zip scan + content types)";
    public const string Package = "2 + Package.Open";
    public const string Sdk = "3 + SDK open, parts located";
    public const string Layout = "4 + layout (XmlReader pass)";
    public const string Interpret = "interpretation alone";
    public const string Page = "Page build alone";
    public const string Recognition = "Page and recognition alone";
    public const string FloorSafeXml = "floor, reader's XmlReaderSettings";
}
