using System.Text.Json;

namespace HsnForms.UnitTests;

/// <summary>Test files live in one folder, tests/assets, and are opened by name through here.</summary>
public static class Assets
{
    private static readonly Lazy<string> s_root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HsnFormsFunctions.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "assets");
            }
        }

        throw new InvalidOperationException("tests/assets not found above " + AppContext.BaseDirectory);
    });

    public static string Folder => s_root.Value;

    public static string RepositoryRoot => Path.GetFullPath(Path.Combine(Folder, "..", ".."));

    public static string PathOf(string name) => Path.Combine(Folder, name.Replace('/', Path.DirectorySeparatorChar));

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static IReadOnlyList<CorpusEntry> Corpus { get; } = LoadCorpus();

    /// <summary>The first corpus and the holdout corpora made later by other producers, each with its own expectations.</summary>
    private static List<CorpusEntry> LoadCorpus()
    {
        var known = KnownMisreads();
        string[] oracles = ["expected.json", "holdout/expected.json", "holdout3/expected.json", "holdout4/expected.json", "holdout5/expected.json",
            "holdout6/expected.json", "holdout7/expected.json", "holdout8/expected.json", "holdout9/expected.json", "holdout10/expected.json",
            "holdout11/expected.json", "holdout12/expected.json", "holdout13/expected.json", "holdout14/expected.json", "holdout15/expected.json", "holdout16/expected.json", "holdout17/expected.json", "lookalikes/expected.json"];
        var entries = oracles.SelectMany(Load).Select(e => known.TryGetValue(e.File, out var why) ? e with { KnownMisread = why } : e).ToList();
        var stale = known.Keys.Except(entries.Select(e => e.File)).ToList();
        return stale.Count == 0 ? entries : throw new InvalidOperationException("known-misreads.tsv names files no oracle has: " + string.Join(", ", stale));
    }

    /// <summary>Files a corpus holds that the reader still gets wrong, each with the family it stands for (tests/assets/known-misreads.tsv).</summary>
    private static Dictionary<string, string> KnownMisreads() => File.ReadLines(PathOf("known-misreads.tsv"))
        .Where(line => line.Length > 0 && line[0] != '#')
        .Select(line => line.Split('\t', 2))
        .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "");

    private static List<CorpusEntry> Load(string expectations)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(PathOf(expectations)));
        return document.RootElement.EnumerateArray().Select(e => new CorpusEntry(
            e.GetProperty("file").GetString()!,
            e.GetProperty("form").ValueKind == JsonValueKind.Null ? null : e.GetProperty("form").GetString(),
            e.GetProperty("status").GetString()!,
            e.TryGetProperty("fields", out var fields) ? fields.Clone() : default,
            e.TryGetProperty("problems", out var problems) ? problems.EnumerateArray().Select(p => p.GetString()!).ToList() : [])).ToList();
    }
}

public sealed record CorpusEntry(string File, string? Form, string Status, JsonElement Fields, IReadOnlyList<string> Problems)
{
    /// <summary>Why the reader is known to misread this file, or null when it must read it right.</summary>
    public string? KnownMisread { get; init; }

    public override string ToString() => File;
}
