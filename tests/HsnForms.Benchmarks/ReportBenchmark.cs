using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading;
using HsnForms.Intake.Storage;
using HsnForms.Reporting;
using HsnForms.Reporting.Reminders;

namespace HsnForms.Benchmarks;

/// <summary>
/// The report target of the issue: the compliance report of 2,000 subscribers and 4,000 submissions built
/// and rendered (tracker workbook, report page, JSON), and the reminder plan for the same records, all in
/// memory, against the floor of writing those submissions as JSON once.
/// </summary>
internal static class ReportBenchmark
{
    /// <summary>Build and render, under (ms).</summary>
    public const double ReportTarget = 2000;

    /// <summary>The reminder plan, under (ms).</summary>
    public const double PlanTarget = 200;

    /// <summary>Peak memory, under (MB).</summary>
    public const double MemoryTarget = 300;

    public const string FloorCase = "floor: the submissions written as JSON";
    public const string BuildCase = "ComplianceReport.Build";
    public const string TrackerCase = "TrackerWorkbook.Write (workbook)";
    public const string PageCase = "ReportPage.Render (page)";
    public const string JsonCase = "ReportJson.Write (JSON, indented)";
    public const string RenderCase = "ReportFiles.Render (all three)";
    public const string ReportCase = "Build + Render";
    public const string PlanCase = "ReminderPlanner.Plan";
    public const string BuildPlanCase = "Build + Plan";

    private const int Subscribers = 2000;

    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    /// <summary>The report's moment: after both deadlines, every status settled.</summary>
    private static readonly DateTimeOffset s_asOf = new(2023, 11, 28, 18, 0, 0, TimeSpan.FromHours(8));

    /// <summary>The reminders' moment: the result form's due day, after its 09:00 slot and before its deadline; the intention form overdue.</summary>
    private static readonly DateTimeOffset s_planAsOf = new(2023, 11, 27, 9, 30, 0, TimeSpan.FromHours(8));

    public static (string Report, bool Pass) Run(bool quick, TextWriter stderr)
    {
        var clock = Stopwatch.StartNew();
        var whole = MemoryWatch.Start();
        var circular = Circular.Default;
        var corpus = ReportCorpus.Build(Subscribers);
        var submissions = corpus.Submissions;
        stderr.WriteLine(string.Create(s_invariant, $"corpus: {corpus.Register.Count:N0} subscribers, {submissions.Count:N0} submissions, {corpus.Review.Count} review items in {clock.Elapsed.TotalSeconds:0.0} s"));

        ComplianceReport Build(DateTimeOffset asOf) => ComplianceReport.Build(circular, asOf, corpus.Register, submissions, corpus.Review);

        // First, the memory of one report as a function builds it: a process holding the records builds and
        // renders one report, from a collected heap, before anything else has run (so its time is cold: JIT included).
        var single = MemoryWatch.Start();
        var cold = Stopwatch.StartNew();
        var once = ReportFiles.Render(Build(s_asOf));
        cold.Stop();
        var singleFigures = single.Stop();
        single.Dispose();

        var report = Build(s_asOf);
        var planReport = Build(s_planAsOf);
        var files = ReportFiles.Render(report);
        var plan = ReminderPlanner.Plan(planReport, s_planAsOf);

        var cases = new List<(string Name, Func<int> Operation)>
        {
            (FloorCase, () => SubmissionsJson(submissions).Length),
            (BuildCase, () => Build(s_asOf).Subscribers.Count),
            (TrackerCase, () => Tracker(report)),
            (PageCase, () => ReportPage.Render(report).Length),
            (JsonCase, () => ReportJson.Write(report, indented: true).Length),
            (RenderCase, () => ReportFiles.Render(report).Tracker.Length),
            (ReportCase, () => ReportFiles.Render(Build(s_asOf)).Json.Length),
            (PlanCase, () => ReminderPlanner.Plan(planReport, s_planAsOf).Reminders.Count),
            (BuildPlanCase, () => ReminderPlanner.Plan(Build(s_planAsOf), s_planAsOf).Reminders.Count),
        };

        // Operations of 10 ms to 1 s: one operation per case per round, the cases taking turns, after a few
        // rounds of warm-up; allocations counted on this thread over one operation.
        var runs = quick ? 3 : 11;
        var settings = new RunSettings(TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(1), runs, runs, 1, TimeSpan.Zero, quick ? 1 : 3);
        var rounds = Harness.WarmUp([.. cases.Select(c => c.Operation)], settings);
        stderr.WriteLine(string.Create(s_invariant, $"warm-up: {rounds} rounds of {cases.Count} cases in {clock.Elapsed.TotalSeconds:0.0} s"));

        var figures = Harness.RunGroup([.. cases.Select(c => (c.Operation, settings.MainBudget))], settings);
        var rows = cases.Select((c, i) => (c.Name, Figures: figures[i])).ToList();
        foreach (var (name, measured) in rows)
        {
            stderr.WriteLine(string.Create(s_invariant,
                $"  {name,-40} median {measured.MedianMicroseconds / 1000,9:0.0} ms  p95 {measured.P95Microseconds / 1000,9:0.0} ms  {measured.AllocatedBytesPerOp / 1048576,8:0.0} MB/op  ({measured.Samples} samples)"));
        }

        var memory = whole.Stop();
        whole.Dispose();

        var text = new StringBuilder();
        var pass = Write(text, quick, corpus, report, files, plan, rows, memory, singleFigures, once, cold.Elapsed, rounds);
        text.AppendLine(CultureInfo.InvariantCulture, $"Total run: {clock.Elapsed.TotalSeconds:0.0} s.");
        return (text.ToString(), pass);
    }

    private static int Tracker(ComplianceReport report)
    {
        using var buffer = new MemoryStream();
        TrackerWorkbook.Write(buffer, report);
        return (int)buffer.Length;
    }

    /// <summary>
    /// The floor: every submission written once as JSON with <see cref="Utf8JsonWriter"/>, its fields JSON
    /// copied raw. Any report must at least touch each record this much.
    /// </summary>
    private static byte[] SubmissionsJson(IReadOnlyList<Submission> submissions)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, FormResultJson.WriterOptions))
        {
            json.WriteStartArray();
            foreach (var s in submissions)
            {
                json.WriteStartObject();
                json.WriteString("circular_ref", s.CircularRef);
                json.WriteString("subscriber_id", s.SubscriberId);
                json.WriteString("form", s.Form);
                json.WriteBoolean("complete", s.Complete);
                json.WriteString("received_at", s.ReceivedAt);
                json.WriteString("message_key", s.MessageKey);
                json.WriteString("internet_message_id", s.InternetMessageId);
                json.WriteString("from", s.From);
                json.WriteString("subject", s.Subject);
                json.WriteString("attachment_name", s.AttachmentName);
                json.WriteString("attachment_blob", s.AttachmentBlob);
                json.WriteString("content_hash", s.ContentHash);
                json.WritePropertyName("fields");
                json.WriteRawValue(s.FieldsJson, skipInputValidation: true);
                json.WriteStartArray("problems");
                foreach (var problem in s.Problems)
                {
                    json.WriteStringValue(problem.Message);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return buffer.ToArray();
    }

    private static bool Write(StringBuilder report, bool quick, ReportCorpus corpus, ComplianceReport built, ReportFiles files, ReminderPlan plan,
        List<(string Name, Measurement Figures)> rows, MemoryFigures memory, MemoryFigures single, ReportFiles once, TimeSpan cold, int rounds)
    {
        static string Mb(double bytes) => (bytes / 1048576).ToString("0.0", s_invariant);
        double Median(string name) => rows.Single(r => r.Name == name).Figures.MedianMicroseconds / 1000;

        report.AppendLine("# HsnForms report benchmark").AppendLine();
        if (quick)
        {
            report.AppendLine("**Quick run (--quick): three timed runs per case; the figures are not to be trusted.**").AppendLine();
        }

        report.AppendLine(BenchmarkApp.Environment()).AppendLine();
        var statuses = string.Join("; ", built.Circular.Forms.Select(f =>
            $"{f.Form}: {string.Join(", ", built.Summary(f.Form).Where(s => s.Value > 0).Select(s => $"{s.Value} {s.Key}"))}"));
        report.AppendLine(string.Create(s_invariant,
            $"{corpus.Register.Count:N0} subscribers, {corpus.Submissions.Count:N0} submissions (fields JSON as intake stores it, {corpus.Submissions.Average(s => s.FieldsJson.Length):0} characters on average) "
            + $"and {corpus.Review.Count} review items of circular {built.Circular.Ref}, in memory. Report as of {s_asOf:yyyy-MM-dd HH:mm} HKT: {statuses}. "
            + $"Files: workbook {once.Tracker.Length / 1024.0:N0} KB, page {Encoding.UTF8.GetByteCount(files.Page) / 1024.0:N0} KB, JSON {Encoding.UTF8.GetByteCount(files.Json) / 1024.0:N0} KB. "
            + $"Reminder plan as of {s_planAsOf:yyyy-MM-dd HH:mm} HKT (the result form's due day, before its deadline): {plan.Reminders.Count:N0} reminders "
            + $"({string.Join(", ", plan.Reminders.GroupBy(r => $"{r.Form} {r.Kind}").Select(g => $"{g.Count()} {g.Key}"))}), {plan.Digests.Count} digest(s)."));
        report.AppendLine();
        report.AppendLine(string.Create(s_invariant,
            $"Each case runs once per round, the cases taking turns, {rows[0].Figures.Samples} rounds after {rounds} rounds of warm-up; allocations are counted on the measuring thread over one operation. "
            + $"The render cases work on a report built beforehand; \"Build + Render\" and \"Build + Plan\" are measured as one operation each."));
        report.AppendLine();

        report.AppendLine("## Figures").AppendLine();
        report.AppendLine("| case | median ms | p95 ms | allocated MB per op | × floor |");
        report.AppendLine("| --- | --: | --: | --: | --: |");
        var floor = Median(FloorCase);
        foreach (var (name, figures) in rows)
        {
            var bold = name is ReportCase or PlanCase ? "**" : "";
            report.AppendLine(string.Create(s_invariant,
                $"| {bold}{name}{bold} | {bold}{figures.MedianMicroseconds / 1000:N1}{bold} | {figures.P95Microseconds / 1000:N1} | {Mb(figures.AllocatedBytesPerOp)} | {figures.MedianMicroseconds / 1000 / floor:0.0}× |"));
        }

        report.AppendLine();
        report.AppendLine("| memory | MB |");
        report.AppendLine("| --- | --: |");
        report.AppendLine(string.Create(s_invariant, $"| **peak working set while the process builds and renders one report** (the records loaded, nothing else run yet) | **{Mb(single.PeakWorkingSet)}** |"));
        report.AppendLine(string.Create(s_invariant, $"| working set before that report (runtime, assemblies, the records) | {Mb(single.StartWorkingSet)} |"));
        report.AppendLine(string.Create(s_invariant, $"| peak managed heap during that report (sampled every 10 ms) | {Mb(single.SampledPeakManagedHeap)} |"));
        report.AppendLine(string.Create(s_invariant, $"| allocated by that report | {Mb(single.AllocatedBytes)} |"));
        report.AppendLine(string.Create(s_invariant, $"| peak working set over the whole benchmark (every case, every round: the GC keeps what it grew to) | {Mb(memory.PeakWorkingSet)} |"));
        report.AppendLine(string.Create(s_invariant, $"| peak managed heap over the whole benchmark | {Mb(memory.SampledPeakManagedHeap)} |"));
        report.AppendLine(string.Create(s_invariant, $"| allocated over the whole benchmark; collections gen0/gen1/gen2 | {Mb(memory.AllocatedBytes)}; {memory.Gen0}/{memory.Gen1}/{memory.Gen2} |"));
        report.AppendLine();
        report.AppendLine(string.Create(s_invariant, $"That first report took {cold.TotalMilliseconds:N0} ms, JIT compilation included (a function's first report after a cold start)."));
        report.AppendLine();
        if (!memory.PeakSinceStart)
        {
            report.AppendLine("The peak working set could not be reset (/proc/self/clear_refs), so it is the process's peak since it started.").AppendLine();
        }

        report.AppendLine("## Targets").AppendLine();
        report.AppendLine("```");
        var buildRender = Median(ReportCase);
        var planTime = Median(PlanCase);
        var verdicts = new List<bool>
        {
            Verdict(report, buildRender < ReportTarget, string.Create(s_invariant,
                $"report: Build + Render {buildRender:N0} ms median for {corpus.Register.Count:N0} subscribers and {corpus.Submissions.Count:N0} submissions (target < {ReportTarget:N0} ms); "
                + $"Build {Median(BuildCase):N0} + workbook {Median(TrackerCase):N0} + page {Median(PageCase):N0} + JSON {Median(JsonCase):N0} ms; {buildRender / floor:0}× the floor")),
            Verdict(report, single.PeakWorkingSet / 1048576.0 < MemoryTarget, string.Create(s_invariant,
                $"memory: peak working set {Mb(single.PeakWorkingSet)} MB while building and rendering one report (target < {MemoryTarget:0} MB){(single.PeakSinceStart ? "" : "; peak since the process started")}")),
            Verdict(report, planTime < PlanTarget, string.Create(s_invariant,
                $"reminders: ReminderPlanner.Plan {planTime:N1} ms median, {plan.Reminders.Count:N0} reminders (target < {PlanTarget:0} ms)")),
        };
        var buildPlan = Median(BuildPlanCase);
        report.AppendLine(string.Create(s_invariant,
            $"{(buildPlan < PlanTarget ? "INFO" : "NOTE")}  reminders with the report built first (what ReminderSender.PlanAsync does after loading the records): Build + Plan {buildPlan:N0} ms median"
            + $" ({(buildPlan < PlanTarget ? "also" : "not")} under {PlanTarget:0} ms)"));
        report.AppendLine(string.Create(s_invariant,
            $"{(memory.PeakWorkingSet / 1048576.0 < MemoryTarget ? "INFO" : "NOTE")}  memory over the whole benchmark (dozens of reports in a row): peak working set {Mb(memory.PeakWorkingSet)} MB"));
        report.AppendLine("```").AppendLine();
        return verdicts.TrueForAll(v => v);
    }

    private static bool Verdict(StringBuilder report, bool pass, string line)
    {
        report.Append(pass ? "PASS  " : "FAIL  ").AppendLine(line);
        return pass;
    }
}
