using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using HsnForms.Intake.Mail;
using HsnForms.Intake.Review;
using HsnForms.Intake.Storage;
using HsnForms.TestSupport;

namespace HsnForms.Benchmarks;

/// <summary>
/// The intake robustness run (<c>--mail-corpus</c>): mail other people wrote, taken from public repositories
/// at the commits tests/robustness/mail/manifest.json names, put into one folder mailbox and ingested with
/// the sample register, as a service desk's back-fill would be. It looks for crashes, messages intake
/// gave up on, machines answered or counted as senders of forms, wrong reasons, and time and memory
/// blow-ups, and reports them with figures. Nothing fetched is kept in the repository.
/// </summary>
internal static class MailCorpusRun
{
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    private sealed record Source(string Repo, string Commit, List<string> Paths, List<string>? Extensions, string Family, string What);

    private sealed record CorpusFile(string Name, string Repo, string Path, string Family, byte[] Bytes);

    public static async Task<(string Report, bool Pass)> RunAsync(string manifestPath, string cache, TextWriter stderr)
    {
        var clock = Stopwatch.StartNew();
        var sources = Load(manifestPath);
        var folder = Directory.CreateTempSubdirectory("hsn-mail-corpus-").FullName;
        var outbox = Directory.CreateTempSubdirectory("hsn-mail-corpus-outbox-").FullName;
        try
        {
            var files = new List<CorpusFile>();
            foreach (var source in sources)
            {
                var gitDir = EnsureRepository(cache, source.Repo, source.Commit, stderr);
                foreach (var path in source.Paths.SelectMany(p => Git(gitDir, "ls-tree", "-r", "-z", "--name-only", source.Commit, "--", p).Split('\0', StringSplitOptions.RemoveEmptyEntries)))
                {
                    if (source.Extensions is { Count: > 0 } wanted && !wanted.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                    {
                        continue;
                    }

                    var name = $"{files.Count:D4}-{source.Repo.Replace('/', '+')}~{path.Replace('/', '~')}";
                    var bytes = GitBlob(gitDir, source.Commit, path);
                    await File.WriteAllBytesAsync(Path.Combine(folder, name), bytes).ConfigureAwait(false);
                    files.Add(new CorpusFile(name, source.Repo, path, source.Family, bytes));
                }
            }

            stderr.WriteLine(string.Create(s_invariant, $"mail corpus: {files.Count} files from {sources.Select(s => s.Repo).Distinct().Count()} repositories in {clock.Elapsed.TotalSeconds:0.0} s"));

            await using var azurite = await AzuriteProcess.StartAsync().ConfigureAwait(false);
            await using var stack = new IntakeStack(azurite);
            // Every sender's domain registered, as if the corpus were the subscribers' own mail: a machine that
            // writes from a registered domain must still never be answered, and that is what is checked.
            await stack.PrepareAsync(RegisterOfSenders(files), Path.Combine(Repository.Root, "samples", "circular-HDS-23-1109.json")).ConfigureAwait(false);

            var timed = new TimedMailbox(new FolderMailbox(folder, outbox));
            Exception? crash = null;
            Intake.Pipeline.CycleSummary? summary = null;
            MemoryFigures memory;
            var timer = Stopwatch.StartNew();
            using (var watch = MemoryWatch.Start())
            {
                try
                {
                    summary = await stack.Pipeline.RunCycleAsync(timed, null, CancellationToken.None).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    crash = ex;
                }

                memory = watch.Stop();
            }

            timer.Stop();
            var again = Stopwatch.StartNew();
            var second = crash is null ? await stack.Pipeline.RunCycleAsync(new FolderMailbox(folder, outbox), null, CancellationToken.None).ConfigureAwait(false) : null;
            again.Stop();

            var review = await stack.Get<ReviewDesk>().ListAsync(null, includeSettled: true, CancellationToken.None).ConfigureAwait(false);
            var submissions = await stack.Get<SubmissionStore>().ListAsync("HDS/23/1109", CancellationToken.None).ConfigureAwait(false);
            var answered = Directory.GetFiles(outbox).Select(f => Path.GetFileName(f)[..^"-reply.eml".Length]).ToHashSet(StringComparer.Ordinal);

            var report = new StringBuilder();
            var pass = Write(report, sources, files, summary, crash, memory, timer.Elapsed, second, again.Elapsed, timed.Times, review, submissions, answered);
            report.AppendLine(string.Create(s_invariant, $"Total run: {clock.Elapsed.TotalSeconds:0.0} s."));
            return (report.ToString(), pass);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            Directory.Delete(outbox, recursive: true);
        }
    }

    /// <summary>A register with one subscriber per domain the corpus's messages come from (those a register can hold).</summary>
    private static string RegisterOfSenders(List<CorpusFile> files)
    {
        var domains = files.Select(f => MailAddress.Domain(MailFile.Read(f.Bytes, f.Name, DateTimeOffset.UnixEpoch, null).From))
            .Where(d => System.Text.RegularExpressions.Regex.IsMatch(d, @"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$"))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(8000).ToList();
        var csv = new StringBuilder("subscriber_id,subscriber_name,emails,domains,services\n");
        for (var i = 0; i < domains.Count; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"HSN{1000 + i:D4},Corpus sender {i + 1} Limited,,{domains[i]},OTP-C\n");
        }

        return csv.ToString();
    }

    private static List<Source> Load(string manifestPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(manifestPath));
        return [.. document.RootElement.GetProperty("sources").EnumerateArray().Select(s => new Source(
            s.GetProperty("repo").GetString()!,
            s.GetProperty("commit").GetString()!,
            [.. s.GetProperty("paths").EnumerateArray().Select(p => p.GetString()!)],
            s.TryGetProperty("extensions", out var e) ? [.. e.EnumerateArray().Select(x => x.GetString()!)] : null,
            s.GetProperty("family").GetString()!,
            s.GetProperty("what").GetString()!))];
    }

    /// <summary>The repository's git directory in the cache: a mirror already there (owner+name, or owner+name/repo), else a bare clone made now.</summary>
    private static string EnsureRepository(string cache, string repo, string commit, TextWriter stderr)
    {
        var folder = Path.Combine(cache, repo.Replace('/', '+'));
        foreach (var candidate in new[] { Path.Combine(folder, "repo"), folder, Path.Combine(folder, ".git") })
        {
            if (Directory.Exists(candidate) && TryGit(candidate, "cat-file", "-e", commit + "^{commit}"))
            {
                return candidate;
            }
        }

        stderr.WriteLine($"mail corpus: cloning {repo} into {folder}");
        Directory.CreateDirectory(cache);
        Run(null, ["clone", "--bare", "--filter=blob:none", $"https://github.com/{repo}.git", folder]);
        if (!TryGit(folder, "cat-file", "-e", commit + "^{commit}"))
        {
            Git(folder, "fetch", "origin", commit);
        }

        return folder;
    }

    private static bool TryGit(string gitDir, params string[] arguments)
    {
        try
        {
            Git(gitDir, arguments);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static string Git(string gitDir, params string[] arguments) => Encoding.UTF8.GetString(Run(gitDir, arguments));

    private static byte[] GitBlob(string gitDir, string commit, string path) => Run(gitDir, ["cat-file", "blob", $"{commit}:{path}"]);

    /// <summary>git with its arguments one by one (paths may hold spaces), on a git directory when one is given; stdout as bytes.</summary>
    private static byte[] Run(string? gitDir, string[] arguments)
    {
        var info = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true };
        if (gitDir is not null)
        {
            info.ArgumentList.Add("--git-dir");
            info.ArgumentList.Add(gitDir);
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("git could not be started");
        using var output = new MemoryStream();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        return process.ExitCode == 0 ? output.ToArray() : throw new InvalidOperationException($"git {string.Join(' ', arguments)}: {error.Result.Trim()}");
    }

    private static bool Write(StringBuilder report, List<Source> sources, List<CorpusFile> files, Intake.Pipeline.CycleSummary? summary, Exception? crash, MemoryFigures memory,
        TimeSpan elapsed, Intake.Pipeline.CycleSummary? second, TimeSpan secondElapsed, IReadOnlyDictionary<string, TimeSpan> times, IReadOnlyList<ReviewItem> review,
        IReadOnlyList<Submission> submissions, HashSet<string> answered)
    {
        report.AppendLine("# HsnForms intake robustness: mail other people wrote").AppendLine();
        report.AppendLine(BenchmarkApp.Environment()).AppendLine();
        report.AppendLine("| repository | commit | files | family | what |");
        report.AppendLine("| --- | --- | --: | --- | --- |");
        foreach (var source in sources)
        {
            var count = files.Count(f => f.Repo == source.Repo && source.Paths.Any(p => f.Path.StartsWith(p, StringComparison.Ordinal)));
            report.AppendLine(string.Create(s_invariant, $"| {source.Repo} | {source.Commit[..10]} | {count} | {source.Family} | {source.What} |"));
        }

        report.AppendLine();
        if (crash is not null)
        {
            report.AppendLine($"**FAIL: the cycle crashed**: {crash.GetType().Name}: {crash.Message}").AppendLine();
            return false;
        }

        // Each file as intake took it: its key, from the same reading the folder mailbox does.
        var byKey = review.ToLookup(r => r.MessageKey);
        var recorded = submissions.ToLookup(s => s.MessageKey);
        var rows = files.Select(f =>
        {
            var mail = MailFile.Read(f.Bytes, f.Name, DateTimeOffset.UnixEpoch, FolderMailbox.DefaultAddress);
            var key = mail.MessageKey;
            var reasons = byKey[key].Select(r => r.Reason).Distinct().Order().ToList();
            var outcome = mail.NotMail is not null ? "not_mail"
                : recorded[key].Any() ? "recorded"
                : reasons.Count > 0 ? string.Join("+", reasons)
                : "untouched";
            return (File: f, Key: key, Outcome: outcome, Answered: answered.Contains(key), Time: times.GetValueOrDefault(f.Name));
        }).ToList();

        report.AppendLine("## Outcomes").AppendLine();
        report.AppendLine("| family | files | outcome (files) | answered |");
        report.AppendLine("| --- | --: | --- | --: |");
        foreach (var family in rows.GroupBy(r => r.File.Family))
        {
            var outcomes = string.Join(", ", family.GroupBy(r => r.Outcome).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} ({g.Count()})"));
            report.AppendLine(string.Create(s_invariant, $"| {family.Key} | {family.Count()} | {outcomes} | {family.Count(r => r.Answered)} |"));
        }

        report.AppendLine();
        var ordered = rows.Where(r => r.Time > TimeSpan.Zero).OrderBy(r => r.Time).ToList();
        var median = ordered.Count > 0 ? ordered[ordered.Count / 2].Time : TimeSpan.Zero;
        report.AppendLine(string.Create(s_invariant,
            $"One cycle over {files.Count} files: {elapsed.TotalSeconds:0.0} s ({files.Count / elapsed.TotalSeconds:0.0} per second), median {median.TotalMilliseconds:0} ms a file, "
            + $"peak working set {MemoryFigures.Megabytes(memory.PeakWorkingSet):0} MB, managed heap at most {MemoryFigures.Megabytes(memory.SampledPeakManagedHeap):0} MB. "));
        report.AppendLine(string.Create(s_invariant,
            $"Summary: {summary!.Messages} messages, {summary.Forms} forms, {summary.Recorded} recorded, {summary.Review} for review, {summary.Untouched} untouched, {summary.Acknowledged} answered, {summary.Unanswered} not answered, {summary.Failed} failed. "
            + $"The same folder again: {secondElapsed.TotalSeconds:0.00} s, {second?.Skipped ?? 0} passed over unread."));
        report.AppendLine();
        report.AppendLine("Slowest files (reading and taking each):").AppendLine();
        foreach (var row in ordered.AsEnumerable().Reverse().Take(8))
        {
            report.AppendLine(string.Create(s_invariant, $"- {row.Time.TotalMilliseconds:0} ms: {row.File.Repo} {row.File.Path} ({row.File.Bytes.Length / 1024.0:0} KB) → {row.Outcome}"));
        }

        report.AppendLine();
        // Machine mail not read as a report: left alone when it carries nothing, but a bounce of ours among it would mark nobody.
        var unrecognised = rows.Where(r => r.File.Family == "machine" && r.Outcome != "bounce").ToList();
        if (unrecognised.Count > 0)
        {
            report.AppendLine(string.Create(s_invariant, $"Machine mail not read as a delivery report ({unrecognised.Count}), by what it is:")).AppendLine();
            foreach (var group in unrecognised.GroupBy(r => Kind(r.File.Bytes)).OrderByDescending(g => g.Count()))
            {
                report.AppendLine(string.Create(s_invariant, $"- {group.Key}: {group.Count()} ({string.Join(", ", group.Take(4).Select(r => Path.GetFileName(r.File.Path) + " → " + r.Outcome))})"));
            }

            report.AppendLine();
        }

        report.AppendLine("## Checks").AppendLine();
        var problems = new List<string>();
        void Check(string what, IEnumerable<string> offenders)
        {
            var list = offenders.ToList();
            report.AppendLine(string.Create(s_invariant, $"- {(list.Count == 0 ? "PASS" : "FAIL")} {what}{(list.Count == 0 ? "" : $": {list.Count}")}"));
            foreach (var offender in list.Take(12))
            {
                report.AppendLine("  - " + offender);
            }

            problems.AddRange(list);
        }

        string Name((CorpusFile File, string Key, string Outcome, bool Answered, TimeSpan Time) r) => $"{r.File.Repo} {r.File.Path} → {r.Outcome}";
        Check("no message failed or was given up on (unprocessable)", rows.Where(r => r.Outcome.Contains("unprocessable", StringComparison.Ordinal)).Select(Name)
            .Concat(summary.Failed > 0 ? [$"{summary.Failed} failed in the cycle"] : []));
        Check("no machine mail answered", rows.Where(r => r.File.Family == "machine" && r.Answered).Select(Name));
        Check("no machine mail counted as a subscriber's form", rows.Where(r => r.File.Family == "machine" && r.Outcome == "recorded").Select(Name));
        Check("machine mail with files is a bounce, not a form from a stranger", rows.Where(r => r.File.Family == "machine" && (r.Outcome.Contains("unknown_sender", StringComparison.Ordinal) || r.Outcome.Contains("unauthenticated_sender", StringComparison.Ordinal))).Select(Name));
        Check("no sender answered whose mail the server found forged", rows.Where(r => r.File.Family != "machine" && r.Answered
            && Intake.Screening.SenderAuthentication.Judge(MailFile.Read(r.File.Bytes, r.File.Name, DateTimeOffset.UnixEpoch, null).Headers, MailFile.Read(r.File.Bytes, r.File.Name, DateTimeOffset.UnixEpoch, null).From).Outcome == Intake.Screening.AuthenticationOutcome.Fail).Select(Name));
        Check("no file took over 2 s", rows.Where(r => r.Time > TimeSpan.FromSeconds(2)).Select(r => string.Create(s_invariant, $"{Name(r)} ({r.Time.TotalSeconds:0.0} s)")));
        Check("peak memory under 300 MB", memory.PeakWorkingSet < IntakeBenchmark.MemoryTarget * 1024 * 1024 ? [] : [string.Create(s_invariant, $"{MemoryFigures.Megabytes(memory.PeakWorkingSet):0} MB")]);
        Check("the second cycle read nothing again", second is { Skipped: var skipped } && skipped == files.Count ? [] : [$"{second?.Skipped} of {files.Count} passed over"]);
        report.AppendLine();
        return problems.Count == 0;
    }

    /// <summary>What a message says it is, by its headers: the type of report, or who sent it.</summary>
    private static string Kind(byte[] bytes)
    {
        var mail = MailFile.Read(bytes, "x", DateTimeOffset.UnixEpoch, null);
        if (mail.NotMail is not null)
        {
            return "no mail";
        }

        var type = mail.Headers[MimeKit.HeaderId.ContentType] is { } t && MimeKit.ContentType.TryParse(t, out var parsed) ? parsed.MimeType + (parsed.Parameters["report-type"] is { } r ? $"; report-type={r}" : "") : "text/plain";
        var submitted = mail.Headers["Auto-Submitted"] is { } a ? $", Auto-Submitted: {a.Split(';')[0].Trim()}" : "";
        return $"{type}{submitted}, from {MailAddress.LocalPart(mail.From) switch { "" => "(nobody)", var local => local + "@" }}";
    }

    /// <summary>The folder mailbox, timing each message from the moment it is asked for until the next is: reading it and taking it.</summary>
    private sealed class TimedMailbox(IMailbox inner) : IMailbox
    {
        private readonly Dictionary<string, TimeSpan> _times = new(StringComparer.Ordinal);

        public IReadOnlyDictionary<string, TimeSpan> Times => _times;

        public string Name => inner.Name;

        public string Address => inner.Address;

        public bool ListsEverything => inner.ListsEverything;

        public async IAsyncEnumerable<IncomingMail> ReadNewAsync(MailboxReading reading, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var enumerator = inner.ReadNewAsync(reading, cancellationToken).GetAsyncEnumerator(cancellationToken);
            await using (enumerator.ConfigureAwait(false))
            {
                while (true)
                {
                    var start = Stopwatch.GetTimestamp();
                    if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                    {
                        yield break;
                    }

                    var mail = enumerator.Current;
                    yield return mail;

                    // Back here when the pipeline asks for the next message: this one is read and taken.
                    _times[mail.SourceId] = Stopwatch.GetElapsedTime(start);
                }
            }
        }

        public Task ReplyAsync(IReadOnlyList<(IncomingMail Original, OutgoingMail Reply)> replies, CancellationToken cancellationToken) => inner.ReplyAsync(replies, cancellationToken);

        public Task SendAsync(IReadOnlyList<OutgoingMail> messages, CancellationToken cancellationToken) => inner.SendAsync(messages, cancellationToken);

        public Task MarkProcessedAsync(IReadOnlyList<IncomingMail> messages, CancellationToken cancellationToken) => inner.MarkProcessedAsync(messages, cancellationToken);

        public Task CompleteAsync(CancellationToken cancellationToken) => inner.CompleteAsync(cancellationToken);
    }
}
