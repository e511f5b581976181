using System.Diagnostics;
using System.Globalization;

namespace HsnForms.Benchmarks;

/// <summary>One of the robustness set's worst files: the file, why it was chosen, and what the robustness run measured.</summary>
internal sealed record WildFile(Sample Sample, string Repository, string Path, string Measures, string RunFigures);

/// <summary>
/// The robustness set's worst files (issue 9: "put the slowest and the largest file of your robustness set
/// in the benchmark's table"). <c>tests/robustness/run.sh</c> writes <c>tests/robustness/worst.tsv</c>
/// from its last run: the first files by CPU time, by peak memory and by package size. For each measure in
/// turn, the first of its files not already named by an earlier measure is timed, so each measure names a
/// file of its own. The files are public test documents, never committed: each is read out of the
/// repository mirror that <c>run.sh</c> reads it from (<c>MIRRORS/owner+name/repo</c>, a bare git
/// directory), at the commit the list gives. Without the mirrors, the benchmark says so and goes on.
/// </summary>
internal static class WildFiles
{
    /// <summary>Where the mirrors are by default: as <c>run.sh</c> looks for them.</summary>
    public static string DefaultMirrors => System.Environment.GetEnvironmentVariable("MIRRORS") is { Length: > 0 } mirrors ? mirrors : "/work/.mirror";

    public static string ListPath => System.IO.Path.Combine(TestSupport.Repository.Root, "tests", "robustness", "worst.tsv");

    /// <summary>The files to time, or none and a sentence saying why not.</summary>
    public static (List<WildFile> Files, string? Missing) Load(string mirrors)
    {
        if (!File.Exists(ListPath))
        {
            return ([], $"no {ListPath}: run tests/robustness/run.sh once to write it");
        }

        var rows = File.ReadLines(ListPath)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Where(f => f.Length >= 10)
            .Select(f => (Measure: f[0], Rank: int.Parse(f[1], CultureInfo.InvariantCulture), Repository: f[2], Commit: f[3], Path: f[4],
                Cpu: f[6], Peak: f[7], Allocated: f[8], Outcome: f[9]))
            .ToList();
        var chosen = new List<(string Repository, string Commit, string Path)>();
        foreach (var measure in rows.Select(r => r.Measure).Distinct())
        {
            var first = rows.Where(r => r.Measure == measure && !chosen.Contains((r.Repository, r.Commit, r.Path))).OrderBy(r => r.Rank).FirstOrDefault();
            if (first.Path is not null)
            {
                chosen.Add((first.Repository, first.Commit, first.Path));
            }
        }

        var files = new List<WildFile>();
        foreach (var (repository, commit, path) in chosen)
        {
            var gitDir = GitDir(mirrors, repository);
            if (gitDir is null)
            {
                return ([], $"no mirror of {repository} in {mirrors} (fetch the repositories of tests/robustness/sources.tsv, or give --wild DIR)");
            }

            byte[] bytes;
            try
            {
                bytes = GitBlob(gitDir, commit, path);
            }
            catch (InvalidOperationException ex)
            {
                return ([], $"{repository} {path} is not in its mirror at {commit[..10]} ({ex.Message})");
            }

            var of = rows.Where(r => r.Repository == repository && r.Commit == commit && r.Path == path).ToList();
            var measures = string.Join(", ", of.Select(r => $"{r.Measure} #{r.Rank}"));
            var run = of[0];
            var format = System.IO.Path.GetExtension(path).ToLowerInvariant() is ".docx" or ".docm" or ".dotx" or ".dotm" ? FormFormat.Docx : FormFormat.Xlsx;
            files.Add(new WildFile(new Sample($"{repository}: {System.IO.Path.GetFileName(path)}", format, bytes), repository, path, measures,
                $"{run.Cpu} ms CPU, {run.Peak} MB peak, {run.Allocated} MB allocated: {run.Outcome}"));
        }

        return (files, null);
    }

    /// <summary>The repository's git directory among the mirrors: <c>owner+name/repo</c> (bare, or a work tree's <c>.git</c>), or <c>owner+name</c> itself.</summary>
    private static string? GitDir(string mirrors, string repository)
    {
        var folder = System.IO.Path.Combine(mirrors, repository.Replace('/', '+'));
        return new[] { System.IO.Path.Combine(folder, "repo", ".git"), System.IO.Path.Combine(folder, "repo"), folder }
            .FirstOrDefault(d => Directory.Exists(System.IO.Path.Combine(d, "objects")));
    }

    private static byte[] GitBlob(string gitDir, string commit, string path)
    {
        var info = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--git-dir", gitDir, "cat-file", "blob", $"{commit}:{path}" })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("git could not be started");
        using var output = new MemoryStream();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        return process.ExitCode == 0 ? output.ToArray() : throw new InvalidOperationException(error.Result.Trim());
    }
}
