using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using HsnForms.Forms.Reading;
using HsnForms.TestSupport;

namespace HsnForms.Benchmarks;

/// <summary>
/// How fast hostile and damaged files are refused: the time limits the unit tests used to assert (a zip
/// bomb within a second, everything else within two), measured here instead, where a loaded machine
/// shows as a figure rather than a failed test. Each file is read a few times and its fastest read
/// counts; the table gives the median and the worst file of each case, and what the worst allocated.
/// </summary>
internal static class HostileBenchmark
{
    public static (string Markdown, bool Passed) Run(bool quick, TextWriter progress)
    {
        var assets = Samples.FindAssets();
        var reader = new FormReader();
        foreach (var sample in Samples.Load(assets))
        {
            reader.Read(sample.Name, sample.Bytes);
        }

        var lying = new StringBuilder("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
            .Append('A', 80 * 1024 * 1024).Append("</w:t></w:r></w:p></w:body></w:document>").ToString();
        var cases = new List<(string Name, List<byte[]> Files, double BudgetMs, long AllocationBudget)>
        {
            ("zip bomb (tests/assets/bad/form.docx)", [File.ReadAllBytes(Path.Combine(assets, "bad", "form.docx"))], 1000, 100L << 20),
            ("80 MB part, headers claiming 1 KB", [HostileFiles.LieAboutSizes(HostileFiles.MinimalDocx(lying), 1024)], 2000, 0),
        };
        foreach (var (shape, level) in HostileFiles.NestingShapes)
        {
            cases.Add(($"{shape} nested 20,000 deep", [HostileFiles.NestedDocx(level, 20_000, 20231109)], 2000, 0));
        }

        var mutantsPerForm = quick ? 4 : 50;
        var mutants = new List<byte[]>();
        foreach (var form in CorpusForms(assets))
        {
            var original = File.ReadAllBytes(Path.Combine(assets, form));
            var random = new Random(HostileFiles.StableSeed(form) ^ 20231109);
            for (var i = 0; i < mutantsPerForm; i++)
            {
                mutants.Add(HostileFiles.Mutant(original, random, i));
            }
        }

        cases.Add(($"damaged copies of the corpus forms ({mutantsPerForm} each)", mutants, 2000, 0));

        var text = new StringBuilder("## Hostile and damaged files\n\n")
            .AppendLine(CultureInfo.InvariantCulture, $"Each file read {(quick ? 1 : 3)} times, the fastest read counting; load average {LoadAverage()}.")
            .AppendLine()
            .AppendLine("| case | files | median ms | worst ms | worst allocated MB | budget | within |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: | --- | --- |");
        var passed = true;
        foreach (var (name, files, budgetMs, allocationBudget) in cases)
        {
            progress.WriteLine($"hostile: {name}");
            var times = new List<double>();
            long worstAllocated = 0;
            foreach (var file in files)
            {
                var fastest = double.MaxValue;
                for (var run = 0; run < (quick ? 1 : 3); run++)
                {
                    var allocated = GC.GetAllocatedBytesForCurrentThread();
                    var clock = Stopwatch.StartNew();
                    reader.Read("hostile", file);
                    clock.Stop();
                    worstAllocated = Math.Max(worstAllocated, GC.GetAllocatedBytesForCurrentThread() - allocated);
                    fastest = Math.Min(fastest, clock.Elapsed.TotalMilliseconds);
                }

                times.Add(fastest);
            }

            times.Sort();
            var within = times[^1] < budgetMs && (allocationBudget == 0 || worstAllocated < allocationBudget);
            passed &= within;
            var budget = allocationBudget == 0 ? $"{budgetMs / 1000:0.#} s" : $"{budgetMs / 1000:0.#} s, {allocationBudget >> 20} MB";
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {files.Count} | {times[times.Count / 2]:F1} | {times[^1]:F1} | {worstAllocated / 1048576.0:F1} | {budget} | {(within ? "yes" : "**no**")} |");
        }

        return (text.ToString(), passed);
    }

    /// <summary>Every corpus file that its expected.json says is a form.</summary>
    private static IEnumerable<string> CorpusForms(string assets)
    {
        foreach (var expectations in Directory.EnumerateFiles(assets, "expected.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(expectations));
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var entry in document.RootElement.EnumerateArray())
            {
                if (entry.TryGetProperty("form", out var form) && form.ValueKind == JsonValueKind.String
                    && entry.TryGetProperty("file", out var file) && File.Exists(Path.Combine(assets, file.GetString()!)))
                {
                    yield return file.GetString()!;
                }
            }
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
