using System.Text.Json;
using HsnForms.Forms.Reading;

namespace HsnForms.UnitTests;

/// <summary>
/// Forms made the way subscribers make them (LibreOffice, exceljs, SheetJS, hand-written Word XML) and
/// files that are not forms, each with what the spec says it means, written apart from the reader.
/// </summary>
public sealed class CorpusTests
{
    private static readonly FormReader s_reader = new();

    public static TheoryData<CorpusEntry> Entries() => [.. Assets.Corpus];

    [Theory]
    [MemberData(nameof(Entries))]
    public void Every_corpus_file_reads_as_the_spec_says(CorpusEntry entry)
    {
        var mismatches = Mismatches(entry);

        if (entry.KnownMisread is { } why)
        {
            // A ratchet, not a skip: a listed file that now reads right fails here until it leaves the list.
            Assert.True(mismatches.Count > 0, $"{entry.File} now reads as the spec says; remove it from tests/assets/known-misreads.tsv ({why})");
            return;
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    /// <summary>Every way the reader's JSON differs from the corpus oracle (tests/assets/README.md's rules).</summary>
    private static List<string> Mismatches(CorpusEntry entry)
    {
        var result = s_reader.Read(entry.File, Assets.Bytes(entry.File));
        var json = JsonDocument.Parse(FormResultJson.ToJson(result)).RootElement;
        var mismatches = new List<string>();

        var form = json.GetProperty("form").ValueKind == JsonValueKind.Null ? null : json.GetProperty("form").GetString();
        if (entry.Form != form)
        {
            mismatches.Add($"form: expected {entry.Form ?? "null"}, got {form ?? "null"}");
        }

        var status = json.GetProperty("status").GetString();
        if (entry.Status != status)
        {
            mismatches.Add($"status: expected {entry.Status}, got {status}");
        }

        var fields = json.GetProperty("fields");
        if (entry.Fields.ValueKind == JsonValueKind.Object)
        {
            // A key in doubt (invalid:KEY or ambiguous:KEY) may be reported or left out, as compare.py and the README say.
            foreach (var expected in entry.Fields.EnumerateObject().Where(f => !entry.Problems.Contains("invalid:" + f.Name) && !entry.Problems.Contains("ambiguous:" + f.Name)))
            {
                if (!fields.TryGetProperty(expected.Name, out var actual))
                {
                    mismatches.Add($"{expected.Name} was not read");
                }
                else if (JsonSerializer.Serialize(expected.Value) != JsonSerializer.Serialize(actual))
                {
                    mismatches.Add($"{expected.Name}: expected {JsonSerializer.Serialize(expected.Value)}, got {JsonSerializer.Serialize(actual)}");
                }
            }

            // Nothing read that the subscriber did not write; a field with an invalid:KEY or
            // ambiguous:KEY problem may still be reported in part (tests/assets/README.md).
            mismatches.AddRange(fields.EnumerateObject().Select(f => f.Name).Except(entry.Fields.EnumerateObject().Select(f => f.Name))
                .Where(name => !entry.Problems.Contains("invalid:" + name) && !entry.Problems.Contains("ambiguous:" + name))
                .Select(name => $"{name} was read but is not on the form"));
        }

        var problems = json.GetProperty("problems").EnumerateArray()
            .Select(p => p.GetProperty("field").ValueKind == JsonValueKind.Null
                ? p.GetProperty("code").GetString()!
                : $"{p.GetProperty("code").GetString()}:{p.GetProperty("field").GetString()}")
            .ToList();
        mismatches.AddRange(entry.Problems.Except(problems).Select(p => $"problem {p} not reported"));

        if (entry.Status == "complete")
        {
            mismatches.AddRange(problems.Where(p => p.StartsWith("missing:", StringComparison.Ordinal)).Select(p => $"a complete form reports {p}"));
        }

        return mismatches;
    }

    [Fact]
    public void The_corpus_covers_every_producer_and_every_rejection_code()
    {
        var producers = Assets.Corpus.Select(e => e.File.Split('/')).Where(p => p[0] is "forms" or "holdout" or "holdout3" && p[1] != "bad").Select(p => p[1]).ToHashSet();
        Assert.Superset(new HashSet<string> { "libreoffice", "wordxml", "exceljs", "sheetjs", "docxjs", "npoi", "xlsx-populate", "excel4node",
            "closedxml", "epplus", "docxtemplater", "xlsx-template", "officegen", "strict", "google", "apple", "wps" }, producers);
        var codes = Assets.Corpus.SelectMany(e => e.Problems).ToHashSet();
        Assert.Superset(
            new HashSet<string> { "corrupt", "encrypted", "macro_enabled", "legacy_format", "too_large", "not_a_form", "unsupported_type" },
            codes);
    }
}
