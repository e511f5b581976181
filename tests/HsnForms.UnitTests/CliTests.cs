using System.Text.Json;
using HsnForms.Cli;

namespace HsnForms.UnitTests;

/// <summary>The hsnforms contract of cli.md, which outside checks rely on.</summary>
public sealed class CliTests
{
    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr, CancellationToken.None);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Parse_json_prints_one_contract_object_per_file_and_exits_0_when_all_are_complete()
    {
        var (exit, output, _) = await Run("parse", "--json", Assets.PathOf("forms/libreoffice/intention-acme.docx"), Assets.PathOf("forms/exceljs/result-table.xlsx"));

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        foreach (var line in lines)
        {
            var json = JsonDocument.Parse(line).RootElement;
            Assert.Equal(["file", "form", "status", "fields", "problems"], json.EnumerateObject().Select(p => p.Name).Where(n => n != "sources"));
            Assert.Equal("complete", json.GetProperty("status").GetString());

            // Added to the contract: how each field was found, one source per field read.
            var sources = json.GetProperty("sources").EnumerateObject().ToList();
            Assert.Equal(json.GetProperty("fields").EnumerateObject().Select(p => p.Name), sources.Select(p => p.Name));
            Assert.All(sources, s => Assert.Contains(s.Value.GetString(), new[] { "control", "defined_name", "label", "phrase", "inferred" }));
        }

        var first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal("intention", first.GetProperty("form").GetString());
        Assert.Equal(JsonValueKind.True, first.GetProperty("fields").GetProperty("participate").ValueKind);
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(lines[1]).RootElement.GetProperty("fields").GetProperty("results").ValueKind);
    }

    [Fact]
    public async Task Parse_exits_1_when_a_form_is_incomplete_or_a_file_unreadable()
    {
        var (exit, output, error) = await Run("parse", "--json", Assets.PathOf("forms/wordxml/intention-placeholder.docx"), Assets.PathOf("bad/encrypted.docx"));

        Assert.Equal(1, exit);
        Assert.Equal("", error);
        var rejected = JsonDocument.Parse(output.Split('\n')[1]).RootElement;
        Assert.Equal(JsonValueKind.Null, rejected.GetProperty("form").ValueKind);
        Assert.Equal("rejected", rejected.GetProperty("status").GetString());
        Assert.Equal("encrypted", rejected.GetProperty("problems")[0].GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("parse")]
    [InlineData("parse", "no-such-file.docx")]
    [InlineData("parse", "--jsn", "x.docx")]
    [InlineData("template", "intention", "--format", "pdf", "--out", "x.pdf")]
    [InlineData("template", "appendix-c", "--out", "x.docx")]
    [InlineData("frobnicate")]
    public async Task Bad_usage_exits_2_with_one_line_and_no_stack_trace(params string[] args)
    {
        var (exit, _, error) = await Run(args);

        Assert.Equal(2, exit);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("hsnforms: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("intention", "docx")]
    [InlineData("result", "xlsx")]
    public async Task Template_writes_a_blank_form_that_parse_recognises(string form, string format)
    {
        var folder = Directory.CreateTempSubdirectory("hsnforms-template-");
        try
        {
            var path = Path.Combine(folder.FullName, $"{form}.{format}");
            var (exit, _, _) = await Run("template", form, "--circular", Path.Combine(Assets.RepositoryRoot, "samples", "circular-HDS-23-1109.json"), "--format", format, "--out", path);
            Assert.Equal(0, exit);

            var (parseExit, output, _) = await Run("parse", "--json", path);
            var json = JsonDocument.Parse(output).RootElement;
            Assert.Equal(1, parseExit);
            Assert.Equal(form, json.GetProperty("form").GetString());
            Assert.Equal("incomplete", json.GetProperty("status").GetString());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_circular_file_with_a_bad_date_is_refused_naming_the_field()
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(path, """{"ref":"HDS/23/1109","services":["OTP-C"],"forms":[{"form":"intention","due":"24/11/2023"}]}""");
            var (exit, _, error) = await Run("template", "intention", "--circular", path, "--format", "docx", "--out", path + ".docx");

            Assert.Equal(2, exit);
            Assert.Contains("due", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
