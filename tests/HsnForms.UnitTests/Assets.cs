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

    /// <summary>The first corpus and the two holdout corpora made later by other producers, each with its own expectations.</summary>
    private static List<CorpusEntry> LoadCorpus() => [.. Load("expected.json"), .. Load("holdout/expected.json"), .. Load("holdout3/expected.json"), .. Load("holdout4/expected.json"), .. Load("holdout5/expected.json"), .. Load("holdout6/expected.json"), .. Load("holdout7/expected.json"), .. Load("holdout8/expected.json"), .. Load("lookalikes/expected.json")];

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
    public override string ToString() => File;
}
