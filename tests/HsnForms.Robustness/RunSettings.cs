using System.Globalization;

namespace HsnForms.Robustness;

/// <summary>What <c>run</c> was asked: the extracted folder (with index.tsv beside it), how many workers, where to write the per-file report.</summary>
internal sealed record RunSettings(string Files, int Parallel, bool Isolated, string Report, TimeSpan HangGuard)
{
    public static RunSettings Parse(string[] args)
    {
        string? files = null;
        var parallel = 2;
        var isolated = false;
        string? report = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--files":
                    files = args[++i];
                    break;
                case "--parallel":
                    parallel = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--isolated":
                    isolated = true;
                    break;
                case "--report":
                    report = args[++i];
                    break;
                default:
                    throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        if (files is null)
        {
            throw new ArgumentException("--files DIR is required (the folder extract.py wrote)");
        }

        return new RunSettings(files, parallel, isolated, report ?? Path.Combine(files, "..", "robustness-report.tsv"), TimeSpan.FromSeconds(60));
    }
}

/// <summary>One row of the folder's index.tsv: the file's name there, where it came from, and what it is.</summary>
internal sealed record IndexEntry(string Name, string Repository, string Commit, string Path, string Expected)
{
    public string Type => System.IO.Path.GetExtension(Path).TrimStart('.').ToLowerInvariant();

    public static List<IndexEntry> Load(string folder) =>
        [.. File.ReadLines(System.IO.Path.Combine(folder, "..", "index.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(f => new IndexEntry(f[0], f[1], f[2], f[3], f[4]))];
}
