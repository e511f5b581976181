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
    [InlineData("template", "intention")]
    [InlineData("template", "intention", "--out", "x.pdf")]
    [InlineData("template", "intention", "--circular", "no-such-circular.json", "--out", "x.docx")]
    [InlineData("frobnicate")]
    [InlineData("subscribers")]
    [InlineData("subscribers", "import")]
    [InlineData("subscribers", "export", "x.csv")]
    [InlineData("circular", "import", "no-such-circular.json")]
    [InlineData("ingest", "extra-word")]
    [InlineData("ingest", "--mailbox", "no-such-folder")]
    [InlineData("report")]
    [InlineData("report", "--circular")]
    [InlineData("report", "--circular", "HDS/23/1109", "--as-of", "yesterday")]
    [InlineData("remind", "--dry-run")]
    [InlineData("remind", "--circular", "HDS/23/1109", "--as-of", "28/11/2023 9am")]
    [InlineData("review", "accept", "abc")]
    [InlineData("review", "dismiss", "abc")]
    [InlineData("review", "settle", "abc")]
    [InlineData("demo", "--bogus")]
    [InlineData("azurite", "--location", "x", "--in-memory")]
    [InlineData("--versoin")]
    [InlineData()]
    public async Task Bad_usage_exits_2_with_one_line_and_no_stack_trace(params string[] args)
    {
        var (exit, _, error) = await Run(args);

        Assert.Equal(2, exit);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("hsnforms: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    /// <summary>Every verb and sub-verb, as the command tree has them, so a new verb is checked without a new line here.</summary>
    public static TheoryData<string> Verbs()
    {
        var data = new TheoryData<string>();
        foreach (var verb in HsnForms.Cli.CommandLine.VerbSynopsis.Lines(HsnForms.Cli.CommandLine.HsnFormsCommand.Create()).Select(l => string.Join(' ', l.Split(' ').TakeWhile(w => w.All(c => char.IsLower(c))))).Distinct())
        {
            data.Add(verb);
        }

        return data;
    }

    [Fact]
    public void The_verbs_of_cli_md_are_all_there()
    {
        var verbs = ((IEnumerable<object[]>)Verbs()).Select(row => (string)row[0]).ToList();

        Assert.Superset(new HashSet<string> { "parse", "template", "subscribers import", "circular import", "ingest", "report", "remind", "review", "review list", "review accept", "review dismiss", "demo", "azurite" }, verbs.ToHashSet());
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task Help_of_every_verb_exits_0_and_describes_each_of_its_options(string verb)
    {
        System.CommandLine.Command command = HsnForms.Cli.CommandLine.HsnFormsCommand.Create();
        foreach (var name in verb.Split(' '))
        {
            command = command.Subcommands.Single(c => c.Name == name);
        }

        var (exit, output, error) = await Run([.. verb.Split(' '), "--help"]);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        // The program's own name leads the usage line (hsnforms when installed; the test host's name here).
        Assert.Matches($@"Usage:\s+\S+ {verb}\b", output);
        Assert.Contains(command.Description!, output, StringComparison.Ordinal);
        Assert.Contains(command.Options, o => o.Name != "--help");
        foreach (var option in command.Options.Where(o => o.Name != "--help"))
        {
            Assert.Contains(option.Name, output, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(option.Description), $"{verb} {option.Name} has no description");
        }
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task The_usage_lists_every_verb_with_every_option(string help)
    {
        var (exit, output, _) = await Run(help);

        Assert.Equal(0, exit);
        foreach (var line in new[]
        {
            "parse PATH... [--json] [--circular REF|FILE.json] [--explain] [--storage CONNECTION_STRING]",
            "template FORM [--circular REF|FILE.json] [--format docx|xlsx] --out PATH",
            "subscribers import FILE.csv [--storage CONNECTION_STRING]",
            "report --circular REF|FILE.json [--as-of TIME] [--json] [--out DIR] [--storage CONNECTION_STRING]",
            "remind --circular REF|FILE.json [--as-of TIME] [--dry-run] [--json] [--mailbox DIR] [--outbox DIR]",
            "review dismiss ID --note TEXT",
            "demo [--out DIR] [--keep]",
            "azurite [--location DIR] [--in-memory]",
        })
        {
            Assert.Contains(line, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Version_exits_0_with_the_version_of_the_tool()
    {
        var (exit, output, error) = await Run("--version");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Matches(@"^\d+\.\d+\.\d+", output.Trim());
    }

    [Theory]
    [InlineData("parse", "x.docx")]
    [InlineData("template", "intention", "--out", "x.docx")]
    [InlineData("subscribers", "import", "x.csv")]
    [InlineData("circular", "import", "x.json")]
    [InlineData("ingest")]
    [InlineData("report", "--circular", "HDS/23/1109")]
    [InlineData("remind", "--circular", "HDS/23/1109", "--dry-run")]
    [InlineData("review")]
    [InlineData("review", "dismiss", "x", "--note", "y")]
    public async Task A_malformed_storage_connection_string_is_exit_2_with_one_line_naming_it_from_every_verb(params string[] args)
    {
        foreach (var storage in new[] { "not a connection string", "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=not*base64*at*all;EndpointSuffix=core.windows.net" })
        {
            var (exit, _, error) = await Run([.. args, "--storage", storage]);

            Assert.Equal(2, exit);
            Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("--storage", error, StringComparison.Ordinal);
            Assert.DoesNotContain("not*base64", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Parse_walks_folders_to_the_bottom_and_a_folder_of_folders_is_read()
    {
        var root = Directory.CreateTempSubdirectory("hsnforms-parse-");
        try
        {
            var deep = Directory.CreateDirectory(Path.Combine(root.FullName, "2023", "HDS-23-1109", "intention"));
            File.Copy(Assets.PathOf("forms/libreoffice/intention-acme.docx"), Path.Combine(deep.FullName, "acme.docx"));
            File.Copy(Assets.PathOf("forms/exceljs/result-table.xlsx"), Path.Combine(root.FullName, "2023", "result.xlsx"));
            File.WriteAllText(Path.Combine(deep.FullName, ".DS_Store"), "Finder's own");

            var (exit, output, error) = await Run("parse", "--json", Path.Combine(root.FullName, "2023"));

            Assert.Equal(0, exit);
            Assert.Equal("", error);
            var files = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(["acme.docx", "result.xlsx"], files.Select(f => Path.GetFileName(f.GetProperty("file").GetString())));
            Assert.All(files, f => Assert.Equal("complete", f.GetProperty("status").GetString()));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_missing_path_among_many_is_its_own_object_and_the_other_files_are_still_read()
    {
        var missing = Path.Combine(Path.GetTempPath(), "hsnforms-no-such-file.docx");
        var empty = Directory.CreateTempSubdirectory("hsnforms-empty-");
        try
        {
            var (exit, output, error) = await Run("parse", "--json", Assets.PathOf("forms/libreoffice/intention-acme.docx"), missing, empty.FullName, Assets.PathOf("forms/exceljs/result-table.xlsx"));

            Assert.Equal(1, exit);
            Assert.Equal("", error);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(4, lines.Count);
            Assert.Equal(["complete", "rejected", "rejected", "complete"], lines.Select(l => l.GetProperty("status").GetString()));
            Assert.Equal(missing, lines[1].GetProperty("file").GetString());
            Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("form").ValueKind);
            Assert.Equal("not_found", lines[1].GetProperty("problems")[0].GetProperty("code").GetString());
            Assert.Equal("not_found", lines[2].GetProperty("problems")[0].GetProperty("code").GetString());
        }
        finally
        {
            empty.Delete();
        }
    }

    [Fact]
    public async Task Explain_with_json_keeps_stdout_pure_json_lines_and_explains_on_stderr()
    {
        var (exit, output, error) = await Run("parse", "--json", "--explain", Assets.PathOf("forms/libreoffice/intention-acme.docx"), Assets.PathOf("forms/exceljs/result-table.xlsx"));

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => JsonDocument.Parse(l));
        Assert.Contains("Acme", error, StringComparison.Ordinal);

        var (_, text, textError) = await Run("parse", "--explain", Assets.PathOf("forms/libreoffice/intention-acme.docx"));
        Assert.Equal("", textError);
        Assert.True(text.Length > lines[0].Length, "without --json the explanation goes to stdout with the reading");
    }

    [Fact]
    public async Task Template_takes_the_circular_as_a_file_or_as_a_reference()
    {
        var folder = Directory.CreateTempSubdirectory("hsnforms-template-");
        try
        {
            var circular = Path.Combine(folder.FullName, "circular.json");
            await File.WriteAllTextAsync(circular, """{"ref":"HDS/24/0042","title":"Third Practice Session","services":["OTP-C"],"forms":[{"form":"intention","due":"2024-03-01"}]}""");
            var fromFile = Path.Combine(folder.FullName, "from-file.docx");
            var fromReference = Path.Combine(folder.FullName, "from-reference.docx");

            // No storage answers on port 9: the bundled HDS/23/1109 is still known by its reference.
            var file = await Run("template", "intention", "--circular", circular, "--out", fromFile);
            var reference = await Run("template", "intention", "--circular", "HDS/23/1109", "--out", fromReference, "--storage", Unreachable);
            var unknown = await Run("template", "intention", "--circular", "HDS/99/0001", "--out", fromReference + ".x.docx", "--storage", Unreachable);

            Assert.Equal(0, file.Exit);
            Assert.Contains("HDS/24/0042", file.Out, StringComparison.Ordinal);
            Assert.Equal(0, reference.Exit);
            Assert.Contains("HDS/23/1109", reference.Out, StringComparison.Ordinal);
            Assert.True(File.Exists(fromReference));
            Assert.Equal(2, unknown.Exit);
            Assert.Single(unknown.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("HDS/99/0001", unknown.Err, StringComparison.Ordinal);
            Assert.Contains("FILE.json", unknown.Err, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Parse_takes_the_circular_as_a_file_or_as_a_reference()
    {
        var form = Assets.PathOf("forms/libreoffice/intention-acme.docx");

        var file = await Run("parse", "--json", "--circular", Path.Combine(Assets.RepositoryRoot, "samples", "circular-HDS-23-1109.json"), form);
        var reference = await Run("parse", "--json", "--circular", "HDS/23/1109", "--storage", Unreachable, form);
        var unknown = await Run("parse", "--json", "--circular", "HDS/99/0001", "--storage", Unreachable, form);

        Assert.Equal(0, file.Exit);
        Assert.Equal(file.Out, reference.Out);
        Assert.Equal(2, unknown.Exit);
        Assert.Single(unknown.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void The_azurite_the_tool_installs_is_the_one_package_json_pins()
    {
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Assets.RepositoryRoot, "package.json"))).RootElement;

        Assert.Equal(HsnForms.Cli.Local.LocalAzurite.Version, manifest.GetProperty("devDependencies").GetProperty("azurite").GetString());
        Assert.Contains("azurite", manifest.GetProperty("scripts").GetProperty("azurite").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_demo_samples_are_built_into_the_tool()
    {
        var names = HsnForms.Cli.Local.DemoSamples.Names;

        Assert.Contains("register.csv", names);
        Assert.Contains("circular-HDS-23-1109.json", names);
        Assert.Equal(Directory.GetFiles(Path.Combine(Assets.RepositoryRoot, "samples", "mailbox"), "*.eml").Length, names.Count(n => n.StartsWith("mailbox/", StringComparison.Ordinal)));
    }

    /// <summary>A storage account nothing answers for: connection refused at once.</summary>
    private const string Unreachable = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;";

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
